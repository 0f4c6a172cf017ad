const DAY_MS = 86_400_000;
const UNIX_EPOCH_SERIAL = 25_569;
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A value as a spreadsheet shows it, with its number format reasonably applied: dates with
 * their format's day, month and year codes (yyyy-mm-dd when it has none), percentages,
 * thousands separators and fixed decimals; text and booleans as they are.
 *
 * @example
 * displayText(46027, "dd/mm/yyyy", true, false) //=> "05/01/2026"
 * displayText(1250.5, "#,##0.00", false, false) //=> "1,250.50"
 */
export function displayText(value: unknown, format: string, isDate: boolean, date1904: boolean): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number" || !Number.isFinite(value)) return typeof value === "string" ? value : value === null || value === undefined ? "" : JSON.stringify(value);
  if (isDate) return dateText(value + (date1904 ? 1_462 : 0), format);
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

function dateText(serial: number, format: string): string {
  const date = new Date(Math.round((serial - UNIX_EPOCH_SERIAL) * DAY_MS));
  const pad = (n: number) => String(n).padStart(2, "0");
  const codes = format.replace(/\[[^\]]*\]/g, "").replace(/[\\"]/g, "");
  if (!/[dmy]/i.test(codes)) return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return codes.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d|hh|h|ss/gi, (code) => {
    switch (code.toLowerCase()) {
      case "yyyy": return String(date.getUTCFullYear());
      case "yy": return pad(date.getUTCFullYear() % 100);
      case "mmmm": case "mmm": return MONTHS[date.getUTCMonth()] ?? "";
      case "mm": return pad(date.getUTCMonth() + 1);
      case "m": return String(date.getUTCMonth() + 1);
      case "dd": return pad(date.getUTCDate());
      case "d": return String(date.getUTCDate());
      case "hh": case "h": return pad(date.getUTCHours());
      default: return pad(date.getUTCSeconds());
    }
  });
}
