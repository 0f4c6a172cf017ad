import { serialFromDay, type DateSystem, type Day } from "../core/days";
import { paymentPlan, type Interval } from "../core/paymentPlan";
import type { Policy } from "../core/policy";
import { isBlank, refuse, requiredDay, requiredAmount, single, wholeNumber } from "./cellValues";

/** What AR.PAYMENTPLAN reads from its arguments. */
export interface PlanInput {
  readonly balance: number;
  readonly count: number;
  readonly firstDay: Day;
  readonly interval: Interval;
  readonly system: DateSystem;
}

/** The most instalments a plan may spill: 30 years of monthly payments. */
export const MAX_INSTALMENTS = 360;

const NAMED_INTERVALS: Readonly<Record<string, Interval>> = {
  monthly: { months: 1 },
  month: { months: 1 },
  quarterly: { months: 3 },
  weekly: { days: 7 },
  week: { days: 7 },
  biweekly: { days: 14 },
  fortnightly: { days: 14 },
};

/** Reads balance, instalments, firstDate and interval for AR.PAYMENTPLAN. */
export function planArguments(balance: unknown, instalments: unknown, firstDate: unknown, interval: unknown, policy: Policy): PlanInput {
  const amount = requiredAmount(balance, "balance", policy);
  if (amount <= 0) refuse("balance", "notPositive");
  return {
    balance: amount,
    count: wholeNumber(instalments, "instalments", null, 1, MAX_INSTALMENTS),
    firstDay: requiredDay(firstDate, "firstDate", policy),
    interval: intervalArgument(interval),
    system: policy.dateSystem,
  };
}

/** The plan as the rows Excel spills: [date serial, amount]. */
export function planRows(input: PlanInput): number[][] {
  return paymentPlan(input.balance, input.count, input.firstDay, input.interval).map((instalment) => [
    serialFromDay(instalment.day, input.system),
    instalment.amount,
  ]);
}

/** Reads the interval of a payment plan: a number of days, or a named interval ("monthly" when blank). */
export function intervalArgument(value: unknown): Interval {
  const cell = single(value, "interval");
  if (isBlank(cell) || cell === 0) return { months: 1 };
  if (typeof cell === "string") return NAMED_INTERVALS[cell.trim().toLowerCase()] ?? refuse("interval", "notAnInterval");
  return { days: wholeNumber(cell, "interval", null, 1, 3_660) };
}
