import type { ReminderLanguage } from "../core/policy";

/** The languages reminders are written in: English and the languages of the playbook's sources. */
export type Language = ReminderLanguage;

/** Every language with templates. */
export const languages: readonly Language[] = ["en", "id", "lv", "th"];

/** Words a Language cell may hold, lower case, mapped to the language. */
const names: Readonly<Record<string, Language>> = {
  en: "en", eng: "en", english: "en",
  id: "id", ind: "id", indonesian: "id", indonesia: "id", "bahasa indonesia": "id",
  lv: "lv", lav: "lv", latvian: "lv", "latviešu": "lv",
  th: "th", tha: "th", thai: "th", "ไทย": "th", "ภาษาไทย": "th",
};

/**
 * The language a Language cell names (a code such as "lv", "th-TH", or a name such as "Thai"),
 * or null when it names none we have templates for.
 *
 * @example
 * languageOf("th-TH")   //=> "th"
 * languageOf("Latvian") //=> "lv"
 * languageOf("de")      //=> null
 */
export function languageOf(text: string | null): Language | null {
  if (text === null) return null;
  const word = text.trim().toLowerCase().replace(/_/g, "-");
  return names[word] ?? names[word.split("-")[0] ?? ""] ?? null;
}
