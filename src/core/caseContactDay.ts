import type { CaseDecision } from "./caseDecision";
import type { Day } from "./days";
import type { Account } from "./nextAction";
import { nextContactDay } from "./nextContact";
import { nextWorkingDay } from "./workingDays";

/**
 * The next contact day of a case, through the one next-contact rule (`nextContactDay`) at the
 * case's pace: none for a customer below the minimum amount (not dunned), today for a check-in
 * (R3 fires only once the contact gap has passed; on a weekend or holiday the next working day, as
 * `nextContactDay` moves every contact), else the ladder's day with the grace period the
 * relationship gave.
 *
 * @example
 * caseContactDay(decideCase(quiet, noCaseFacts, asOf, defaultPolicy), quiet, asOf) //=> asOf (Check in)
 */
export function caseContactDay(decision: CaseDecision, account: Account, asOf: Day): Day | null {
  if (decision.action === "Below minimum") return null;
  if (decision.action === "Check in") return nextWorkingDay(asOf, decision.policy);
  return nextContactDay(account, asOf, decision.policy);
}
