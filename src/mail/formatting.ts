import { format } from "date-fns";
import { enUS, id, lv, th, type Locale } from "date-fns/locale";
import { formatCurrency } from "../core/currency/formatCurrency";
import { utcDateOfDay, type Day } from "../core/days";
import type { Language } from "./language";

const dateLocales: Readonly<Record<Language, Locale>> = { en: enUS, id, lv, th };
const numberLocales: Readonly<Record<Language, string>> = { en: "en-US", id: "id-ID", lv: "lv-LV", th: "th-TH" };

/**
 * A day as a long date in the language (date-fns `PPP`). Thai dates use the Gregorian year
 * (date-fns has no Buddhist calendar); a Thai reader understands it, and business mail often uses it.
 *
 * @example
 * formatDay(20484, "en") //=> "January 31st, 2026"
 * formatDay(20484, "lv") //=> "2026. gada 31. janvāris"
 */
export function formatDay(day: Day, language: Language): string {
  // A Day is a UTC calendar day; shift it to a local-midnight date so format() shows that same day.
  const utc = utcDateOfDay(day);
  const local = new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  return format(local, "PPP", { locale: dateLocales[language] });
}

/**
 * A day as a short date in the language (date-fns `P`), for tables.
 *
 * @example
 * formatShortDay(20484, "en") //=> "01/31/2026"
 */
export function formatShortDay(day: Day, language: Language): string {
  const utc = utcDateOfDay(day);
  const local = new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  return format(local, "P", { locale: dateLocales[language] });
}

/**
 * An amount of money in the language and currency, as Intl writes it (core/currency's one formatter).
 *
 * @example
 * formatMoney(1234.5, "EUR", "lv") //=> "1 234,50 €"
 */
export function formatMoney(amount: number, currency: string, language: Language): string {
  return formatCurrency(amount, currency, numberLocales[language]);
}

const percentFormats = new Map<Language, Intl.NumberFormat>();

/**
 * A rate as a percentage in the language.
 *
 * @example
 * formatPercent(0.055, "en") //=> "5.5%"
 */
export function formatPercent(rate: number, language: Language): string {
  let formatter = percentFormats.get(language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(numberLocales[language], { style: "percent", maximumFractionDigits: 1 });
    percentFormats.set(language, formatter);
  }
  return formatter.format(rate);
}
