import { dateTimeText, isDateTimeFormat } from "./dateTimeText";

/**
 * A value as a spreadsheet shows it, with its number format reasonably applied: dates and times
 * as Excel shows them in their format (`dateTimeText`), percentages, thousands separators and
 * fixed decimals; text and booleans as they are.
 *
 * @example
 * displayText(46027, "dd/mm/yyyy", false)     //=> "05/01/2026"
 * displayText(0.2695, "hh:mm:ss", false)      //=> "06:28:05"
 * displayText(1250.5, "#,##0.00", false)      //=> "1,250.50"
 */
export function displayText(value: unknown, format: string, date1904: boolean): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number" || !Number.isFinite(value)) return typeof value === "string" ? value : value === null || value === undefined ? "" : JSON.stringify(value);
  if (isDateTimeFormat(format)) return dateTimeText(value + (date1904 ? 1_462 : 0), format);
  const codes = format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "").split(";")[0] ?? "";
  if (codes === "" || /general/i.test(codes) || codes === "@") return generalText(value);
  const decimals = /\.([0#]+)/.exec(codes)?.[1]?.length ?? 0;
  const percent = codes.includes("%");
  const shown = percent ? value * 100 : value;
  const text = shown.toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: codes.includes(",") });
  return percent ? `${text}%` : text;
}

function generalText(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
}
