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
    const code = folded.charCodeAt(at);
    if (!isWordCode(code, folded, at)) {
      at += 1;
      continue;
    }
    const found = phraseAt(folded, at, entry);
    if (found === null) {
      uncovered = true;
      // No phrase starts inside a Latin word: jump to its end (a Thai phrase may start at any Thai letter).
      at += 1;
      if (code < 128) while (at < folded.length && isAsciiWord(folded.charCodeAt(at))) at += 1;
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

function isAsciiWord(code: number): boolean {
  const lower = code | 32;
  return (lower >= 97 && lower <= 122) || (code >= 48 && code <= 57);
}

/** A letter, digit or mark; ASCII without a regular expression, the rest with one. */
function isWordCode(code: number, text: string, at: number): boolean {
  if (Number.isNaN(code)) return false;
  return code < 128 ? isAsciiWord(code) : WORD_CHAR.test(text[at] ?? "");
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const THAI = /[\u0E00-\u0E7F]/;

/** The longest phrase that starts here, whole words only (Thai anywhere). */
function phraseAt(folded: string, at: number, entry: boolean): StatusPhrase | null {
  const startsWord = at === 0 || !isWordCode(folded.charCodeAt(at - 1), folded, at - 1);
  // A Latin phrase starts a word: inside one, only Thai phrases (written without spaces) can start.
  const candidates = (startsWord ? latinByStart : thaiByStart).get(startKey(folded, at));
  if (!candidates) return startsWord ? thaiPhraseAt(folded, at, entry) : null;
  for (const candidate of candidates) {
    if (candidate.entryOnly && !entry) continue;
    if (!folded.startsWith(candidate.folded, at)) continue;
    const after = at + candidate.folded.length;
    const endsWord = !isWordCode(folded.charCodeAt(after), folded, after);
    if (candidate.thai || endsWord) return candidate;
  }
  return startsWord ? thaiPhraseAt(folded, at, entry) : null;
}

function thaiPhraseAt(folded: string, at: number, entry: boolean): StatusPhrase | null {
  for (const candidate of thaiByStart.get(startKey(folded, at)) ?? []) {
    if ((!candidate.entryOnly || entry) && folded.startsWith(candidate.folded, at)) return candidate;
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

const PLAIN_ASCII = /^(?! )(?:[\x21-\x7e]| (?! ))*$/;

/** The original text of a folded span (`origin` null: folded in place). */
function slice(original: string, origin: readonly number[] | null, start: number, end: number): string {
  if (origin === null) return original.slice(start, end).trim();
  const from = origin[start] ?? 0;
  const to = end >= origin.length ? original.length : (origin[end] ?? original.length);
  return original.slice(from, to).trim();
}

/**
 * Folds text as `foldStatusText` does, keeping for every folded character the index of the
 * original character it came from, so a match can be quoted as the user wrote it. ASCII takes a
 * fast path: this runs once per distinct note, on lists of 100,000 rows.
 */
function foldWithOrigin(text: string): { folded: string; origin: readonly number[] | null } {
  // Plain ASCII with single spaces folds in place: every folded character is the original's.
  if (PLAIN_ASCII.test(text)) return { folded: text.toLowerCase(), origin: null };
  const pieces: string[] = [];
  const origin: number[] = [];
  let space = true;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const char = text[index] ?? "";
    const blank = code === 32 || (code >= 9 && code <= 13) || (code >= 128 && /\s/.test(char));
    if (blank) {
      if (!space) {
        pieces.push(" ");
        origin.push(index);
      }
      space = true;
      continue;
    }
    const piece = code < 128 ? char.toLowerCase() : char.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    pieces.push(piece);
    for (let unit = 0; unit < piece.length; unit += 1) origin.push(index);
    space = false;
  }
  return { folded: pieces.join(""), origin };
}

/** The first two characters at a place, as one number (no string made per character). */
function startKey(text: string, at: number): number {
  return text.charCodeAt(at) * 65_536 + (text.charCodeAt(at + 1) || 0);
}

/** Phrases by their first two folded characters, longest first; Latin and Thai apart. */
const latinByStart = new Map<number, StatusPhrase[]>();
const thaiByStart = new Map<number, StatusPhrase[]>();
for (const phrase of statusPhrases()) {
  const index = phrase.thai ? thaiByStart : latinByStart;
  const start = startKey(phrase.folded, 0);
  index.set(start, [...(index.get(start) ?? []), phrase]);
}
for (const index of [latinByStart, thaiByStart]) for (const list of index.values()) list.sort((a, b) => b.folded.length - a.folded.length);

const dateLeads = [...new Set(languages.flatMap((language) => statusVocabularies[language].dateLeads.map(foldStatusText)))].sort((a, b) => b.length - a.length);
