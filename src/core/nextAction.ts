import type { Day } from "./days";
import { contactActions, ladderStep, type Account, type Decision } from "./ladderStep";
import { isContactDue, planContact } from "./nextContact";
import type { Policy } from "./policy";

export { contactActions, ladderStep, type Account, type Action, type Decision, type Trigger } from "./ladderStep";

/**
 * The next action for an invoice: the ladder's step (`ladderStep`) when its contact day is today
 * (on a weekend or holiday: the next working day), else Wait until that day (R17: the next contact day of `nextContactDay`, so NEXTACTION,
 * NEXTCONTACT and the drafts never disagree). Steps that contact nobody (None, Do not contact,
 * Resolve dispute, Await promise, a grace Wait, Trace debtor, Write off) are answered at once.
 *
 * @param account - the invoice's facts
 * @param asOf - the day of the decision (passed in: the engine never reads a clock)
 * @param policy - the collection policy
 *
 * @example
 * // one reminder sent 2026-01-28, asOf 2026-02-04 (7 days: past the gap, before the 10-day cadence)
 * chooseNextAction(account, 20488, defaultPolicy)
 * //=> { action: "Wait", rule: "R17", trigger: "cadence", until: 20493, waitingFor: "Consequences", … }
 */
export function chooseNextAction(account: Account, asOf: Day, policy: Policy): Decision {
  const step = ladderStep(account, asOf, policy);
  if (!contactActions.has(step.action)) return step;
  const plan = planContact(account, asOf, policy, step);
  if (plan === null || isContactDue(plan, asOf, policy)) return step;
  const trigger = plan.cause === "gap" ? "contactGap" : plan.cause === "workday" ? "workday" : "cadence";
  // plan.day > asOf here, so its cause is the plan, the gap or a weekend/holiday, never "now".
  // A literal, not `{ ...step, … }`: V8 builds a spread followed by more properties slowly (caseDecision.ts).
  return { action: "Wait", rule: "R17", trigger, daysOverdue: step.daysOverdue, until: plan.day, expectedNet: null, waitingFor: step.action };
}
