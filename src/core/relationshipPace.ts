import type { Day } from "./days";
import { isRepeatLatePayer, type PaymentHistory } from "./paymentHistory";
import type { Policy } from "./policy";

/** How fast the ladder moves for a customer (R14, R15): gentler, as the policy says, or firmer. */
export type Pace = "gentle" | "standard" | "firm";

/** Why a pace was chosen, for the reason text. */
export type PaceCause = "loyal" | "newLarge" | "repeatLate" | "brokenPromise" | "none";

/** The facts the pace is decided on. */
export interface Relationship {
  /** The day the customer relationship began (a "customer since" column), null when unknown. */
  readonly customerSinceDay: Day | null;
  /** The customer's open total in the invoice's currency. */
  readonly total: number;
  /** The invoice's currency, for the small-balance row of that currency. */
  readonly currency: string | null;
  readonly history: PaymentHistory;
}

/**
 * R14/R15, case by case: a long-standing customer (at least `longStandingDays`) who owes little
 * (at most `smallBalance` in the currency) and is neither a repeat late payer nor has broken a
 * promise in 12 months moves gently; a repeat late payer (R24), one who broke a promise, or a new
 * customer (under `newCustomerDays`) owing more than the small balance moves firmly (R14a: spot
 * them early); everyone else at the standard pace. Unknown tenure is never gentle nor "new".
 *
 * @example
 * relationshipPace({ customerSinceDay: asOf - 3650, total: 250, currency: "USD", history: noHistory }, asOf, defaultPolicy)
 * //=> { pace: "gentle", cause: "loyal" }
 * relationshipPace({ customerSinceDay: asOf - 30, total: 15000, currency: "USD", history: noHistory }, asOf, defaultPolicy)
 * //=> { pace: "firm", cause: "newLarge" }
 */
export function relationshipPace(facts: Relationship, asOf: Day, policy: Policy): { readonly pace: Pace; readonly cause: PaceCause } {
  const tenure = facts.customerSinceDay === null ? null : asOf - facts.customerSinceDay;
  const small = facts.total <= smallBalanceOf(policy, facts.currency);
  if (isRepeatLatePayer(facts.history, policy)) return { pace: "firm", cause: "repeatLate" };
  if (facts.history.brokenPromises > 0) return { pace: "firm", cause: "brokenPromise" };
  if (tenure !== null && tenure < policy.newCustomerDays && !small) return { pace: "firm", cause: "newLarge" };
  if (tenure !== null && tenure >= policy.longStandingDays && small) return { pace: "gentle", cause: "loyal" };
  return { pace: "standard", cause: "none" };
}

/**
 * The policy a pace decides with: gentle adds `caseByCaseDays` to the grace period, firm takes
 * them off (never below 0); the settlement age keeps at least the grace period. Standard is the
 * policy itself.
 *
 * @example
 * policyAtPace(defaultPolicy, "gentle").graceDays //=> 45
 * policyAtPace(defaultPolicy, "firm").graceDays   //=> 15
 */
export function policyAtPace(policy: Policy, pace: Pace): Policy {
  if (pace === "standard" || policy.caseByCaseDays === 0) return policy;
  // One copy per policy and pace, not one per call: a 41-setting copy per invoice and AR column
  // was the largest single cost of annotating 100,000 rows (bench/cli.bench.ts).
  const known = pacedPolicies.get(policy) ?? new Map<Pace, Policy>();
  pacedPolicies.set(policy, known);
  const found = known.get(pace);
  if (found) return found;
  const graceDays = pace === "gentle" ? policy.graceDays + policy.caseByCaseDays : Math.max(0, policy.graceDays - policy.caseByCaseDays);
  const paced = { ...policy, graceDays, settlementDays: Math.max(policy.settlementDays, graceDays) };
  known.set(pace, paced);
  return paced;
}

const pacedPolicies = new WeakMap<Policy, Map<Pace, Policy>>();

/**
 * The largest total a customer "owes little" with, in a currency: its `smallBalance <code>` row, else `smallBalance`.
 *
 * @example
 * smallBalanceOf({ ...defaultPolicy, smallBalances: { IDR: 15_000_000 } }, "IDR") //=> 15000000
 */
export function smallBalanceOf(policy: Pick<Policy, "smallBalance" | "smallBalances">, currency: string | null): number {
  return (currency === null ? undefined : policy.smallBalances[currency]) ?? policy.smallBalance;
}
