import { format } from "date-fns";
import { enGB, enUS, id, lv, th, type Locale } from "date-fns/locale";
import { formatCurrency } from "../core/currency/formatCurrency";
import { utcDateOfDay, type Day } from "../core/days";
import type { LetterLocale } from "./letterLocale";

const dateLocales: Readonly<Record<LetterLocale, Locale>> = { "en-US": enUS, "en-GB": enGB, id, lv, th };
const numberLocales: Readonly<Record<LetterLocale, string>> = { "en-US": "en-US", "en-GB": "en-GB", id: "id-ID", lv: "lv-LV", th: "th-TH" };
/** English letters write the month short ("23 Nov 2026"); the others spell it out as their readers do. */
const letterWidths: Readonly<Record<LetterLocale, "medium" | "long">> = { "en-US": "medium", "en-GB": "medium", id: "long", lv: "long", th: "long" };
/** Thai readers count years in the Buddhist era: 2026 CE is 2569 BE (date-fns has no Buddhist calendar). */
const BUDDHIST_OFFSET = 543;

/**
 * A day as a letter writes it in a sentence, in the letter's locale: date-fns' medium date in
 * English (US "Nov 23, 2026", British "23 Nov 2026"), its long date in Indonesian and Latvian,
 * and in Thai with the Buddhist-era year, as Intl's th-TH writes it.
 *
 * @example
 * formatDay(20780, "en-GB") //=> "23 Nov 2026"
 * formatDay(20780, "en-US") //=> "Nov 23, 2026"
 * formatDay(20780, "lv")    //=> "2026. gada 23. novembrī"
 * formatDay(20780, "th")    //=> "23 พฤศจิกายน 2569"
 */
export function formatDay(day: Day, locale: LetterLocale): string {
  return formatWidth(day, locale, letterWidths[locale]);
}

/**
 * A day as a short date in the letter's locale (date-fns' short date), for the invoice table;
 * Thai with the Buddhist-era year.
 *
 * @example
 * formatShortDay(20780, "en-US") //=> "11/23/2026"
 * formatShortDay(20780, "en-GB") //=> "23/11/2026"
 * formatShortDay(20780, "th")    //=> "23/11/2569"
 */
export function formatShortDay(day: Day, locale: LetterLocale): string {
  return formatWidth(day, locale, "short");
}

function formatWidth(day: Day, locale: LetterLocale, width: "short" | "medium" | "long"): string {
  // A Day is a UTC calendar day; shift it to a local-midnight date so format() shows that same day.
  const utc = utcDateOfDay(day);
  const local = new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
  const dateLocale = dateLocales[locale];
  const pattern = dateLocale.formatLong?.date({ width }) ?? "P";
  // Thai patterns hold no quoted text: the year token can be swapped for the quoted Buddhist-era year.
  const shown = locale === "th" ? pattern.replace(/y+/g, `'${utc.getUTCFullYear() + BUDDHIST_OFFSET}'`) : pattern;
  return format(local, shown, { locale: dateLocale });
}

/**
 * An amount of money in the letter's locale and currency, as Intl writes it (core/currency's one formatter).
 *
 * @example
 * formatMoney(1234.5, "EUR", "lv") //=> "1 234,50 €"
 * formatMoney(1234.5, "GBP", "en-GB") //=> "£1,234.50"
 */
export function formatMoney(amount: number, currency: string, locale: LetterLocale): string {
  return formatCurrency(amount, currency, numberLocales[locale]);
}

const percentFormats = new Map<LetterLocale, Intl.NumberFormat>();

/**
 * A rate as a percentage in the letter's locale.
 *
 * @example
 * formatPercent(0.055, "en-US") //=> "5.5%"
 */
export function formatPercent(rate: number, locale: LetterLocale): string {
  let formatter = percentFormats.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(numberLocales[locale], { style: "percent", maximumFractionDigits: 1 });
    percentFormats.set(locale, formatter);
  }
  return formatter.format(rate);
}

/**
 * The BCP 47 tag of a letter's locale, as Intl and an HTML `lang` attribute take it.
 *
 * @example
 * localeTag("th") //=> "th-TH"
 */
export function localeTag(locale: LetterLocale): string {
  return numberLocales[locale];
}
