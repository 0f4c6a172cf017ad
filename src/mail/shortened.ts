import { utf8Length } from "./utf8Length";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Text cut to at most `max` characters (user-perceived characters: an accent or a Thai vowel
 * mark stays with its letter) with a visible "…" when anything was cut, so a 32,767-character
 * customer name cannot fill a header, a file name or a table column.
 *
 * @param text - the text
 * @param max - the most characters kept, the "…" included
 *
 * @example
 * shortened("Acme Trading Company", 10) //=> "Acme Trad…"
 * shortened("Acme", 10)                 //=> "Acme"
 */
export function shortened(text: string, max: number): string {
  if (text.length <= max) return text; // UTF-16 units ≥ characters: nothing to cut
  const kept: string[] = [];
  let count = 0;
  for (const { segment } of graphemes.segment(text)) {
    count += 1;
    if (count > max) return `${kept.slice(0, max - 1).join("").trimEnd()}…`;
    kept.push(segment);
  }
  return text;
}

/**
 * Text cut to at most `bytes` bytes of UTF-8, whole characters, "…" (3 bytes) when cut: file
 * systems count a name's bytes (255), not its letters.
 *
 * @example
 * withinBytes("บริษัท", 10) //=> "บร…"
 */
export function withinBytes(text: string, bytes: number): string {
  if (utf8Length(text) <= bytes) return text;
  const kept: string[] = [];
  let length = utf8Length("…");
  for (const { segment } of graphemes.segment(text)) {
    length += utf8Length(segment);
    if (length > bytes) break;
    kept.push(segment);
  }
  return `${kept.join("").trimEnd()}…`;
}
