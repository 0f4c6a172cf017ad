import { columnSynonyms, fields, type Field } from "./columnSynonyms";

/** A field a header names, and how sure the match is: 1 for a synonym, 0.7 for a header that contains one. */
export interface HeaderMatch {
  readonly field: Field;
  readonly confidence: number;
  /** Length of the folded synonym that matched: the longer, the more specific. */
  readonly specificity: number;
}

/** The confidence of a header that is a synonym (after folding). */
export const EXACT_CONFIDENCE = 1;
/** The confidence of a header that contains a synonym as whole words ("Balance in IDR as of 31 Jan"). */
export const CONTAINED_CONFIDENCE = 0.7;

const THAI = /[\u0E00-\u0E7F]/;

/**
 * Header text folded for matching: lower case, Latin accents dropped, whitespace and line breaks
 * collapsed, trailing hints such as "(IDR)", "[days]", ":", "." and "%" removed, and the
 * punctuation inside ("no.", "e-mail", "co./last") turned into spaces.
 *
 * @example
 * foldHeaderText(" Open\nBalance (IDR): ") //=> "open balance"
 * foldHeaderText("Rēķina Nr.")             //=> "rekina nr"
 */
export function foldHeaderText(text: string): string {
  // No header is this long; the loop below would walk a long run of trailing marks once per mark.
  if (text.length > LONGEST_HEADER_TEXT) return text.toLowerCase();
  let folded = foldLatinText(text);
  let previous = "";
  while (folded !== previous) {
    previous = folded;
    folded = folded.replace(/\s*(?:\([^()]*\)|\[[^[\]]*\]|[:.%*])$/u, "").trim();
  }
  return folded.replace(/[._:/\\-]+/g, " ").replace(/#/g, " # ").replace(/\s+/g, " ").trim();
}

/** Text longer than this names no column: a 32,767-character cell is data, not a header (issue 13). */
const LONGEST_HEADER_TEXT = 255;

/**
 * Lower case without Latin accents, with every run of whitespace (line breaks, no-break spaces)
 * made one space. Thai marks are kept: they are letters, not accents.
 *
 * @example
 * foldLatinText("  Kopā\u00a0 ") //=> "kopa"
 */
export function foldLatinText(text: string): string {
  // Only U+0300–U+036F: Thai vowel and tone marks are combining characters too, and must stay.
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
}

interface Synonym {
  readonly field: Field;
  readonly folded: string;
  readonly thai: boolean;
}

const synonyms: readonly Synonym[] = fields.flatMap((field) =>
  Object.values(columnSynonyms[field]).flatMap((texts) =>
    texts.map((text) => ({ field, folded: foldHeaderText(text), thai: THAI.test(text) })),
  ),
);

/**
 * Every field a header could name, best first (confidence, then the longer synonym). A header
 * contains a synonym when the synonym's words appear together in it; Thai writes words without
 * spaces, so a Thai synonym only has to appear anywhere in the header.
 *
 * @example
 * headerMatches("Open Balance")[0]          //=> { field: "balance", confidence: 1, specificity: 12 }
 * headerMatches("Sisa tagihan per 31 Jan")[0]   //=> { field: "balance", confidence: 0.7, specificity: 12 }
 */
export function headerMatches(header: string): readonly HeaderMatch[] {
  if (header.length > LONGEST_HEADER_TEXT) return [];
  const folded = foldHeaderText(header);
  if (folded === "") return [];
  const best = new Map<Field, HeaderMatch>();
  for (const synonym of synonyms) {
    const confidence = matchConfidence(folded, synonym);
    if (confidence === 0) continue;
    const match = { field: synonym.field, confidence, specificity: synonym.folded.length };
    const known = best.get(synonym.field);
    if (!known || compareMatches(match, known) < 0) best.set(synonym.field, match);
  }
  return [...best.values()].sort(compareMatches);
}

/**
 * Orders matches best first: higher confidence, then the more specific (longer) synonym.
 *
 * @example
 * compareMatches({ field: "customer", confidence: 0.7, specificity: 8 }, { field: "email", confidence: 1, specificity: 5 }) //=> 0.3 (email first)
 */
export function compareMatches(a: HeaderMatch, b: HeaderMatch): number {
  return b.confidence - a.confidence || b.specificity - a.specificity;
}

function matchConfidence(folded: string, synonym: Synonym): number {
  if (folded === synonym.folded) return EXACT_CONFIDENCE;
  const contained = synonym.thai ? folded.includes(synonym.folded) : ` ${folded} `.includes(` ${synonym.folded} `);
  return contained ? CONTAINED_CONFIDENCE : 0;
}
