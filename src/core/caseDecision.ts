import { mediumOf, type Channel, type Medium } from "./channel";
import type { Day } from "./days";
import { isBelowMinimum } from "./minimumAmount";
import { ladderStep } from "./ladderStep";
import { chooseNextAction, type Account, type Decision, type Trigger } from "./nextAction";
import type { PaymentHistory } from "./paymentHistory";
import type { Policy } from "./policy";
import { policyAtPace, relationshipPace, type Pace, type PaceCause } from "./relationshipPace";

/** What the desk knows of the customer beyond the invoice (R3, R4, R14, R15, minimum amount). */
export interface CaseFacts {
  /** The row's channel (R4); null: the policy's `channel`. */
  readonly channel: Channel | null;
  /** When the customer relationship began (R15); null when unknown. */
  readonly customerSinceDay: Day | null;
  /** The customer's open total in this currency, credits deducted; null: the invoice's balance. */
  readonly customerTotal: number | null;
  readonly currency: string | null;
  /** The customer's last 12 months (R14, R24); null: what the invoice itself shows. */
  readonly history: PaymentHistory | null;
}

/** Facts that add nothing: the ladder decides on the invoice alone. */
export const noCaseFacts: CaseFacts = { channel: null, customerSinceDay: null, customerTotal: null, currency: null, history: null };

/** The triggers the case adds to the ladder's: a total below the minimum amount, a silence too long (R3). */
export type CaseTrigger = Trigger | "belowMinimum" | "silence";

/** The ladder's decision for this customer's case, with the medium and pace it was taken at. */
export interface CaseDecision extends Omit<Decision, "trigger"> {
  readonly trigger: CaseTrigger;
  readonly channel: Channel;
  readonly medium: Medium;
  readonly pace: Pace;
  readonly paceCause: PaceCause;
  /** The total the minimum amount was checked against, and its currency (null: the policy's). */
  readonly total: number;
  readonly currency: string | null;
  /** Days since the last contact (R3); null when no contact is known. */
  readonly silenceDays: number | null;
  /** The policy the ladder decided with (the pace moves its grace period). */
  readonly policy: Policy;
}

/**
 * The next step for an invoice, case by case: the ladder of `chooseNextAction`, with
 * - the minimum amount: a customer whose open total in the currency is below it is not dunned ("Below minimum");
 * - R14/R15: the relationship's pace moves the grace period (see `relationshipPace`);
 * - R3: a customer not contacted for `maxSilenceDays` gets "Check in" even while nothing new is due;
 * - R4/R13: the channel decides the medium (e-mail, letter text, or a call).
 *
 * @example
 * decideCase(account, { ...noCaseFacts, channel: "phone" }, asOf, defaultPolicy)
 * //=> { action: "Reminder", rule: "R4", channel: "phone", medium: "call", pace: "standard", … }
 * decideCase(account, { ...noCaseFacts, customerTotal: 3 }, asOf, { ...defaultPolicy, minimumAmount: 5 }).action
 * //=> "Below minimum"
 */
export function decideCase(account: Account, facts: CaseFacts, asOf: Day, policy: Policy): CaseDecision {
  return decideWith(chooseNextAction, account, facts, asOf, policy);
}

/**
 * `decideCase` without the contact timing: the case's step over `ladderStep`, for callers that
 * check the next contact day themselves once per customer (Remind's drafts, through `planContact`).
 *
 * @example
 * caseStep(account, { ...noCaseFacts, channel: "phone" }, asOf, defaultPolicy).medium //=> "call"
 */
export function caseStep(account: Account, facts: CaseFacts, asOf: Day, policy: Policy): CaseDecision {
  return decideWith(ladderStep, account, facts, asOf, policy);
}

function decideWith(
  ladder: (account: Account, asOf: Day, policy: Policy) => Decision, account: Account, facts: CaseFacts, asOf: Day, policy: Policy,
): CaseDecision {
  const channel = facts.channel ?? policy.channel;
  const total = facts.customerTotal ?? account.balance;
  const history = facts.history ?? historyOfAccount(account, asOf, policy);
  const { pace, cause } = relationshipPace({ customerSinceDay: facts.customerSinceDay, total, currency: facts.currency, history }, asOf, policy);
  const paced = policyAtPace(policy, pace);
  const silenceDays = account.lastContactDay === null ? null : asOf - account.lastContactDay;
  const base = { channel, medium: mediumOf(channel), pace, paceCause: cause, total, currency: facts.currency, silenceDays, policy: paced };
  if (account.balance > 0 && isBelowMinimum(total, facts.currency, policy)) {
    return Object.assign({}, base, { action: "Below minimum", rule: "", trigger: "belowMinimum", daysOverdue: asOf - account.dueDay, until: null, expectedNet: null, waitingFor: null } as const);
  }
  const decision = ladder(account, asOf, paced);
  // Object.assign, not `{ ...decision, ...base }`: V8 (Node 20) spreads these two objects some
  // ten times slower, and this runs for every invoice and AR column (bench/cli.bench.ts).
  if (isSilent(decision, account, asOf, policy)) return Object.assign({}, decision, base, { action: "Check in", rule: "R3", trigger: "silence", until: null, waitingFor: null } as const);
  return Object.assign({}, decision, base);
}

/**
 * R3: the ladder would wait out the grace period, but the customer has not heard from us for too
 * long — and never sooner than the contact gap allows (R17), whatever `maxSilenceDays` says.
 */
function isSilent(decision: Decision, account: Account, asOf: Day, policy: Policy): boolean {
  const last = account.lastContactDay;
  const silence = Math.max(policy.maxSilenceDays, policy.minContactGapDays);
  return decision.trigger === "grace" && policy.maxSilenceDays > 0 && last !== null && asOf - last >= silence;
}

/**
 * The history one invoice shows by itself, when the caller has no customer history: late when past
 * the grace period and open, a broken promise when its promise date has passed unpaid.
 *
 * @example
 * historyOfAccount({ ...account, promiseDay: asOf - 1 }, asOf, defaultPolicy).brokenPromises //=> 1
 */
export function historyOfAccount(account: Account, asOf: Day, policy: Policy): PaymentHistory {
  const open = account.balance > 0;
  return {
    latePayments: open && asOf - account.dueDay > policy.graceDays ? 1 : 0,
    brokenPromises: open && account.promiseDay !== null && account.promiseDay < asOf ? 1 : 0,
    reminders: account.remindersSent,
  };
}
