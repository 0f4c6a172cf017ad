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
 * relationship gave — or, while it waits out the grace period, the day R3's check-in falls due
 * when that comes first.
 *
 * @example
 * caseContactDay(decideCase(quiet, noCaseFacts, asOf, defaultPolicy), quiet, asOf) //=> asOf (Check in)
 */
export function caseContactDay(decision: CaseDecision, account: Account, asOf: Day): Day | null {
  if (decision.action === "Below minimum") return null;
  if (decision.action === "Check in") return nextWorkingDay(asOf, decision.policy);
  const ladderDay = nextContactDay(account, asOf, decision.policy);
  const checkIn = checkInDay(decision, account);
  return ladderDay === null || checkIn === null ? ladderDay : Math.min(ladderDay, checkIn);
}

/**
 * R3 ahead: while the ladder waits out the grace period, the day the silence reaches
 * `maxSilenceDays` (never sooner than the contact gap) brings a check-in before the wait ends —
 * the day `decideCase` will answer "Check in", on a working day. Null when R3 cannot fire.
 */
function checkInDay(decision: CaseDecision, account: Account): Day | null {
  const { policy } = decision;
  if (decision.trigger !== "grace" || policy.maxSilenceDays <= 0 || account.lastContactDay === null) return null;
  return nextWorkingDay(account.lastContactDay + Math.max(policy.maxSilenceDays, policy.minContactGapDays), policy);
}
