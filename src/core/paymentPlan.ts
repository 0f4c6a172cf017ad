import { addMonths } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { dayOfUtcDate, utcDateOfDay, type Day } from "./days";

/** How far apart instalments fall: calendar months, or a fixed number of days. */
export type Interval = { readonly months: number } | { readonly days: number };

/** One instalment of a payment plan. */
export interface Instalment {
  readonly day: Day;
  readonly amount: number;
}

/**
 * A written repayment schedule (R7): equal instalments in whole cents, the last one taking
 * the leftover cents so that the plan adds up to the balance exactly. Monthly dates keep the
 * first date's day of month, clamped to short months (31 Jan → 28 Feb → 31 Mar).
 *
 * @param balance - amount to schedule, above 0
 * @param count - number of instalments, a whole number from 1
 * @param firstDay - day of the first instalment
 * @param interval - months or days between instalments
 *
 * @example
 * paymentPlan(1000, 3, 20484, { months: 1 })
 * //=> [{ day: 20484, amount: 333.33 }, { day: 20512, amount: 333.33 }, { day: 20543, amount: 333.34 }]
 */
export function paymentPlan(balance: number, count: number, firstDay: Day, interval: Interval): Instalment[] {
  const totalCents = Math.round(balance * 100);
  const baseCents = Math.floor(totalCents / count);
  const plan: Instalment[] = [];
  for (let i = 0; i < count; i += 1) {
    const cents = i === count - 1 ? totalCents - baseCents * (count - 1) : baseCents;
    plan.push({ day: instalmentDay(firstDay, interval, i), amount: cents / 100 });
  }
  return plan;
}

function instalmentDay(firstDay: Day, interval: Interval, index: number): Day {
  if ("days" in interval) return firstDay + interval.days * index;
  // Count from the first date each time, so 31 Jan → 28 Feb → 31 Mar (not 28 Mar).
  // UTCDate keeps date-fns in UTC, where a Day lives, whatever the user's time zone.
  return dayOfUtcDate(addMonths(new UTCDate(utcDateOfDay(firstDay).getTime()), interval.months * index));
}
