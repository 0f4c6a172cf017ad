import type { StatusFlags } from "../status";

/** What a status word speaks of: a flag of `StatusFlags`, or a promise to pay (with the date that follows). */
/** The flags a status word sets or clears (the recorded days come from the desk's own entries). */
export type StatusTopic = Exclude<keyof StatusFlags, "salesAskedDay" | "offeredUntil" | "promisedDay" | "plan"> | "promise";

/** Every topic, in the order readings list them. */
export const statusTopics: readonly StatusTopic[] = ["disputed", "promise", "unreachable", "hardship", "settlementOffered", "salesAsked", "doNotContact"];

/**
 * One language's status words, as a reviewer corrects them: plain lists, no code. Matching folds
 * case and Latin accents ("apstrīdēts" = "apstridets") and takes whole words only (Thai, written
 * without spaces, matches anywhere). The longest phrase at a place wins, so "not disputed" is
 * read before "disputed".
 */
export interface StatusVocabulary {
  /** Phrases that set a topic, in a Status cell or anywhere in a note. */
  readonly words: Readonly<Record<StatusTopic, readonly string[]>>;
  /** Phrases that clear a topic ("dispute resolved", "sudah dibayar"). */
  readonly clearing: Readonly<Partial<Record<StatusTopic, readonly string[]>>>;
  /** Terse words that are a status only as a whole entry of a Status cell ("offered"), never inside a note. */
  readonly statusColumnOnly: Readonly<Partial<Record<StatusTopic, readonly string[]>>>;
  /** Words before a phrase that clear it ("not disputed", "bukan sengketa"); before a clearing phrase they mean nothing ("belum lunas"). */
  readonly negators: readonly string[];
  /** Words after a phrase that clear it ("dispute resolved", "strīds atrisināts"). */
  readonly resolvers: readonly string[];
  /** Words that may stand between a promise and its date ("by", "tgl", "līdz", "ภายในวันที่"). */
  readonly dateLeads: readonly string[];
}
