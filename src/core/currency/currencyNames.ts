/**
 * How sheets write each currency besides its ISO 4217 code: symbols, local abbreviations and
 * names in English, Indonesian, Latvian and Thai. A catalog, not code: a reviewer adds a
 * spelling here without touching the detector. Entries are matched after `foldCurrencyText`
 * (lower case, accents and dots dropped), so "Rp." and "rp" are one. A bare "$" and "¥" are
 * left out on purpose: several currencies write them (see `currencyCode`).
 *
 * @example
 * currencyNames.IDR //=> ["rp", "rupiah"]
 */
export const currencyNames: Readonly<Record<string, readonly string[]>> = {
  USD: ["us$", "u.s.$", "us dollar", "us dollars", "dolar as", "asv dolars", "ดอลลาร์สหรัฐ"],
  EUR: ["€", "euro", "euros", "eiro", "ยูโร"],
  GBP: ["£", "pound sterling", "sterling", "pounds sterling", "stg"],
  IDR: ["rp", "rupiah"],
  THB: ["฿", "บาท", "baht"],
  // The lats, Latvia's currency until 2014: old lists still carry it.
  LVL: ["ls", "lats", "lati", "latu"],
  SGD: ["s$", "sg$"],
  AUD: ["a$", "au$"],
  CAD: ["c$", "ca$"],
  NZD: ["nz$"],
  HKD: ["hk$"],
  MYR: ["rm", "ringgit"],
  PHP: ["₱", "peso"],
  VND: ["₫", "dong"],
  INR: ["₹", "rupee", "rupees"],
  PLN: ["zł", "zloty"],
  CHF: ["sfr"],
};

/**
 * Currency text folded for matching: trimmed, lower case, Latin accents dropped, inner spaces
 * made one, dots dropped ("Rp." and "rp" are one).
 *
 * @example
 * foldCurrencyText(" Rp. ") //=> "rp"
 * foldCurrencyText("Eiro")  //=> "eiro"
 */
export function foldCurrencyText(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").replace(/\./g, "").trim();
}
