import type ExcelJS from "exceljs";
import type { FileBook } from "./fileBook";
import { displayText } from "./displayText";

/** Widths in characters: wide enough for a date or an amount, never wider than a long reason. */
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;
/** Text longer than a column can show wraps instead of being cut ("Wait — R1:"). */
export const WRAP_AFTER = MAX_WIDTH;

/**
 * The width (in characters) that shows every value of some cells of a column as its number
 * format shows it — no `###` for a date or an amount — up to 60, beyond which text wraps. Numbers
 * are measured by their extremes only (the longest shown number is the largest or the most
 * negative one), so 100,000 rows cost one pass and two formattings.
 *
 * @example
 * fittedWidth(book, sheet, 9, [4, 5, 6]) //=> 14 (the longest next-contact date, and padding)
 */
export function fittedWidth(book: FileBook, sheet: ExcelJS.Worksheet, column: number, rows: Iterable<number>): number {
  let longest = 0;
  const extremes = new Map<string, { low: number; high: number; row: number }>();
  for (const row of rows) {
    const value = book.value(sheet, row, column);
    if (typeof value !== "number") {
      longest = Math.max(longest, shownLength(book, sheet, row, column));
      continue;
    }
    const format = book.numberFormat(sheet, row, column);
    const known = extremes.get(format);
    if (!known) extremes.set(format, { low: value, high: value, row });
    else extremes.set(format, { low: Math.min(known.low, value), high: Math.max(known.high, value), row: known.row });
  }
  for (const [format, { low, high }] of extremes) {
    for (const value of [low, high]) longest = Math.max(longest, displayText(value, format, book.date1904).length);
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2));
}

/**
 * How many characters a cell shows (the longest line of its text).
 *
 * @example
 * shownLength(book, sheet, 4, 9) //=> 10 ("2026-03-02")
 */
export function shownLength(book: FileBook, sheet: ExcelJS.Worksheet, row: number, column: number): number {
  const format = book.numberFormat(sheet, row, column);
  const text = displayText(book.value(sheet, row, column), format, book.date1904);
  return Math.max(0, ...text.split("\n").map((line) => line.length));
}
