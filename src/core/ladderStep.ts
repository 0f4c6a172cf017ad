import type { Day } from "./days";
import { bestLegalPath, type LegalPath } from "./legalPath";
import type { Policy } from "./policy";
import { planProgress } from "./planProgress";
import type { StatusFlags } from "./status";

/** What the desk knows about one invoice (or one customer's most advanced invoice). */
export interface Account {
  readonly dueDay: Day;
  readonly balance: number;
  /** Reminders already sent for it. */
  readonly remindersSent: number;
  readonly lastContactDay: Day | null;
  /** The date the customer promised to pay by, if any. */
  readonly promiseDay: Day | null;
  readonly status: StatusFlags;
}

/** The steps of the escalation ladder (collections-playbook.md). */
export type Action =
  | "None"
  | "Do not contact"
  | "Resolve dispute"
  | "Await promise"
  | "Broken promise"
  | "Wait"
  | "Courtesy reminder"
  | "Trace debtor"
  | "Reminder"
  | "Consequences"
  | "Incentive"
  | "Payment plan"
  | "Ask sales"
  | "Follow up"
  | "Settlement offer"
  | LegalPath
  | "Write off"
  // The case's own steps (caseDecision.ts): a total below the minimum amount, a silence too long (R3).
  | "Below minimum"
  | "Check in";

/** Why a step was chosen: the ladder's test that fired, for the reason text. */
export type Trigger =
  | "paid"
  | "doNotContact"
  | "disputed"
  | "promisePending"
  | "promiseBroken"
  | "planOnTrack"
  | "planBehind"
  | "grace"
  | "courtesy"
  | "contactGap"
  | "cadence"
  | "workday"
  | "unreachable"
  | "reminders"
  | "hardship"
  | "salesNotAsked"
  | "salesReply"
  | "offerPending"
  | "persist"
  | "settlementAge"
  | "legalPath"
  | "nothingPays";

/** The ladder's answer: the step, the rule behind it, and the facts the reason quotes. */
export interface Decision {
  readonly action: Action;
  readonly rule: string;
  readonly trigger: Trigger;
  readonly daysOverdue: number;
  /** Wait and Await promise: the day the wait ends. */
  readonly until: Day | null;
  /** Legal paths and Write off: the best path's expected net. */
  readonly expectedNet: number | null;
  /** A Wait for the next contact day (R17): the step that is due on that day. */
  readonly waitingFor: Action | null;
}

/**
 * The steps that contact the customer (or, for Ask sales, its account owner about it): each
 * waits for the next contact day (`planContact`, R17). The others are decided at once.
 */
export const contactActions: ReadonlySet<Action> = new Set<Action>([
  "Courtesy reminder", "Reminder", "Consequences", "Incentive", "Payment plan", "Broken promise",
  "Ask sales", "Follow up", "Settlement offer", "Small claims", "Agency", "Attorney",
]);

/**
 * Walks the escalation ladder of the playbook and returns the first step that applies, before
 * the contact timing: the step the customer is at, whether or not today is a day to take it.
 * `chooseNextAction` adds the timing (R17); `planContact` plans the day from this step.
 *
 * @param account - the invoice's facts
 * @param asOf - the day of the decision (passed in: the engine never reads a clock)
 * @param policy - the collection policy
 *
 * @example
 * ladderStep({ dueDay: 20454, balance: 1200, remindersSent: 0, lastContactDay: null,
 *   promiseDay: null, status: noStatus }, 20488, defaultPolicy)
 * //=> { action: "Reminder", rule: "R4", trigger: "reminders", daysOverdue: 34, … }
 */
export function ladderStep(account: Account, asOf: Day, policy: Policy): Decision {
  const days = asOf - account.dueDay;
  const { status, promiseDay, remindersSent } = account;
  if (account.balance <= 0) return decide("None", "", "paid", days);
  // R19: a customer who asked not to be contacted (or whose lawyer did) is never scheduled.
  if (status.doNotContact) return decide("Do not contact", "R19", "doNotContact", days);
  if (status.disputed) return decide("Resolve dispute", "R8", "disputed", days);
  const plan = status.plan === null ? null : planProgress(status.plan, account.balance, asOf);
  // R7: an agreed plan is followed — its next instalment awaited, a missed one followed up firmly.
  if (plan?.kind === "onTrack") return decide("Await promise", "R7", "planOnTrack", days, plan.next.day);
  if (plan?.kind === "behind") return decide("Broken promise", "R7", "planBehind", days);
  if (promiseDay !== null) {
    if (promiseDay >= asOf) return decide("Await promise", "R7", "promisePending", days, promiseDay);
    return decide("Broken promise", "R7", "promiseBroken", days);
  }
  if (days < policy.graceDays) return duringGrace(account, days, policy);
  if (status.unreachable) return decide("Trace debtor", "R9", "unreachable", days);
  if (remindersSent === 0) return decide("Reminder", "R4", "reminders", days);
  if (remindersSent === 1) return decide("Consequences", "R5", "reminders", days);
  if (remindersSent === 2) return decide("Incentive", "R6", "reminders", days);
  if (status.hardship) return decide("Payment plan", "R7", "hardship", days);
  if (!status.salesAsked) return decide("Ask sales", "R22", "salesNotAsked", days);
  // Sales was asked on a day the desk recorded: the customer waits for their answer (R22).
  if (status.salesAskedDay !== null && asOf < status.salesAskedDay + policy.salesReplyDays) return decide("Wait", "R22", "salesReply", days, status.salesAskedDay + policy.salesReplyDays);
  if (days < policy.settlementDays) return decide("Follow up", "R17", "persist", days);
  if (!status.settlementOffered) return decide("Settlement offer", "R20", "settlementAge", days);
  // The offer runs to its deadline: no next step before it has passed (R20).
  if (status.offeredUntil !== null && asOf <= status.offeredUntil) return decide("Wait", "R20", "offerPending", days, status.offeredUntil + 1);
  return afterSettlement(account.balance, days, policy);
}

/** Step 4: inside the grace period, wait, or send the courtesy reminder the policy asks for (R1, R2). */
function duringGrace(account: Account, days: number, policy: Policy): Decision {
  const courtesyDue = policy.courtesyReminder && account.lastContactDay === null && days >= -policy.courtesyLeadDays;
  if (courtesyDue) return decide("Courtesy reminder", "R2", "courtesy", days);
  return decide("Wait", "R1", "grace", days, account.dueDay + policy.graceDays);
}

/** Steps 13–14: the settlement was not taken; the best legal path, or write off when none pays (R10–R12, R23). */
function afterSettlement(balance: number, days: number, policy: Policy): Decision {
  const best = bestLegalPath(balance, days, policy);
  if (best.net <= 0) return decide("Write off", "R23", "nothingPays", days, null, best.net);
  const rule = best.path === "Agency" ? "R10" : best.path === "Small claims" ? "R11" : "R12";
  return decide(best.path, rule, "legalPath", days, null, best.net);
}

function decide(
  action: Action,
  rule: string,
  trigger: Trigger,
  daysOverdue: number,
  until: Day | null = null,
  expectedNet: number | null = null,
): Decision {
  return { action, rule, trigger, daysOverdue, until, expectedNet, waitingFor: null };
}
