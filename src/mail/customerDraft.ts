import type { Day } from "../core/days";
import type { Invoice } from "../core/invoiceRow";
import { caseStep, type CaseDecision } from "../core/caseDecision";
import { caseFactsOfInvoice, type CustomerCase } from "../core/invoiceCase";
import { contactActions, type Account, type Decision } from "../core/nextAction";
import { isContactDue, planContact } from "../core/nextContact";
import type { Policy } from "../core/policy";
import { accountOfInvoice } from "../core/receivables";
import type { DraftRequest, InvoiceLine, ReminderOptions } from "./draftRequest";
import { askedLines, linesTotal } from "./amountAsked";
import { languageOf } from "./language";
import { letterLocale } from "./letterLocale";
import { checkAddressList } from "./headers";
import { skipMessages, skipped, type SkipCode, type SkippedRow } from "./skipReasons";
import { ladderRank, stageOfAction, stages, type Stage } from "./stage";
import { stageTerms } from "./stageTerms";

interface Candidate {
  readonly invoice: Invoice;
  readonly account: Account;
  readonly decision: CaseDecision;
}

/**
 * The draft for one customer's invoices in one currency, and the rows left out.
 * "Most advanced invoice" = the open invoice whose decision ranks highest in `ladderRank`, ties
 * broken by more days overdue. The next contact day (`planContact`: cadence, gap floor, working
 * days, R17) is checked per customer — the latest contact on any of its rows counts — unless
 * `options.overrideGap`. A cell of several addresses (comma or semicolon)
 * drafts to all of them (`to` lists them, ", " between). A customer without email, or whose
 * address is invalid, still gets its draft (with `to: null`, for a call or a letter), and its
 * rows are reported as "noEmail" or "badEmail" (with the cell's text). The amount asked for is
 * what is due, credit notes deducted; invoices not yet due are listed apart (`askedLines`).
 * The ladder decides case by case (`caseStep`) with the customer's case: its total in the
 * currency (the minimum amount), its history and tenure (R14, R15, R24), silence (R3) and channel
 * (R4/R13): a phone, SMS or WhatsApp customer gets `medium: "call"` (no address, the phone
 * number), a letter or fax customer `medium: "letter"`.
 *
 * @example
 * customerDraft([acme1, acmeCredit], "USD", 20488, defaultPolicy, defaultReminderOptions)
 * //=> { draft: { customer: "Acme", stage: "Reminder", total: 1150, … }, skipped: [] }
 */
export function customerDraft(
  invoices: readonly Invoice[], currency: string, asOf: Day, policy: Policy, options: ReminderOptions, customer: CustomerCase | null = null,
): { draft: DraftRequest | null; skipped: SkippedRow[] } {
  const left: SkippedRow[] = [];
  const { open, credits } = sortRows(invoices, asOf, policy, left, customer);
  const kept = [...open.map((candidate) => candidate.invoice), ...credits];
  const most = open.reduce<Candidate | null>((a, b) => (a === null || compare(b, a) > 0 ? b : a), null);
  const stop = stopReason(most, kept, invoices, asOf, policy, options);
  if (stop !== null || most === null) {
    kept.forEach((invoice) => left.push(skipped(invoice.row, invoice.customer, stop?.code ?? "creditOnly", stop?.message ?? "")));
    return { draft: null, skipped: left };
  }
  const stage = stageOfAction(most.decision.action) ?? "Reminder";
  const first = (pick: (invoice: Invoice) => string | null) => kept.map(pick).find((value) => value !== null) ?? null;
  // R4/R13: the channel decides the medium; the internal note to sales is always an e-mail.
  const medium = stage === "Ask sales" ? "email" : most.decision.medium;
  const to = medium === "email" ? recipients(stage === "Ask sales" ? first((invoice) => invoice.accountOwner) : first((invoice) => invoice.email)) : { addresses: null, problem: null };
  const { problem } = to;
  if (problem !== null) kept.forEach((invoice) => left.push(skipped(invoice.row, invoice.customer, problem === "none" ? "noEmail" : "badEmail", problem === "none" ? skipMessages.noEmail() : skipMessages.badEmail(problem))));
  const lines = kept.map((invoice) => lineOf(invoice, asOf)).sort((a, b) => a.dueDay - b.dueDay || a.row - b.row);
  // Say only what is true: the amount asked for is what is due, credit notes deducted (issue 12).
  const asked = askedLines(lines, stage);
  const total = linesTotal(asked.due);
  const language = languageOf(first((invoice) => invoice.language)) ?? options.defaultLanguage;
  const draft: DraftRequest = {
    customer: most.invoice.customer.trim(), currency, stage, action: most.decision.action, rule: most.decision.rule,
    medium: to.addresses === null && medium === "email" ? "letter" : medium, channel: most.decision.channel, phone: first((invoice) => invoice.phone),
    language, locale: letterLocale(language, currency, policy.locale),
    to: to.addresses, cc: copies(stage, first((invoice) => invoice.escalationContact), to.addresses),
    lines, total, notYetDue: linesTotal(asked.notYetDue), terms: first((invoice) => invoice.terms),
    ...stageTerms(stage, most.decision, total, smallestMargin(open), asOf, policy, options, currency),
  };
  return { draft, skipped: left };
}

/** Why the customer gets no draft at all, in the order the checks apply; null when it gets one. */
function stopReason(
  most: Candidate | null, kept: readonly Invoice[], all: readonly Invoice[], asOf: Day, policy: Policy, options: ReminderOptions,
): { code: SkipCode; message: string } | null {
  if (most === null) return { code: "creditOnly", message: skipMessages.creditOnly() };
  if (most.decision.action === "Do not contact") return { code: "doNotContact", message: skipMessages.doNotContact() };
  const contacts = all.map((invoice) => invoice.lastContactDay).filter((day) => day !== null);
  const latest = contacts.length === 0 ? null : Math.max(...contacts);
  // R17 per customer: the next contact day from the latest contact on any of its rows, unless the user confirmed.
  // A check-in (R3) is a contact too: the customer's latest contact on another row may be too recent.
  const paced = most.decision.policy;
  if (!options.overrideGap && (contactActions.has(most.decision.action) || most.decision.action === "Check in")) {
    const plan = planContact({ ...most.account, lastContactDay: latest }, asOf, paced, ladderDecision(most.decision));
    if (plan !== null && !isContactDue(plan, asOf, paced)) return { code: "contactGap", message: skipMessages.contactGap(plan.day, latest, paced) };
  }
  const stage = stageOfAction(most.decision.action);
  if (stage === null) return { code: "notMailStep", message: skipMessages.notMailStep(most.decision.action, most.decision.rule) };
  const asked = askedLines(kept.map((invoice) => lineOf(invoice, asOf)), stage);
  if (linesTotal(asked.due) <= 0) {
    if (asked.notYetDue.length > 0) return { code: "nothingDue", message: skipMessages.nothingDue() };
    // Say only what is true: without a credit note, a total of 0.00 is a balance below one cent (5e-324 in the hostile corpus).
    if (asked.due.every((line) => line.balance >= 0)) return { code: "lessThanACent", message: skipMessages.lessThanACent() };
    return { code: "creditCovers", message: skipMessages.creditCovers() };
  }
  if (stage === "Ask sales" && kept.every((invoice) => invoice.accountOwner === null)) {
    return { code: "noOwner", message: skipMessages.noOwner() };
  }
  return null;
}

/**
 * Who the message goes to: every address of the cell ("a@x.example, b@x.example" or with ";"),
 * written as one list; an invalid address or none makes it a text for a call or a letter
 * (`problem`: the cell's text, or "none").
 */
function recipients(cell: string | null): { addresses: string | null; problem: string | null } {
  if (cell === null) return { addresses: null, problem: "none" };
  const checked = checkAddressList(cell);
  return checked.ok ? { addresses: checked.addresses.join(", "), problem: null } : { addresses: null, problem: cell };
}

/** The escalation contact, in copy from Consequences on; never on the internal Ask-sales note. */
function copies(stage: Stage, escalation: string | null, to: string | null): string[] {
  const copied = stages.indexOf(stage) >= stages.indexOf("Consequences") && stage !== "Ask sales";
  return copied && escalation !== null && escalation !== to ? [escalation] : [];
}

/** R6: with several margins, the smallest one bounds the discount, so no sale turns into a loss. */
function smallestMargin(open: readonly Candidate[]): number | null {
  const margins = open.map((candidate) => candidate.invoice.margin).filter((margin) => margin !== null);
  return margins.length === 0 ? null : Math.min(...margins);
}

/** Splits rows into open invoices with their decisions and credit notes; the rest is left out. */
function sortRows(invoices: readonly Invoice[], asOf: Day, policy: Policy, left: SkippedRow[], customer: CustomerCase | null) {
  const open: Candidate[] = [];
  const credits: Invoice[] = [];
  for (const invoice of invoices) {
    if (invoice.balance < 0) credits.push(invoice);
    const out = (code: Parameters<typeof skipped>[2], message: string) => left.push(skipped(invoice.row, invoice.customer, code, message));
    if (invoice.balance === 0) out("paid", skipMessages.paid());
    if (invoice.balance <= 0) continue;
    const account = accountOfInvoice(invoice);
    // A Status cell with an unknown word ("apstrīdēts" misspelt) could hide a dispute: no reminder until it is read.
    if (typeof account === "string") {
      out("unknownStatus", skipMessages.unknownStatus(account));
      continue;
    }
    // The step without its timing: the customer's next contact day is checked once, in stopReason.
    const decision = caseStep(account, caseFactsOfInvoice(invoice, customer), asOf, policy);
    if (decision.action === "Resolve dispute") out("disputed", skipMessages.disputed());
    else if (decision.action === "Below minimum") out("belowMinimum", skipMessages.belowMinimum(decision.total, currencyOf(invoice, policy), policy));
    else if (decision.action === "Await promise") out("promisePending", skipMessages.promisePending(decision.until ?? asOf));
    else open.push({ invoice, account, decision });
  }
  return { open, credits };
}

/** The case's decision as the ladder's, for `planContact` (the case's own triggers are no ladder trigger). */
function ladderDecision(decision: CaseDecision): Decision {
  const trigger = decision.trigger === "silence" || decision.trigger === "belowMinimum" ? "contactGap" : decision.trigger;
  return { ...decision, trigger };
}

function currencyOf(invoice: Invoice, policy: Policy): string {
  return invoice.currency ?? policy.currency;
}

function compare(a: Candidate, b: Candidate): number {
  return ladderRank(a.decision.action) - ladderRank(b.decision.action) || a.decision.daysOverdue - b.decision.daysOverdue;
}

function lineOf(invoice: Invoice, asOf: Day): InvoiceLine {
  const { row, invoiceNumber, invoiceDay, dueDay, balance } = invoice;
  const line = { row, invoiceNumber, invoiceDay, dueDay, daysOverdue: asOf - dueDay, balance };
  return invoice.job ? { ...line, job: invoice.job } : line;
}
