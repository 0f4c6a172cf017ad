/** Years from 2400 are Buddhist-era years (Thailand): 2569 BE is 2026 CE. */
export const BUDDHIST_OFFSET = 543;

/** A four-digit year from 2400 to 2999 standing alone in a text. */
export const BUDDHIST_YEAR = /(?:^|\D)(2[4-9]\d\d)(?!\d)/u;

/** The text dates of a sheet written with Buddhist-era years: how many, and the first one. */
export interface BuddhistEraReading {
  readonly count: number;
  readonly example: string;
  /** The example's year as written (2569) and as read (2026). */
  readonly year: number;
}

/**
 * Which of a sheet's text dates carry a Buddhist-era year (`readDateText` reads them 543 years
 * earlier); null when none does, so the conversion is stated only when it happened.
 *
 * @example
 * buddhistEraDates(["04/09/2569", "31/10/2569", "n/a"]) //=> { count: 2, example: "04/09/2569", year: 2569 }
 * buddhistEraDates(["04/09/2026"]) //=> null
 */
export function buddhistEraDates(texts: Iterable<string>): BuddhistEraReading | null {
  let count = 0;
  let first: { example: string; year: number } | null = null;
  for (const text of texts) {
    // Only date-length texts: a long note that mentions a year is not a date.
    const year = text.length <= 40 ? BUDDHIST_YEAR.exec(text)?.[1] : undefined;
    if (year === undefined) continue;
    count += 1;
    first ??= { example: text.trim(), year: Number(year) };
  }
  return first === null ? null : { count, ...first };
}
