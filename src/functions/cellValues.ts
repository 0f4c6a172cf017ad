import { amountLimitMessage, dateMessage } from "../core/cellMessages";
import { readNumberCell, type NumberKind } from "../core/cellNumber";
import { readDateText } from "../core/dateText";
import { dayFromIsoText, dayFromSerial, dayOfLocalDate, type Day } from "../core/days";
import type { Policy } from "../core/policy";
import { problem, quoted, type Why } from "../core/problems";
import { type CellErrorCode } from "./cellError";

/**
 * A bad argument, raised by the readers below and turned into `#VALUE!` with this message by
 * the runner (runFunction.ts). Throwing keeps every wrapper a one-liner; it never leaves the functions layer.
 */
export class BadArgument extends Error {
  constructor(
    message: string,
    /** The error the cell shows: #VALUE! for bad input, or the input's own error, passed on. */
    readonly code: CellErrorCode = "#VALUE!",
  ) {
    super(message);
  }
}

/**
 * The single value of an argument, in the shapes Excel hands over: a 1×1 range becomes its
 * value; a rich value (a formatted number, a string or boolean data type) its basic value; an
 * error cell passes its error on, as Excel's own functions do (Excel itself never calls us with
 * one: our metadata does not set allowErrorForDataTypeAny; files and tests can); an entity or
 * any other object, and a larger range, are refused with a message that names the argument.
 */
export function single(value: unknown, name: string): unknown {
  if (Array.isArray(value)) {
    const row: unknown = value.length === 1 ? value[0] : undefined;
    if (Array.isArray(row) && row.length === 1) return single(row[0], name);
    throw new BadArgument(problem(name, "notASingleValue"));
  }
  if (typeof value !== "object" || value === null) return value;
  return objectValue(value as Record<string, unknown>, name);
}

const ERROR_CODES = new Set<string>(["#VALUE!", "#N/A", "#DIV/0!", "#NUM!", "#NULL!", "#NAME?", "#REF!", "#CALC!", "#SPILL!", "#GETTING_DATA", "#FIELD!", "#BUSY!", "#CONNECT!", "#BLOCKED!", "#UNKNOWN!"]);

function objectValue(value: Record<string, unknown>, name: string): unknown {
  const basic = value.basicValue;
  const rich = typeof value.type === "string" && value.type !== "Error";
  if (rich && value.type !== "Entity" && ["number", "string", "boolean"].includes(typeof basic)) return basic;
  // CustomFunctions.Error carries `code`, ExcelJS `error`, a rich error `errorType`/`basicValue`.
  const code = [value.code, value.error, basic].find((part): part is string => typeof part === "string" && ERROR_CODES.has(part));
  if (!rich && code !== undefined) throw new BadArgument(quoted.errorValue(name, code), outputCode(code));
  throw new BadArgument(problem(name, "notAValue"));
}

/** The error a cell may show for an input error: #NAME?, #REF! and newer codes cannot be raised, so #VALUE!. */
function outputCode(code: string): CellErrorCode {
  return code === "#N/A" || code === "#DIV/0!" || code === "#NUM!" || code === "#NULL!" ? code : "#VALUE!";
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
  if (day === "notADate") throw new BadArgument(typeof cell !== "string" ? `${name} must be a date, not ${shownKind(cell)}` : problem(name, day));
  throw new BadArgument(dateMessage(name, cell, day, rules.dateSystem));
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

/** What reading a number needs from the policy: the decimal separator and the currency. */
export type NumberRulesOfPolicy = Pick<Policy, "decimalSeparator" | "currency">;

/**
 * Reads a number, amount or rate with the one cell reader (`readNumberCell`): numbers stored as
 * text in the sheet's convention ("1,250.00", "31,5", "4%" for a rate) are accepted. Blank
 * gives `fallback`.
 */
export function optionalNumber(value: unknown, name: string, fallback: number | null, rules: NumberRulesOfPolicy = NO_RULES, kind: NumberKind = "number"): number | null {
  const cell = single(value, name);
  const number = readNumberCell(cell, kind, { separator: rules.decimalSeparator, currency: rules.currency, scope: "single" });
  if (number === null) return fallback;
  if (typeof number === "number") return number;
  if (number === "tooLargeAmount") throw new BadArgument(amountLimitMessage(name, cell));
  throw new BadArgument(number === "notANumber" ? quoted.notANumber(name, cell) : problem(name, number));
}

const NO_RULES: NumberRulesOfPolicy = { decimalSeparator: ".", currency: "USD" };

/**
 * Reads an amount of money, within what cents can count (MAX_AMOUNT); blank is 0 on every
 * host. Text amounts as accountants type them ("Rp 1.250.000", "(1,234.00)", "1 234,56 €") are
 * read with the policy's decimal separator and currency (`readNumberCell`).
 */
export function requiredAmount(value: unknown, name: string, rules: NumberRulesOfPolicy): number {
  return optionalNumber(value, name, 0, rules, "amount") ?? 0;
}

/** Reads a whole number within bounds (counts: reminders sent, instalments); blank gives `fallback`, or is required. */
export function wholeNumber(value: unknown, name: string, fallback: number | null, min: number, max: number): number {
  const number = optionalNumber(value, name, fallback);
  // Desktop's empty cell is 0, the web's null: a required count above 0 gives them one answer.
  if (fallback === null && min > 0 && (number === null || number === 0)) throw new BadArgument(quoted.requiredCount(name, min));
  if (number === null) throw new BadArgument(problem(name, "required"));
  if (!Number.isInteger(number)) throw new BadArgument(problem(name, "notWhole"));
  if (number < min) throw new BadArgument(problem(name, min === 0 ? "negative" : "notPositive"));
  if (number > max) throw new BadArgument(quoted.tooLarge(name, max));
  return number;
}

/** Reads a rate from 0 to 1 (a percentage cell gives 0.25 for 25%, and so does "25%"); blank gives null. */
export function optionalRate(value: unknown, name: string, rules: NumberRulesOfPolicy = NO_RULES): number | null {
  const rate = optionalNumber(value, name, null, rules, "rate");
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
