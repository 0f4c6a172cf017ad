import type { Day } from "./days";
import type { PlanAgreed } from "./ladderEntries";
import { paymentPlan, type Instalment } from "./paymentPlan";

/** Where an agreed plan stands: the next instalment awaited, or the instalments missed. */
export type PlanProgress =
  | { readonly kind: "onTrack"; readonly next: Instalment }
  | { readonly kind: "behind"; readonly dueSoFar: number; readonly paid: number; readonly missedDay: Day }
  /** Paid as the plan asks, yet a balance is left (it grew since): the plan no longer decides. */
  | { readonly kind: "over" };

/**
 * Follows an agreed payment plan (R7): the instalments PAYMENTPLAN lays out for the plan's total,
 * against what has been paid since (the total less today's balance). An instalment is missed the
 * day after its date; until then the plan is on track and the next unpaid instalment is awaited.
 *
 * @param plan - the plan as the desk recorded it
 * @param balance - the invoice's balance today
 * @param asOf - the day of the decision
 *
 * @example
 * // 1,500 in 3 monthly instalments from 2026-12-15, nothing paid yet
 * planProgress(plan, 1500, 20800) //=> { kind: "onTrack", next: { day: 20802, amount: 500 } }
 * planProgress(plan, 1500, 20803) //=> { kind: "behind", dueSoFar: 500, paid: 0, missedDay: 20802 }
 */
export function planProgress(plan: PlanAgreed, balance: number, asOf: Day): PlanProgress {
  const instalments = paymentPlan(plan.total, plan.count, plan.first, plan.interval);
  const paidCents = Math.round((plan.total - balance) * 100);
  let dueCents = 0;
  for (const instalment of instalments) {
    dueCents += Math.round(instalment.amount * 100);
    if (dueCents <= paidCents) continue;
    if (instalment.day >= asOf) return { kind: "onTrack", next: instalment };
    return { kind: "behind", dueSoFar: dueThrough(instalments, asOf) / 100, paid: paidCents / 100, missedDay: instalment.day };
  }
  return { kind: "over" };
}

/** Cents due by the instalments dated before `asOf`. */
function dueThrough(instalments: readonly Instalment[], asOf: Day): number {
  return instalments.filter((instalment) => instalment.day < asOf).reduce((cents, instalment) => cents + Math.round(instalment.amount * 100), 0);
}
