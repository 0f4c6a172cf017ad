import { currencyCode, type CurrencyMark } from "./currencyCode";

// Excel writes the locale after a bracketed symbol ([$$-409]); a "$" with one of these locales
// is that country's dollar, any other "$" stays a bare dollar.
const dollarLocales: Readonly<Record<string, string>> = { "409": "USD", "1009": "CAD", c09: "AUD", "1409": "NZD", "4809": "SGD", "3c09": "HKD" };

/**
 * The currency an Excel number format shows: a bracketed symbol with its locale (`[$€-1809]`,
 * `[$EUR]`, `[$Rp-421]`), a quoted or escaped literal (`"£"#,##0.00`, `\£#,##0`, `#,##0 "Kč"`)
 * or a bare `$` (`$#,##0.00`). Only the positive section counts; a locale-only tag (`[$-409]`)
 * and date or plain formats name none.
 *
 * @param format - the cell's number format
 * @returns the code, "dollar" for a bare "$", or null
 *
 * @example
 * currencyOfFormat("[$€-1809]#,##0.00") //=> { code: "EUR" }
 * currencyOfFormat('"£"#,##0.00')       //=> { code: "GBP" }
 * currencyOfFormat("[$$-409]#,##0.00")  //=> { code: "USD" }
 * currencyOfFormat("$#,##0.00")         //=> "dollar"
 * currencyOfFormat("#,##0.00")          //=> null
 */
export function currencyOfFormat(format: unknown): CurrencyMark {
  if (typeof format !== "string" || format === "" || format === "General") return null;
  const positive = firstSection(format);
  for (const [, symbol = "", locale = ""] of positive.matchAll(/\[\$([^\]-]*)(?:-([0-9A-Za-z-]+))?\]/g)) {
    if (symbol === "") continue;
    if (symbol === "$") return dollarLocales[locale.toLowerCase()] ? { code: dollarLocales[locale.toLowerCase()] ?? "" } : "dollar";
    const mark = currencyCode(symbol);
    if (mark !== null) return mark;
  }
  const literals = [...positive.matchAll(/"([^"]*)"|\\(.)/g)].map((match) => match[1] ?? match[2] ?? "");
  for (const literal of literals) {
    const mark = currencyCode(literal.trim());
    if (mark !== null) return mark;
  }
  const bare = positive.replace(/\[[^\]]*\]|"[^"]*"|\\./g, "");
  if (bare.includes("$")) return "dollar";
  const symbol = /[€£฿₹₱₫]/u.exec(bare);
  return symbol ? currencyCode(symbol[0]) : null;
}

/** The format's first section, up to an unquoted ";". */
function firstSection(format: string): string {
  let quoted = false;
  for (let index = 0; index < format.length; index += 1) {
    const character = format[index];
    if (character === '"') quoted = !quoted;
    if (character === "\\") index += 1;
    else if (character === ";" && !quoted) return format.slice(0, index);
  }
  return format;
}
