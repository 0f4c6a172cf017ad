import { enStatus } from "./en";
import { idStatus } from "./id";
import { lvStatus } from "./lv";
import { thStatus } from "./th";
import type { StatusVocabulary } from "./statusVocabulary";

/** The languages the desk reads and writes: English, Indonesian, Latvian and Thai. */
export type Language = "en" | "id" | "lv" | "th";

/** Every language, English first. */
export const languages: readonly Language[] = ["en", "id", "lv", "th"];

/**
 * Each language's status words (one file per language, so a reviewer corrects the words without
 * touching code). A cell is read against all four: a Jakarta sheet may well say "disputed".
 *
 * @example
 * statusVocabularies.id.words.disputed[0] //=> "sengketa"
 */
export const statusVocabularies: Readonly<Record<Language, StatusVocabulary>> = { en: enStatus, id: idStatus, lv: lvStatus, th: thStatus };

export type { StatusTopic, StatusVocabulary } from "./statusVocabulary";
export { statusTopics } from "./statusVocabulary";
