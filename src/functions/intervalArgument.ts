import type { Interval } from "../core/paymentPlan";
import { isBlank, refuse, single, wholeNumber } from "./cellValues";

const NAMED_INTERVALS: Readonly<Record<string, Interval>> = {
  monthly: { months: 1 },
  month: { months: 1 },
  quarterly: { months: 3 },
  weekly: { days: 7 },
  week: { days: 7 },
  biweekly: { days: 14 },
  fortnightly: { days: 14 },
};

/** Reads the interval of a payment plan (R7): a number of days, or a named interval ("monthly" when blank). */
export function intervalArgument(value: unknown): Interval {
  const cell = single(value, "interval");
  if (isBlank(cell) || cell === 0) return { months: 1 };
  if (typeof cell === "string") return NAMED_INTERVALS[cell.trim().toLowerCase()] ?? refuse("interval", "notAnInterval");
  return { days: wholeNumber(cell, "interval", null, 1, 3_660) };
}
