// Pure: the small form of a "Record" click (the pane's fields, the CLI's options) read into the
// step it records, or the message a person can act on. One reader, so the pane and
// `dunning-desk record` accept and refuse the same input.
import { dayFromIsoText, isoTextOfDay, type Day } from "../core/days";
import type { Interval } from "../core/paymentPlan";
import type { StepKind, StepRecord } from "./stepRecord";

/** The form's fields as typed (blank: not given). */
export interface StepFields {
  readonly payBy?: string | null;
  readonly amount?: string | null;
  readonly instalments?: string | null;
  readonly first?: string | null;
  readonly every?: string | null;
}

/** The words the CLI (and a user) may name a step by. */
const KIND_WORDS: Readonly<Record<string, StepKind>> = {
  promise: "promise", "promise-to-pay": "promise", plan: "plan", "payment-plan": "plan",
  dispute: "disputeOpened", "dispute-opened": "disputeOpened", resolved: "disputeResolved", "dispute-resolved": "disputeResolved", call: "call",
};

/** The intervals PAYMENTPLAN names (a whole number of days is read too). */
const NAMED_INTERVALS: Readonly<Record<string, Interval>> = { monthly: { months: 1 }, quarterly: { months: 3 }, weekly: { days: 7 }, biweekly: { days: 14 }, fortnightly: { days: 14 } };

/**
 * The step a word names ("promise", "plan", "dispute", "resolved", "call"), or null.
 *
 * @example
 * stepKindOf("Dispute-Resolved") //=> "disputeResolved"
 */
export function stepKindOf(word: string): StepKind | null {
  return KIND_WORDS[word.trim().toLowerCase()] ?? null;
}

/**
 * Reads the form of a step: a promise needs the day it runs to (today or later; an amount is
 * optional), a plan its number of instalments (1–120), the first instalment's day and the
 * interval (monthly when blank; quarterly, weekly, biweekly or a number of days, as PAYMENTPLAN);
 * the other steps need nothing.
 *
 * @param today - the day of the record (a promise cannot run to a day already past)
 *
 * @example
 * readStepForm("promise", { payBy: "2026-12-20", amount: "500" }, 20789) //=> { ok: true, record: { kind: "promise", payBy: 20807, amount: 500 } }
 * readStepForm("promise", {}, 20789) //=> { ok: false, message: "A promise needs the date it runs to (yyyy-mm-dd)." }
 */
export function readStepForm(kind: StepKind, fields: StepFields, today: Day): { readonly ok: true; readonly record: StepRecord } | { readonly ok: false; readonly message: string } {
  const fail = (message: string) => ({ ok: false as const, message });
  if (kind === "promise") {
    const payBy = dateField(fields.payBy);
    if (payBy === null) return fail("A promise needs the date it runs to (yyyy-mm-dd).");
    if (payBy < today) return fail(`The promised date ${isoTextOfDay(payBy)} has passed: a promise runs to today or later.`);
    const amount = blank(fields.amount) ? null : Number(fields.amount?.trim());
    if (amount !== null && !(Number.isFinite(amount) && amount > 0)) return fail(`The promised amount must be a number above 0, written with a point (got "${fields.amount ?? ""}").`);
    return { ok: true, record: { kind, payBy, amount } };
  }
  if (kind === "plan") {
    const count = Number(fields.instalments?.trim());
    if (blank(fields.instalments) || !Number.isInteger(count) || count < 1 || count > 120) return fail(`A plan needs its number of instalments, a whole number from 1 to 120 (got "${fields.instalments ?? ""}").`);
    const first = dateField(fields.first);
    if (first === null) return fail("A plan needs the date of its first instalment (yyyy-mm-dd).");
    const interval = intervalField(fields.every);
    if (interval === null) return fail(`The interval must be monthly, quarterly, weekly, biweekly or a number of days from 1 to 3660 (got "${fields.every ?? ""}").`);
    return { ok: true, record: { kind, count, first, interval } };
  }
  return { ok: true, record: { kind } };
}

function blank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === "";
}

function dateField(text: string | null | undefined): Day | null {
  const trimmed = text?.trim() ?? "";
  const day = /^\d{4}-\d\d-\d\d$/.test(trimmed) ? dayFromIsoText(trimmed) : null;
  return typeof day === "number" ? day : null;
}

function intervalField(text: string | null | undefined): Interval | null {
  if (blank(text)) return { months: 1 };
  const word = text?.trim().toLowerCase() ?? "";
  const days = Number(word.replace(/\s*days?$/, ""));
  if (Number.isInteger(days) && days >= 1 && days <= 3_660) return { days };
  return NAMED_INTERVALS[word] ?? null;
}
