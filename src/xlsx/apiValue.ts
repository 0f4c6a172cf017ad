import type ExcelJS from "exceljs";

const UNIX_EPOCH_SERIAL = 25_569; // 1970-01-01 in the 1900 date system
const DAY_MS = 86_400_000;
const SYSTEM_1904_OFFSET = 1_462; // days between the 1900 and 1904 systems' serial 0

/**
 * An ExcelJS cell value as Excel's API gives it: dates as serials (of the workbook's date system),
 * rich text and hyperlinks as their text, a formula as its cached result, an error as its code,
 * empty as "".
 *
 * @example
 * apiValue(new Date(Date.UTC(2026, 1, 15)), false) //=> 46068
 * apiValue({ formula: "SUM(A1:A2)", result: 3 }, false) //=> 3
 */
export function apiValue(value: ExcelJS.CellValue | undefined, date1904: boolean): unknown {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return value;
  if (value instanceof Date) return (value.getTime() + UNIX_EPOCH_SERIAL * DAY_MS) / DAY_MS - (date1904 ? SYSTEM_1904_OFFSET : 0);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return apiValue(value.text, date1904);
  if ("formula" in value || "sharedFormula" in value) return apiValue((value as { result?: ExcelJS.CellValue }).result ?? null, date1904);
  if ("error" in value) return value.error;
  return "";
}

/**
 * The formula of an ExcelJS cell value (without "="), or null; a shared formula's follower
 * cells carry only a reference to the master and read as null.
 *
 * @example
 * formulaText({ formula: "SUM(A1:A2)", result: 3 }) //=> "SUM(A1:A2)"
 */
export function formulaText(value: ExcelJS.CellValue | undefined): string | null {
  return typeof value === "object" && value !== null && "formula" in value && typeof value.formula === "string" ? value.formula : null;
}
