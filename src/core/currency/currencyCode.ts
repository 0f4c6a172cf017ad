import { currencyNames, foldCurrencyText } from "./currencyNames";

/** What a currency text names: an ISO 4217 code, a bare "$" (several currencies write it), or nothing known. */
export type CurrencyMark = { readonly code: string } | "dollar" | null;

const byName = new Map<string, string>(
  Object.entries(currencyNames).flatMap(([code, names]) => [[code.toLowerCase(), code] as const, ...names.map((name) => [foldCurrencyText(name), code] as const)]),
);
const isoCodes = new Set(Intl.supportedValuesOf("currency"));

/**
 * The currency a text names: an ISO code in any case ("eur"), a symbol ("€", "฿", "£", "₹"), a
 * prefixed dollar ("US$", "S$"), a local abbreviation or name ("Rp", "บาท", "Ls", "euro"). A bare
 * "$" is "dollar": the caller decides which dollar (the policy's, else USD) and says so.
 *
 * @param text - a currency column's cell, a mark cut from an amount, a header word
 * @returns the code, "dollar", or null when the text names no currency
 *
 * @example
 * currencyCode("Rp")    //=> { code: "IDR" }
 * currencyCode("บาท")   //=> { code: "THB" }
 * currencyCode("US$")   //=> { code: "USD" }
 * currencyCode("$")     //=> "dollar"
 * currencyCode("Total") //=> null
 */
export function currencyCode(text: string): CurrencyMark {
  const folded = foldCurrencyText(text);
  if (folded === "$") return "dollar";
  const named = byName.get(folded);
  if (named !== undefined) return { code: named };
  const upper = folded.toUpperCase();
  return /^[A-Z]{3}$/.test(upper) && isoCodes.has(upper) ? { code: upper } : null;
}

/**
 * The ISO code of a text only when it names one currency: a bare "$" and unknown words give null.
 *
 * @example
 * isoCurrencyCode(" gbp ") //=> "GBP"
 * isoCurrencyCode("$")     //=> null
 */
export function isoCurrencyCode(text: string): string | null {
  const mark = currencyCode(text);
  return mark !== null && mark !== "dollar" ? mark.code : null;
}
