import type { Day } from "./days";
import { chooseNextAction, type Account } from "./nextAction";
import type { Policy } from "./policy";

/**
 * The day of the next contact with the customer about this invoice: when a wait ends, the day
 * after a promised date, or — when a step is due now — today or the next day the cadence
 * allows. Never inside the minimum contact gap (R17). Null when nothing is owed.
 *
 * @example
 * // last contact 2026-02-01, cadence 10 days, asOf 2026-02-05
 * nextContactDay(account, 20489, defaultPolicy) //=> 20495 (2026-02-11)
 */
export function nextContactDay(account: Account, asOf: Day, policy: Policy): Day | null {
  const decision = chooseNextAction(account, asOf, policy);
  const last = account.lastContactDay;
  const earliest = last === null ? asOf : last + policy.minContactGapDays;
  switch (decision.action) {
    case "None":
      return null;
    case "Await promise":
      return Math.max((account.promiseDay ?? asOf) + 1, earliest);
    case "Wait":
      // A wait for the contact gap ends at the planned cadence; a grace wait when grace ends,
      // or at the courtesy reminder when the policy sends one (R2).
      if (decision.trigger === "contactGap") return planned(last, asOf, policy);
      if (policy.courtesyReminder && last === null) return account.dueDay - policy.courtesyLeadDays;
      return Math.max(decision.until ?? asOf, earliest);
    default:
      return Math.max(planned(last, asOf, policy), earliest);
  }
}

/** Today, or the day the cadence brings round after the last contact, whichever is later (R17). */
function planned(last: Day | null, asOf: Day, policy: Policy): Day {
  return last === null ? asOf : Math.max(asOf, last + policy.cadenceDays);
}
