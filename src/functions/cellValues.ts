import { readAmountText } from "../core/amountText";
import { readDateText } from "../core/dateText";
import { dayFromIsoText, dayFromSerial, dayOfLocalDate, type Day } from "../core/days";
import type { Policy } from "../core/policy";
import { problem, quoted, type Why } from "../core/problems";

/**
 * A bad argument, raised by the readers below and turned into `#VALUE!` with this message by
 * `runCell`. Throwing keeps every wrapper a one-liner; it never leaves the functions layer.
 */
export class BadArgument extends Error {}

/** Excel hands an error argument over as an object with a `code` ("#N/A", "#DIV/0!", …). */
function errorCode(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" ? code : "an error value";
}

/**
 * The single value of an argument: a 1×1 range becomes its value; an error value or a
 * larger range is refused with a message that names the argument.
 */
export function single(value: unknown, name: string): unknown {
  if (Array.isArray(value)) {
    const row: unknown = value.length === 1 ? value[0] : undefined;
    if (Array.isArray(row) && row.length === 1) return single(row[0], name);
    throw new BadArgument(problem(name, "notASingleValue"));
  }
  const code = errorCode(value);
  if (code !== undefined) throw new BadArgument(quoted.errorValue(name, code));
  return value;
}

/** Whether a value is an empty cell: null on the web, "" for empty text. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}

/** What reading a date needs from the policy: the date system, and the order of text dates. */
export type DateRules = Pick<Policy, "dateSystem" | "dateOrder">;

/**
 * Reads a date argument: an Excel serial, ISO text, or — when the policy names an order — text
 * such as 04/02/2026 or "4 Februari 2026". Blank and 0 (desktop's empty cell) give null.
 */
export function optionalDay(value: unknown, name: string, rules: DateRules): Day | null {
  const cell = single(value, name);
  if (isBlank(cell) || cell === 0) return null;
  const day = typeof cell === "number" ? dayFromSerial(cell, rules.dateSystem) : typeof cell === "string" ? dayOfText(cell, rules) : "notADate";
  if (typeof day === "number") return day;
  throw new BadArgument(day === "notADate" && typeof cell !== "string" ? `${name} must be a date, not ${shownKind(cell)}` : problem(name, day));
}

function dayOfText(text: string, rules: DateRules) {
  const iso = dayFromIsoText(text);
  return iso === "notADate" && rules.dateOrder !== "iso" ? readDateText(text, rules.dateOrder) : iso;
}

/** Reads a date argument that must be there. */
export function requiredDay(value: unknown, name: string, rules: DateRules): Day {
  const day = optionalDay(value, name, rules);
  if (day === null) throw new BadArgument(problem(name, "required"));
  return day;
}

/** The as-of date: the argument, or today on the user's clock when it is left out. */
export function asOfDay(value: unknown, rules: DateRules): Day {
  return optionalDay(value, "asOf", rules) ?? dayOfLocalDate(new Date());
}

/** Reads a number; numbers stored as text ("1,250.00") are accepted. Blank gives `fallback`. */
export function optionalNumber(value: unknown, name: string, fallback: number | null): number | null {
  const cell = single(value, name);
  if (isBlank(cell)) return fallback;
  if (typeof cell === "number" && Number.isFinite(cell)) return cell;
  const text = typeof cell === "string" ? /^\s*([-+]?[\d,]*\.?\d+)\s*$/.exec(cell)?.[1] : undefined;
  if (text === undefined) throw new BadArgument(quoted.notANumber(name, cell));
  return Number(text.replace(/,/g, ""));
}

/** Reads a number that must be there. */
export function requiredNumber(value: unknown, name: string): number {
  const number = optionalNumber(value, name, null);
  if (number === null) throw new BadArgument(problem(name, "required"));
  return number;
}

/**
 * Doubles count cents exactly only up to about 9 × 10^13; a larger "balance" is a typo or a
 * wrong column, and would come back as a rounded or infinite amount.
 */
export const MAX_AMOUNT = 1e13;

/**
 * Reads an amount of money that must be there, within what cents can count. Text amounts as
 * accountants type them ("Rp 1.250.000", "(1,234.00)", "1 234,56 €") are read with the
 * policy's decimal separator.
 */
export function requiredAmount(value: unknown, name: string, rules: Pick<Policy, "decimalSeparator">): number {
  const cell = single(value, name);
  const text = typeof cell === "string" && !isBlank(cell) ? readAmountText(cell, rules.decimalSeparator) : undefined;
  if (text === "notAnAmount") throw new BadArgument(quoted.notANumber(name, cell));
  const amount = text ?? requiredNumber(cell, name);
  if (Math.abs(amount) > MAX_AMOUNT) throw new BadArgument(problem(name, "tooLargeAmount"));
  return amount;
}

/** Reads a whole number within bounds (counts: reminders sent, instalments). */
export function wholeNumber(value: unknown, name: string, fallback: number | null, min: number, max: number): number {
  const number = fallback === null ? requiredNumber(value, name) : (optionalNumber(value, name, fallback) ?? fallback);
  if (!Number.isInteger(number)) throw new BadArgument(problem(name, "notWhole"));
  if (number < min) throw new BadArgument(problem(name, min === 0 ? "negative" : "notPositive"));
  if (number > max) throw new BadArgument(quoted.tooLarge(name, max));
  return number;
}

/** Reads a rate from 0 to 1 (a percentage cell gives 0.25 for 25%); blank gives null. */
export function optionalRate(value: unknown, name: string): number | null {
  const rate = optionalNumber(value, name, null);
  if (rate !== null && (rate < 0 || rate > 1)) throw new BadArgument(problem(name, "notARate"));
  return rate;
}

/** Reads text; blank (and desktop's 0 for an empty cell) give "". */
export function optionalText(value: unknown, name: string): string {
  const cell = single(value, name);
  if (isBlank(cell) || cell === 0) return "";
  if (typeof cell !== "string") throw new BadArgument(quoted.notText(name, cell));
  return cell;
}

/** Throws the catalog message for a reason. */
export function refuse(name: string, reason: Why): never {
  throw new BadArgument(problem(name, reason));
}

function shownKind(value: unknown): string {
  return typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : "an unreadable value";
}
