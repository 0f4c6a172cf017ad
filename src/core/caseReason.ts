import type { CaseDecision } from "./caseDecision";
import { channelText } from "./channel";
import { isoTextOfDay } from "./days";
import { undatedPromiseText } from "./invoiceStatus";
import { minimumAmountOf } from "./minimumAmount";
import type { Account, Action, Decision } from "./nextAction";
import type { Policy } from "./policy";
import { describeDecision } from "./reason";

const amountFormat = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The steps that reach the customer, where the channel decides the medium (R4, R13). */
const customerSteps: ReadonlySet<Action> = new Set<Action>([
  "Courtesy reminder", "Check in", "Reminder", "Consequences", "Incentive", "Payment plan", "Broken promise",
  "Follow up", "Settlement offer", "Small claims", "Agency", "Attorney",
]);

/**
 * The reason for a case decision, with its rule ids: the ladder's reason (`describeDecision`),
 * then the channel when it is not e-mail (R4; a letter is "in writing", R13) and the pace when
 * the relationship moved it (R14, R15, R24). The minimum amount and R3 have their own reasons.
 *
 * @param decision - from `decideCase`
 * @param account - the invoice's facts
 * @param policy - the policy the case was decided with (before its pace)
 * @param notesRead - the status words taken from the notes (`describeStatusRead`), or "", shown last in brackets
 * @param undatedPromise - the words of a promise to pay the row gives no date (`undatedPromise`), said before them
 *
 * @example
 * describeCase(decideCase(account, { ...noCaseFacts, channel: "phone" }, asOf, defaultPolicy), account, defaultPolicy)
 * //=> "Reminder — R4: 34 days overdue, no reminder sent yet; by phone (R4): call, do not e-mail"
 * describeCase(decideCase(account, { ...noCaseFacts, customerTotal: 3, currency: "USD" }, asOf, { ...defaultPolicy, minimumAmount: 5 }), account, policy)
 * //=> "Below minimum: the customer's open total 3.00 USD is below the minimum amount of 5.00 USD; not dunned"
 */
export function describeCase(decision: CaseDecision, account: Account, policy: Policy, notesRead = "", undatedPromise: string | null = null): string {
  const reason = caseText(decision, account, policy) + (undatedPromise === null ? "" : `; ${undatedPromiseText(undatedPromise)}`);
  return notesRead === "" ? reason : `${reason} (notes: ${notesRead})`;
}

function caseText(decision: CaseDecision, account: Account, policy: Policy): string {
  if (decision.trigger === "belowMinimum") {
    const code = decision.currency ?? policy.currency;
    return `Below minimum: the customer's open total ${money(decision.total, code)} is below the minimum amount of ${money(minimumAmountOf(policy, code), code)}; not dunned`;
  }
  if (decision.trigger === "silence") return silenceReason(decision, account, policy);
  const ladder = describeDecision(decision as Decision, account, decision.policy);
  return ladder + channelClause(decision) + paceClause(decision, policy);
}

function silenceReason(decision: CaseDecision, account: Account, policy: Policy): string {
  const days = decision.daysOverdue;
  const age = days < 0 ? `due in ${-days} days` : days === 0 ? "due today" : `${days} days overdue, inside the grace period`;
  const since = `no contact since ${isoTextOfDay(account.lastContactDay ?? 0)} (${decision.silenceDays ?? 0} days, ${policy.maxSilenceDays} or more)`;
  return `Check in — R3: ${since}; nothing new is due (${age}), keep in touch` + channelClause(decision) + paceClause(decision, policy);
}

function channelClause(decision: CaseDecision): string {
  if (decision.channel === "email" || !customerSteps.has(decision.action)) return "";
  if (decision.medium === "call") return `; ${channelText(decision.channel)} (R4): call or message, do not e-mail`;
  return `; ${channelText(decision.channel)} (R4, R13): send the letter's text in writing`;
}

function paceClause(decision: CaseDecision, policy: Policy): string {
  const days = policy.caseByCaseDays;
  if (decision.pace === "standard" || days === 0) return "";
  switch (decision.paceCause) {
    case "loyal":
      return `; long-standing customer owing little: ${days} more days of grace (R15)`;
    case "newLarge":
      return `; new customer with a large balance: ${days} fewer days of grace (R15)`;
    case "repeatLate":
      return `; repeat late payer (R24): ${days} fewer days of grace (R14)`;
    case "brokenPromise":
      return `; a promise broken in the last 12 months: ${days} fewer days of grace (R14)`;
    case "none":
      return "";
  }
}

function money(amount: number, code: string): string {
  return code === "" ? amountFormat.format(amount) : `${amountFormat.format(amount)} ${code}`;
}
