import { LONGEST_NUMBER_TEXT, type DecimalSeparator } from "./amountText";
import { readNumberCell } from "./cellNumber";
import { readDateText, type DateOrder } from "./dateText";
import { dayFromSerial, type DateProblem, type DateSystem, type Day } from "./days";

/**
 * Whether a cell is empty: null or undefined (Excel on the web), "" or only spaces.
 *
 * @example
 * isBlankCell("  ") //=> true
 * isBlankCell(0)    //=> false
 */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * A cell as trimmed text: numbers (invoice 1001, a phone number) as their digits; blank is null.
 *
 * @example
 * cellText("  Acme Ltd ") //=> "Acme Ltd"
 * cellText(1001)          //=> "1001"
 * cellText("")            //=> null
 */
export function cellText(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value.replace(/\s+/g, " ").trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return null;
}

/**
 * Whether an Excel number format shows dates: it has a day or year code, or months without
 * hours, minutes or seconds. Quoted text, escaped characters, "[$-409]" locale tags and "[Red]"
 * colours are ignored, so "0.00 \"days\"" is not a date format.
 *
 * @example
 * isDateFormat("[$-409]d-mmm-yy;@") //=> true
 * isDateFormat("#,##0.00")          //=> false
 * isDateFormat("[h]:mm")            //=> false
 */
export function isDateFormat(format: unknown): boolean {
  if (typeof format !== "string") return false;
  const codes = format.replace(/"[^"]*"/g, "").replace(/[\\_*]./g, "").replace(/\[[^\]]*\]/g, "");
  return /[dy]/i.test(codes) || (/m/i.test(codes) && !/[hs:]/i.test(codes));
}

/**
 * Reads a date cell: a number is a date serial whatever its format (an 8-digit number such as
 * 20260105 is read as yyyymmdd, being far beyond the last serial); text is read with `readDateText`.
 *
 * @example
 * readDateCell(46027, 1900, "dayFirst")        //=> 20458 (2026-01-05)
 * readDateCell("05/01/2026", 1900, "dayFirst") //=> 20458
 * readDateCell(20260105, 1900, "dayFirst")     //=> 20458
 */
export function readDateCell(value: unknown, system: DateSystem, order: DateOrder): Day | DateProblem {
  if (typeof value === "string") return readDateText(value, order);
  if (typeof value !== "number") return "notADate";
  if (Number.isInteger(value) && value >= 19_000_101 && value <= 99_991_231) {
    const digits = String(value);
    return readDateText(`${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`, order);
  }
  return dayFromSerial(value, system);
}

/**
 * Reads an amount cell of a column whose decimal separator is known (`readNumberCell`): a
 * number as it is, text as `readAmountText` reads it; blank and anything else are not amounts.
 *
 * @example
 * readAmountCell(1250, ".")           //=> 1250
 * readAmountCell("Rp 1.250.000", ",") //=> 1250000
 * readAmountCell(true, ".")           //=> "notAnAmount"
 * readAmountCell(1e15, ".")           //=> "tooLargeAmount" (above MAX_AMOUNT, the desk's one limit)
 */
export function readAmountCell(value: unknown, separator: DecimalSeparator): number | "notAnAmount" | "tooLargeAmount" {
  const amount = readNumberCell(value, "amount", { separator, scope: "column" });
  return typeof amount === "number" ? amount : amount === "tooLargeAmount" ? amount : "notAnAmount";
}

/**
 * Reads a whole number such as a count of days or reminders: 34, "34", "34 days", "34 hari".
 *
 * @example
 * readWholeNumber("34 days") //=> 34
 * readWholeNumber(2.5)       //=> undefined
 */
export function readWholeNumber(value: unknown): number | undefined {
  if (typeof value === "number") return Number.isInteger(value) ? value : undefined;
  if (typeof value !== "string" || value.length > LONGEST_NUMBER_TEXT) return undefined;
  // Trimmed first: two \s* around an optional word would backtrack quadratically on long spaces.
  const match = /^([-+]?\d+)(?:\s*(?:days?|hari|dienas|วัน))?$/i.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

/**
 * Reads a rate such as a margin: 0.25, "25%", or 25 (a number above 1 and at most 100 is read
 * as percent, a gross margin being at most 100%). Percent-formatted numbers are rates already.
 *
 * @example
 * readRate("25%", "General") //=> 0.25
 * readRate(25, "General")    //=> 0.25
 * readRate(0.25, "0%")       //=> 0.25
 * readRate("4,5%", "General", ",") //=> 0.045
 */
export function readRate(value: unknown, format: unknown, separator: DecimalSeparator = "."): number | undefined {
  const number = readNumberCell(value, "rate", { separator, scope: "column" });
  if (typeof number !== "number") return undefined;
  if (typeof value === "string" && value.trim().endsWith("%")) return number;
  if ((typeof format === "string" && format.includes("%")) || Math.abs(number) <= 1) return number;
  return Math.abs(number) <= 100 ? number / 100 : undefined;
}
