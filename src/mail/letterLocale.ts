import type { EnglishLocale } from "../core/policy";
import type { Language } from "./language";

/** How a letter writes dates and amounts: its language, and for English the US or British style. */
export type LetterLocale = "en-US" | "en-GB" | "id" | "lv" | "th";

/**
 * The locale of a letter (issue 10): the letter's language; for English, the policy's `locale`
 * (en-US or en-GB), else the currency's: US dollars → US style ("Nov 23, 2026"), any other
 * currency → British ("23 Nov 2026"), so a London or Dublin customer never reads "12/01/2026"
 * as the first of December.
 *
 * @example
 * letterLocale("en", "USD", "auto") //=> "en-US"
 * letterLocale("en", "GBP", "auto") //=> "en-GB"
 * letterLocale("en", "USD", "en-GB") //=> "en-GB"
 * letterLocale("th", "THB", "en-US") //=> "th"
 */
export function letterLocale(language: Language, currency: string, setting: EnglishLocale): LetterLocale {
  if (language !== "en") return language;
  if (setting !== "auto") return setting;
  return currency === "USD" ? "en-US" : "en-GB";
}
