import { readDateText } from "./dateText";
import { foldStatusText, statusPhrases, type StatusPhrase } from "./statusPhrases";
import { languages, statusVocabularies, type StatusTopic } from "./vocabulary";

/** A status phrase found in a text: its topic, what it does, and the words as the user wrote them. */
export interface StatusMention {
  readonly topic: StatusTopic;
  readonly effect: "set" | "clear";
  /** The words read, as written ("Sengketa", "janji bayar 30/11/2026"). */
  readonly text: string;
  /** A promise's date as written ("30/11/2026"), for the caller to read in the sheet's date order. */
  readonly dateText: string | null;
}

/** A Status cell read: its mentions, or the first entry that is not a status. */
export type EntriesReading = { readonly ok: true; readonly mentions: readonly StatusMention[] } | { readonly ok: false; readonly word: string };

/**
 * Reads a strict Status cell: entries separated by commas, semicolons, "|", "/" or line breaks,
 * each wholly a status phrase of one of the four languages (a promise may carry its date).
 *
 * @example
 * readStatusEntries("Sengketa; sales asked").ok //=> true
 * readStatusEntries("disputed, angry")          //=> { ok: false, word: "angry" }
 */
export function readStatusEntries(text: string): EntriesReading {
  const mentions: StatusMention[] = [];
  // A "/" between digits belongs to a date ("janji bayar 30/11/2026").
  for (const part of text.split(/[,;|\n]+|(?<!\d)\/|\/(?!\d)/)) {
    if (part.trim() === "") continue;
    const scan = scanStatusText(part, true);
    if (scan.uncovered) return { ok: false, word: part.trim() };
    mentions.push(...scan.mentions);
  }
  return { ok: true, mentions };
}

/**
 * Reads free text (a notes, memo or remarks cell): every status phrase in it, in order; the
 * rest of the text is passed over. Terse words that are a status only as a Status entry
 * ("offered", "refused") do not count here.
 *
 * @example
 * readStatusNotes("Customer says sengketa, called 3x").map((m) => [m.topic, m.text]) //=> [["disputed", "sengketa"]]
 */
export function readStatusNotes(text: string): readonly StatusMention[] {
  return scanStatusText(text, false).mentions;
}

/** Text this long is data, not a note anyone writes by hand; only its start is read. */
const LONGEST_NOTE = 2_000;

interface Scan {
  readonly mentions: StatusMention[];
  /** Some letter or digit of the text is not part of a phrase. */
  readonly uncovered: boolean;
}

function scanStatusText(original: string, entry: boolean): Scan {
  const { folded, origin } = foldWithOrigin(original.slice(0, LONGEST_NOTE));
  const mentions: StatusMention[] = [];
  let uncovered = false;
  let at = 0;
  while (at < folded.length) {
    const found = phraseAt(folded, at, entry);
    if (found === null) {
      if (WORD_CHAR.test(folded[at] ?? "")) uncovered = true;
      at += 1;
      continue;
    }
    let end = at + found.folded.length;
    let dateText: string | null = null;
    if (found.topic === "promise" && found.effect === "set") {
      const date = dateAfter(folded, end);
      if (date !== null) {
        dateText = slice(original, origin, date.start, date.end);
        end = date.end;
      }
    }
    if (found.effect !== "none") mentions.push({ topic: found.topic, effect: found.effect, text: slice(original, origin, at, end), dateText });
    at = end;
  }
  return { mentions, uncovered };
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const THAI = /[\u0E00-\u0E7F]/;

/** The longest phrase that starts here, whole words only (Thai anywhere). */
function phraseAt(folded: string, at: number, entry: boolean): StatusPhrase | null {
  const candidates = byFirstChar.get(folded[at] ?? "");
  if (!candidates) return null;
  const startsWord = at === 0 || !WORD_CHAR.test(folded[at - 1] ?? "");
  for (const candidate of candidates) {
    if (candidate.entryOnly && !entry) continue;
    if (!folded.startsWith(candidate.folded, at)) continue;
    const endsWord = !WORD_CHAR.test(folded[at + candidate.folded.length] ?? "");
    if (candidate.thai || (startsWord && endsWord)) return candidate;
  }
  return null;
}

const NUMERIC_DATE = /^[\d\u0E50-\u0E59]{1,4}[./-][\d\u0E50-\u0E59]{1,2}[./-][\d\u0E50-\u0E59]{1,4}/u;
const DAY_MONTH_YEAR = /^\d{1,2}\.?\s?[\p{L}\p{M}][\p{L}\p{M}.]*,?\s?\d{2,4}/u;
const MONTH_DAY_YEAR = /^[\p{L}\p{M}][\p{L}\p{M}.]*\s\d{1,2}(?:st|nd|rd|th)?,?\s\d{4}/u;
const LATVIAN_DATE = /^\d{4}\.\s?gada\s\d{1,2}\.\s?[\p{L}\p{M}]+/u;

/** A date just after a promise, past separators and a lead word ("by", "tgl", "līdz"); null when none follows. */
function dateAfter(folded: string, from: number): { start: number; end: number } | null {
  let at = skipSeparators(folded, from);
  const lead = dateLeads.find((word) => folded.startsWith(word, at) && (THAI.test(word) || !WORD_CHAR.test(folded[at + word.length] ?? "")));
  if (lead !== undefined) at = skipSeparators(folded, at + lead.length);
  const rest = folded.slice(at, at + 40);
  for (const pattern of [NUMERIC_DATE, LATVIAN_DATE, DAY_MONTH_YEAR, MONTH_DAY_YEAR]) {
    const match = pattern.exec(rest);
    if (match && isDate(match[0])) return { start: at, end: at + match[0].length };
  }
  return null;
}

function isDate(text: string): boolean {
  return typeof readDateText(text, "dayFirst") === "number" || typeof readDateText(text, "monthFirst") === "number";
}

function skipSeparators(folded: string, at: number): number {
  let next = at;
  while (next < folded.length && /[\s:,\-–]/.test(folded[next] ?? "")) next += 1;
  return next;
}

/** The original text of a folded span. */
function slice(original: string, origin: readonly number[], start: number, end: number): string {
  const from = origin[start] ?? 0;
  const to = end >= origin.length ? original.length : (origin[end] ?? original.length);
  return original.slice(from, to).trim();
}

/**
 * Folds text as `foldStatusText` does, keeping for every folded character the index of the
 * original character it came from, so a match can be quoted as the user wrote it.
 */
function foldWithOrigin(text: string): { folded: string; origin: number[] } {
  let folded = "";
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const piece = /\s/.test(char) ? (folded.endsWith(" ") || folded === "" ? "" : " ") : foldStatusText(char.normalize("NFD").replace(/[\u0300-\u036f]/g, "")) || "";
    folded += piece;
    for (let unit = 0; unit < piece.length; unit += 1) origin.push(index);
    index += char.length;
  }
  return { folded, origin };
}

const byFirstChar = new Map<string, StatusPhrase[]>();
for (const phrase of statusPhrases()) {
  const first = phrase.folded[0] ?? "";
  byFirstChar.set(first, [...(byFirstChar.get(first) ?? []), phrase]);
}
for (const list of byFirstChar.values()) list.sort((a, b) => b.folded.length - a.folded.length);

const dateLeads = [...new Set(languages.flatMap((language) => statusVocabularies[language].dateLeads.map(foldStatusText)))].sort((a, b) => b.length - a.length);
