import type { Day } from "./days";
import { ladderStep, type Account, type Decision } from "./ladderStep";
import type { Policy } from "./policy";
import { nextWorkingDay } from "./workingDays";

/** The next contact day, and what set it: the plan, the gap floor, today, or a weekend/holiday moved past. */
export interface ContactPlan {
  readonly day: Day;
  /** "plan": the cadence or the step's own date; "gap": the minimum gap; "now": due today; "workday": moved off a weekend or holiday. */
  readonly cause: "plan" | "gap" | "now" | "workday";
}

/**
 * The day of the next contact with the customer about this invoice — the one rule every caller
 * uses (NEXTACTION's act-now-or-wait, NEXTCONTACT, the pane's and the CLI's drafts):
 * 1. the plan: the step's own date when it has one (a promise's next day, the end of the grace
 *    period, the courtesy day), else the last contact + `cadenceDays`, else today (never contacted);
 * 2. never before the floor, the last contact + `minContactGapDays` (R17), nor before today;
 * 3. moved on to the next working day: no weekend day of `weekend`, no `holiday <date>` row.
 * Null when nothing is owed or the customer must not be contacted (R19).
 *
 * @example
 * // last contact 2026-01-28 (a Wednesday), cadence 10 days, gap 7, asOf 2026-02-04
 * nextContactDay(account, 20488, defaultPolicy) //=> 20493 (28 Jan + 10 is Saturday 7 Feb: Monday 2026-02-09)
 */
export function nextContactDay(account: Account, asOf: Day, policy: Policy): Day | null {
  return planContact(account, asOf, policy, ladderStep(account, asOf, policy))?.day ?? null;
}

/**
 * `nextContactDay` for a ladder step already decided (see `ladderStep`), with its cause.
 *
 * @example
 * planContact(account, 20488, defaultPolicy, ladderStep(account, 20488, defaultPolicy))
 * //=> { day: 20493, cause: "workday" }
 */
export function planContact(account: Account, asOf: Day, policy: Policy, step: Decision): ContactPlan | null {
  if (step.action === "None" || step.action === "Do not contact") return null;
  const last = account.lastContactDay;
  const planned = plannedDay(account, asOf, policy, step);
  const floor = last === null ? planned : last + policy.minContactGapDays;
  const day = Math.max(planned, floor, asOf);
  const working = nextWorkingDay(day, policy);
  if (working > day) return { day: working, cause: "workday" };
  return { day, cause: day <= asOf ? "now" : day === planned ? "plan" : "gap" };
}

/**
 * Whether a planned contact is due now: on the first working day from today (today itself on a
 * working day). On a weekend or holiday the desk prepares the next working day's contacts.
 *
 * @example
 * isContactDue({ day: 20493, cause: "workday" }, 20491, defaultPolicy) //=> true (Saturday: due Monday)
 */
export function isContactDue(plan: ContactPlan | null, asOf: Day, policy: Policy): boolean {
  return plan === null || plan.day <= nextWorkingDay(asOf, policy);
}

/** Step 1 of the rule: the day the step itself asks for. */
function plannedDay(account: Account, asOf: Day, policy: Policy, step: Decision): Day {
  const last = account.lastContactDay;
  switch (step.action) {
    case "Await promise":
    case "Broken promise":
      // The day after the promised date: the promise is checked, one step firmer if it failed (R7).
      return (account.promiseDay ?? asOf - 1) + 1;
    case "Wait":
      // Inside the grace period: its end, or the courtesy reminder's day when the policy sends one (R1, R2).
      if (policy.courtesyReminder && last === null) return account.dueDay - policy.courtesyLeadDays;
      return step.until ?? asOf;
    default:
      return last === null ? asOf : last + policy.cadenceDays;
  }
}
