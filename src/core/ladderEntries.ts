// The texts of the desk's dated entries in its Dunning status column, one parser and one writer
// per kind, so what the desk writes is exactly what it reads back. Dates are ISO, amounts plain
// numbers with a point: the entries read the same on every locale's sheet.
import { dayFromIsoText, isoTextOfDay, type Day } from "./days";
import type { Interval } from "./paymentPlan";

/** A promise to pay taken from the customer (R7): when it was taken, the day it runs to, and the amount (null: the balance). */
export interface PromiseTaken {
  readonly day: Day;
  readonly payBy: Day;
  readonly amount: number | null;
}

/** A payment plan agreed (R7): the balance it schedules, in `count` instalments from `first`, as PAYMENTPLAN lays them out. */
export interface PlanAgreed {
  readonly day: Day;
  readonly total: number;
  readonly count: number;
  readonly first: Day;
  readonly interval: Interval;
}

/** A dispute opened or resolved (R8), with its day. */
export interface DisputeStep {
  readonly open: boolean;
  readonly day: Day;
}

const DATE = String.raw`(\d{4}-\d\d-\d\d)`;
const AMOUNT = String.raw`(\d{1,16}(?:\.\d{1,2})?)`;
const INTERVAL = String.raw`(monthly|quarterly|weekly|biweekly|every \d{1,4} (?:days|months))`;
const PROMISE = new RegExp(`^promised ${DATE} to pay(?: ${AMOUNT})? by ${DATE}$`);
const PLAN = new RegExp(`^plan agreed ${DATE}: ${AMOUNT} in (\\d{1,3}) instalments? ${INTERVAL} from ${DATE}$`);
const DISPUTE = new RegExp(`^dispute (opened|resolved) ${DATE}$`);
const CALLED = new RegExp(`^called ${DATE}$`);

/**
 * The text of a promise entry.
 *
 * @example
 * promiseText({ day: 20789, payBy: 20807, amount: 500 }) //=> "promised 2026-12-02 to pay 500.00 by 2026-12-20"
 */
export function promiseText(promise: PromiseTaken): string {
  const amount = promise.amount === null ? "" : ` ${promise.amount.toFixed(2)}`;
  return `promised ${isoTextOfDay(promise.day)} to pay${amount} by ${isoTextOfDay(promise.payBy)}`;
}

/**
 * The text of a plan entry.
 *
 * @example
 * planText({ day: 20789, total: 1500, count: 3, first: 20802, interval: { months: 1 } }) //=> "plan agreed 2026-12-02: 1500.00 in 3 instalments monthly from 2026-12-15"
 */
export function planText(plan: PlanAgreed): string {
  return `plan agreed ${isoTextOfDay(plan.day)}: ${plan.total.toFixed(2)} in ${plan.count} instalment${plan.count === 1 ? "" : "s"} ${intervalText(plan.interval)} from ${isoTextOfDay(plan.first)}`;
}

/**
 * The text of a dispute entry.
 *
 * @example
 * disputeText({ open: false, day: 20789 }) //=> "dispute resolved 2026-12-02"
 */
export function disputeText(dispute: DisputeStep): string {
  return `dispute ${dispute.open ? "opened" : "resolved"} ${isoTextOfDay(dispute.day)}`;
}

/**
 * The text of a recorded call.
 *
 * @example
 * calledText(20789) //=> "called 2026-12-02"
 */
export function calledText(day: Day): string {
  return `called ${isoTextOfDay(day)}`;
}

/** The kinds above read from one entry (lower case, single spaces); null when it is none of them. */
export function recordedEntry(text: string): { promised: PromiseTaken } | { plan: PlanAgreed } | { dispute: DisputeStep } | { called: Day } | null {
  const promise = PROMISE.exec(text);
  if (promise) {
    const [day, payBy] = [isoDay(promise[1]), isoDay(promise[3])];
    return day === null || payBy === null ? null : { promised: { day, payBy, amount: promise[2] === undefined ? null : Number(promise[2]) } };
  }
  const plan = PLAN.exec(text);
  if (plan) {
    const [day, first, count, interval] = [isoDay(plan[1]), isoDay(plan[5]), Number(plan[3]), readInterval(plan[4] ?? "")];
    return day === null || first === null || count < 1 || interval === null ? null : { plan: { day, total: Number(plan[2]), count, first, interval } };
  }
  const dispute = DISPUTE.exec(text);
  if (dispute) {
    const day = isoDay(dispute[2]);
    return day === null ? null : { dispute: { open: dispute[1] === "opened", day } };
  }
  const called = CALLED.exec(text);
  const day = called ? isoDay(called[1]) : null;
  return day === null ? null : { called: day };
}

/** The words of an interval, as PAYMENTPLAN's interval argument names it where it can. */
function intervalText(interval: Interval): string {
  if ("months" in interval) return interval.months === 1 ? "monthly" : interval.months === 3 ? "quarterly" : `every ${interval.months} months`;
  return interval.days === 7 ? "weekly" : interval.days === 14 ? "biweekly" : `every ${interval.days} days`;
}

function readInterval(text: string): Interval | null {
  const named: Readonly<Record<string, Interval>> = { monthly: { months: 1 }, quarterly: { months: 3 }, weekly: { days: 7 }, biweekly: { days: 14 } };
  const every = /^every (\d+) (days|months)$/.exec(text);
  if (!every) return named[text] ?? null;
  const count = Number(every[1]);
  if (count < 1) return null;
  return every[2] === "days" ? { days: count } : { months: count };
}

function isoDay(text: string | undefined): Day | null {
  const day = dayFromIsoText(text ?? "");
  return typeof day === "number" ? day : null;
}
