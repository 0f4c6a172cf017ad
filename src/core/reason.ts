import { isoTextOfDay } from "./days";
import { bestLegalNet } from "./legalPath";
import type { Account, Decision } from "./nextAction";
import { planProgress } from "./planProgress";
import type { Policy } from "./policy";

const amountFormat = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * The reason for a decision, in words an accountant can act on, with the playbook rule:
 * "Reminder — R4: 34 days overdue, no reminder sent yet". What the desk read in a notes cell
 * follows in brackets, so the user sees which words counted.
 *
 * @param notesRead - the status words taken from the notes (`describeStatusRead`), or ""
 *
 * @example
 * describeDecision(chooseNextAction(account, asOf, defaultPolicy), account, defaultPolicy)
 * //=> "Consequences — R5: 45 days overdue, 1 reminder unanswered"
 * describeDecision(disputedDecision, account, defaultPolicy, "disputed, from 'sengketa'")
 * //=> "Resolve dispute — R8: 40 days overdue, disputed by the customer; … (notes: disputed, from 'sengketa')"
 */
export function describeDecision(decision: Decision, account: Account, policy: Policy, notesRead = ""): string {
  const detail = detailOf(decision, account, policy);
  const reason = decision.rule === "" ? `${decision.action}: ${detail}` : `${decision.action} — ${decision.rule}: ${detail}`;
  return notesRead === "" ? reason : `${reason} (notes: ${notesRead})`;
}

function detailOf(decision: Decision, account: Account, policy: Policy): string {
  const overdue = ageText(decision.daysOverdue);
  const until = decision.until === null ? "" : isoTextOfDay(decision.until);
  switch (decision.trigger) {
    case "paid":
      return "nothing to collect (balance 0 or a credit)";
    case "doNotContact":
      return `${overdue}; the customer is marked do not contact: no reminder, no call, nothing scheduled`;
    case "disputed":
      return `${overdue}, disputed by the customer; pause reminders and involve sales or service`;
    case "promisePending":
      return `${overdue}, the customer promised to pay by ${until}`;
    case "promiseBroken":
      return `the promise to pay by ${promiseText(account)} passed unpaid; follow up one step firmer`;
    case "planOnTrack":
      return `${overdue}, payment plan agreed on ${planDayText(account)}; the next instalment is due ${until}`;
    case "planBehind":
      return `${overdue}, the payment plan agreed on ${planDayText(account)} is behind (${planBehindText(account, decision)}); follow up one step firmer`;
    case "grace":
      return `${overdue}, inside the ${policy.graceDays}-day grace period until ${until}`;
    case "courtesy":
      return `${overdue}; a friendly note before the grace period ends`;
    case "contactGap":
      return `last contact ${contactText(account)}; ${waiting(decision)} ${until}, not sooner (${policy.minContactGapDays}-day gap)`;
    case "cadence":
      return `last contact ${contactText(account)}; ${waiting(decision)} ${until}, ${policy.cadenceDays} days after it (every ${policy.cadenceDays} days, never within ${policy.minContactGapDays})`;
    case "workday":
      return `${overdue}; ${waiting(decision)} ${until}, the next working day (no contact on weekends or public holidays)`;
    case "unreachable":
      return `${overdue} and the customer cannot be reached; trace a current address`;
    case "reminders":
      return `${overdue}, ${remindersText(account.remindersSent)}`;
    case "hardship":
      return `${overdue}, ${remindersText(account.remindersSent)}, customer in hardship; agree a written schedule`;
    case "salesNotAsked":
      return `${overdue}, ${remindersText(account.remindersSent)}; ask sales about a complaint or product problem`;
    case "salesReply":
      return `${overdue}, sales asked on ${isoTextOfDay(account.status.salesAskedDay ?? 0)}; wait for their answer until ${until} (${policy.salesReplyDays} days)`;
    case "offerPending":
      return `${overdue}, settlement offered; the offer runs until ${isoTextOfDay((decision.until ?? 1) - 1)}`;
    case "persist":
      return `${overdue}, sales asked; keep in touch every ${policy.cadenceDays} days until settlement age (${policy.settlementDays} days)`;
    case "settlementAge":
      return `${overdue}, past the settlement age of ${policy.settlementDays} days; offer to settle for less: ${settlementText(account, decision, policy)}`;
    case "legalPath":
      return `${overdue}, settlement not taken; best expected net ${amountFormat.format(decision.expectedNet ?? 0)}`;
    case "nothingPays":
      return `${overdue}; no path is expected to bring in more than it costs (best net ${amountFormat.format(decision.expectedNet ?? 0)})`;
  }
}

/**
 * Why the settlement asks so much less than the incentive did (R6 → R20): the amount is no longer a
 * discount out of the margin but what a lost debt is worth, the larger of the floor and an agency's net.
 */
function settlementText(account: Account, decision: Decision, policy: Policy): string {
  const floor = account.balance * policy.settlementFloor;
  const net = bestLegalNet(account.balance, decision.daysOverdue, policy);
  const share = `${Math.round(policy.settlementFloor * 1000) / 10}%`;
  return `at least ${amountFormat.format(floor)} (${share} of the balance, R20) or the best legal path's expected net of ${amountFormat.format(Math.max(0, net))} (R10), whichever is larger; no longer a discount out of the margin (R6): from this step the debt is counted as lost`;
}

function waiting(decision: Decision): string {
  return decision.waitingFor === null ? "next contact" : `${decision.waitingFor} on`;
}

function ageText(days: number): string {
  if (days === 0) return "due today";
  if (days < 0) return `due in ${plural(-days, "day")}`;
  return `${plural(days, "day")} overdue`;
}

function remindersText(count: number): string {
  return count === 0 ? "no reminder sent yet" : `${plural(count, "reminder")} unanswered`;
}

function contactText(account: Account): string {
  return account.lastContactDay === null ? "never" : isoTextOfDay(account.lastContactDay);
}

function planDayText(account: Account): string {
  return account.status.plan === null ? "an earlier day" : isoTextOfDay(account.status.plan.day);
}

/** What a plan behind schedule asked for and what came in, from the same reading the ladder made. */
function planBehindText(account: Account, decision: Decision): string {
  const asOf = account.dueDay + decision.daysOverdue;
  const progress = account.status.plan === null ? null : planProgress(account.status.plan, account.balance, asOf);
  if (progress?.kind !== "behind") return "an instalment missed";
  return `${amountFormat.format(progress.dueSoFar)} due by now, ${amountFormat.format(progress.paid)} paid; the instalment of ${isoTextOfDay(progress.missedDay)} was missed`;
}

function promiseText(account: Account): string {
  return account.promiseDay === null ? "the agreed date" : isoTextOfDay(account.promiseDay);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
