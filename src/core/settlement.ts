import { bestLegalNet } from "./legalPath";
import { roundingStep } from "./currency/roundingStep";
import { roundUpTo } from "./money";
import type { Policy } from "./policy";

/**
 * The amount to propose for a balance of a given age (R6, R10, R20):
 * - inside the grace period, the balance: no discount (R1);
 * - in the incentive phase, a discount that grows from `incentiveStartRate` to
 *   `incentiveMaxRate` and never eats more than `margin − minProfitRate` (R6: no sale at a loss);
 * - from `settlementDays`, the larger of `settlementFloor × balance` and the expected net of
 *   the best legal path (R20, R10): below cost is allowed here, the debt is counted as lost.
 * Rounded up to the currency's step (`roundTo IDR` = 1,000 by default, else `roundTo`), never
 * above the balance. A balance of 0 or a credit gets 0.
 *
 * @param balance - the open balance
 * @param daysOverdue - days past due
 * @param policy - the collection policy
 * @param margin - the sale's gross margin (0.25 = 25%), or null when unknown
 * @param currency - the balance's ISO 4217 code, for its rounding step; null: the policy's `roundTo`
 *
 * @example
 * settlementOffer(10000, 120, defaultPolicy, null) //=> 5000 (the playbook's R20 example)
 * settlementOffer(1000, 75, defaultPolicy, 0.04)   //=> 960 (discount held to the 4% margin)
 * settlementOffer(12500000, 75, defaultPolicy, null, "IDR") //=> 11750000 (to Rp 1,000)
 */
export function settlementOffer(balance: number, daysOverdue: number, policy: Policy, margin: number | null, currency: string | null = null): number {
  if (balance <= 0) return 0;
  if (daysOverdue < policy.graceDays) return balance;
  const step = roundingStep(policy, currency);
  if (daysOverdue < policy.settlementDays) {
    const rate = incentiveRate(daysOverdue, policy, margin);
    return roundUpTo(balance * (1 - rate), step, balance);
  }
  const floor = balance * policy.settlementFloor;
  const alternative = bestLegalNet(balance, daysOverdue, policy);
  return roundUpTo(Math.max(floor, alternative), step, balance);
}

/**
 * The incentive discount at an age: linear from the start rate at the end of the grace period
 * to the maximum at the settlement age, capped by what the margin allows (R6).
 *
 * @example
 * incentiveRate(75, defaultPolicy, null) //=> 0.06
 */
export function incentiveRate(daysOverdue: number, policy: Policy, margin: number | null): number {
  const span = policy.settlementDays - policy.graceDays;
  const progress = span > 0 ? Math.min(1, (daysOverdue - policy.graceDays) / span) : 1;
  const rate = policy.incentiveStartRate + (policy.incentiveMaxRate - policy.incentiveStartRate) * progress;
  if (margin === null) return rate;
  return Math.max(0, Math.min(rate, margin - policy.minProfitRate));
}
