import { isoTextOfDay } from "./days";
import type { Account, Decision } from "./nextAction";
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
    case "disputed":
      return `${overdue}, disputed by the customer; pause reminders and involve sales or service`;
    case "promisePending":
      return `${overdue}, the customer promised to pay by ${until}`;
    case "promiseBroken":
      return `the promise to pay by ${promiseText(account)} passed unpaid; follow up one step firmer`;
    case "grace":
      return `${overdue}, inside the ${policy.graceDays}-day grace period until ${until}`;
    case "courtesy":
      return `${overdue}; a friendly note before the grace period ends`;
    case "contactGap":
      return `last contact ${contactText(account)}; no new contact before ${until} (${policy.minContactGapDays}-day gap)`;
    case "unreachable":
      return `${overdue} and the customer cannot be reached; trace a current address`;
    case "reminders":
      return `${overdue}, ${remindersText(account.remindersSent)}`;
    case "hardship":
      return `${overdue}, ${remindersText(account.remindersSent)}, customer in hardship; agree a written schedule`;
    case "salesNotAsked":
      return `${overdue}, ${remindersText(account.remindersSent)}; ask sales about a complaint or product problem`;
    case "persist":
      return `${overdue}, sales asked; keep in touch every ${policy.cadenceDays} days until settlement age (${policy.settlementDays} days)`;
    case "settlementAge":
      return `${overdue}, past the settlement age of ${policy.settlementDays} days; offer to settle for less`;
    case "legalPath":
      return `${overdue}, settlement not taken; best expected net ${amountFormat.format(decision.expectedNet ?? 0)}`;
    case "nothingPays":
      return `${overdue}; no path is expected to bring in more than it costs (best net ${amountFormat.format(decision.expectedNet ?? 0)})`;
  }
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

function promiseText(account: Account): string {
  return account.promiseDay === null ? "the agreed date" : isoTextOfDay(account.promiseDay);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
