import { currencyCode, type CurrencyMark } from "./currencyCode";

/**
 * The currency an amount or balance header names: in brackets ("Jumlah (Rp)", "ยอดคงเหลือ
 * (บาท)", "Amount [£]"), or as a word of its own ("Atlikums EUR", "Balance in IDR", "€ Balance").
 * Codes count only in capitals ("Summa EUR"), so an ordinary word that happens to be a code in
 * lower case ("all") is not read as one.
 *
 * @param header - the header text
 * @returns the code, "dollar" for "($)", or null
 *
 * @example
 * currencyOfHeader("Atlikums EUR")      //=> { code: "EUR" }
 * currencyOfHeader("Jumlah (Rp)")       //=> { code: "IDR" }
 * currencyOfHeader("ยอดคงเหลือ (บาท)")  //=> { code: "THB" }
 * currencyOfHeader("Open Balance ($)")  //=> "dollar"
 * currencyOfHeader("Sisa Piutang")      //=> null
 */
export function currencyOfHeader(header: unknown): CurrencyMark {
  if (typeof header !== "string") return null;
  const bracketed = [...header.matchAll(/[([]([^()[\]]+)[)\]]/g)].map((match) => match[1] ?? "");
  for (const text of bracketed) {
    const mark = markOf(text.trim());
    if (mark !== null) return mark;
  }
  for (const word of header.split(/[\s()[\]:,/]+/u).filter((each) => each !== "")) {
    const mark = markOf(word);
    if (mark !== null) return mark;
  }
  // Thai is written without spaces: "ยอดคงเหลือบาท".
  return /บาท/u.test(header) ? { code: "THB" } : null;
}

function markOf(text: string): CurrencyMark {
  if (/^[A-Za-z]{3}$/.test(text) && text !== text.toUpperCase()) return null;
  return currencyCode(text);
}
