import type { HeaderLanguage } from "./columnSynonyms";
import type { ReminderLanguage } from "./policy";

/** Where the language of letters without a Language cell came from. */
export type LanguageSource = "option" | "policy" | "headers" | "default";

/** The language of the letters, why, and the Language column that decides per customer (null: none). */
export interface LetterLanguage {
  readonly language: ReminderLanguage;
  readonly source: LanguageSource;
  readonly column: string | null;
}

/** What decides the language: the command line's --lang, the policy's setting, the headers' language, a Language column. */
export interface LanguageEvidence {
  readonly option: ReminderLanguage | null;
  readonly policy: ReminderLanguage | "auto";
  readonly headers: HeaderLanguage | null;
  /** The header of the mapped Language column, or null. */
  readonly column: string | null;
}

/**
 * The language of the letters (issue 10): a customer's Language cell decides its own letter;
 * the others follow `--lang`, else the policy's `language` unless it is "auto", else the language
 * the sheet's headers were matched in (an Indonesian sheet → Indonesian letters), else English.
 *
 * @example
 * chooseLetterLanguage({ option: null, policy: "auto", headers: "id", column: null }) //=> { language: "id", source: "headers", column: null }
 * chooseLetterLanguage({ option: null, policy: "lv", headers: "id", column: "Bahasa" }) //=> { language: "lv", source: "policy", column: "Bahasa" }
 */
export function chooseLetterLanguage(evidence: LanguageEvidence): LetterLanguage {
  const { option, policy, headers, column } = evidence;
  if (option !== null) return { language: option, source: "option", column };
  if (policy !== "auto") return { language: policy, source: "policy", column };
  if (headers !== null) return { language: headers, source: "headers", column };
  return { language: "en", source: "default", column };
}

const names: Readonly<Record<ReminderLanguage, string>> = { en: "English", id: "Indonesian", lv: "Latvian", th: "Thai" };

const reasons: Readonly<Record<LanguageSource, string>> = {
  option: "as --lang says",
  policy: "as the policy's language setting says",
  headers: "from the sheet's headers",
  default: "the default (no Language column, no policy language, headers in no one language)",
};

/**
 * The sentence the Remind panel and the command line show.
 *
 * @example
 * describeLetterLanguage({ language: "id", source: "headers", column: null }) //=> "Letters in Indonesian, from the sheet's headers"
 * describeLetterLanguage({ language: "en", source: "policy", column: "Bahasa" })
 * //=> "Letters in each customer's language from the column 'Bahasa'; the others in English, as the policy's language setting says"
 */
export function describeLetterLanguage(choice: LetterLanguage): string {
  const rest = `in ${names[choice.language]}, ${reasons[choice.source]}`;
  return choice.column === null ? `Letters ${rest}` : `Letters in each customer's language from the column '${choice.column}'; the others ${rest}`;
}
