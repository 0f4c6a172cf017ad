import type { StatusVocabulary } from "./statusVocabulary";

/** English status words, with the variants collectors and accounting packages write. */
export const enStatus: StatusVocabulary = {
  words: {
    disputed: ["disputed", "dispute", "in dispute", "disputes", "disputing", "contested", "contests", "queried", "on query", "under query", "invoice query"],
    promise: ["promise to pay", "promised to pay", "promises to pay", "promised payment", "payment promised", "promised", "ptp", "will pay", "agreed to pay"],
    unreachable: ["unreachable", "not reachable", "cannot reach", "can't reach", "cannot be reached", "can't be reached", "could not reach", "uncontactable", "no answer", "no response", "not responding", "no reply", "wrong number", "email bounced", "mail bounced", "gone away", "moved away"],
    hardship: ["hardship", "financial hardship", "financial difficulty", "financial difficulties", "cash flow problems", "cash-flow problems", "cash flow issues", "struggling to pay"],
    settlementOffered: ["settlement offered", "settlement refused", "offer made", "offer sent", "discount offered", "settlement proposed", "offered settlement"],
    salesAsked: ["sales asked", "asked sales", "sales informed", "sales notified", "sales contacted", "referred to sales", "with sales", "account manager asked"],
    // R19: never scheduled, nothing drafted.
    doNotContact: ["do not contact", "do-not-contact", "dnc", "no contact", "cease contact", "stop contacting", "contact via lawyer only"],
  },
  clearing: {
    disputed: ["undisputed", "dispute resolved", "no longer disputed"],
    promise: ["already paid", "paid in full", "payment received", "promise kept"],
    unreachable: ["reachable", "reached", "back in touch", "contact restored"],
    hardship: ["hardship over", "hardship ended"],
  },
  statusColumnOnly: { settlementOffered: ["offered", "refused"] },
  negators: ["not", "no", "never", "no longer"],
  resolvers: ["resolved", "settled", "closed", "withdrawn", "cleared", "ended"],
  dateLeads: ["by", "on", "until", "before", "for"],
};
