import { decimalEvidence, type DecimalSeparator } from "./amountText";

/** How a column's decimal separator was chosen: from its values, from the user, or by default. */
export type ReadingBasis = "inferred" | "told" | "assumed";

/** The decimal separator a column is read with, and why. */
export interface DecimalReading {
  readonly separator: DecimalSeparator;
  readonly basis: ReadingBasis;
  /** Some values prove "." and others ",": the minority is read wrongly or not at all. */
  readonly conflicting: boolean;
}

/**
 * Chooses a column's decimal separator from its texts. Values that prove one separator decide;
 * when both are proved, the majority (or the `told` separator) wins and the reading says it
 * conflicts. When none is proved: `told`; else "," for rupiah ("Rp 750.000": rupiah amounts
 * carry no cents in practice); else "." is assumed.
 *
 * @example
 * inferDecimalSeparator(["Rp 1.250.000", "1.250"]) //=> { separator: ",", basis: "inferred", conflicting: false }
 * inferDecimalSeparator(["Rp 750.000"])            //=> { separator: ",", basis: "inferred", conflicting: false }
 * inferDecimalSeparator(["1.250"])                 //=> { separator: ".", basis: "assumed", conflicting: false }
 */
export function inferDecimalSeparator(texts: Iterable<string>, told?: DecimalSeparator): DecimalReading {
  let points = 0;
  let commas = 0;
  let rupiah = false;
  for (const text of texts) {
    const evidence = decimalEvidence(text);
    if (evidence === ".") points += 1;
    if (evidence === ",") commas += 1;
    rupiah ||= RUPIAH.test(text);
  }
  if (points === 0 && commas === 0) return unproved(told, rupiah);
  const conflicting = points > 0 && commas > 0;
  if (conflicting && told) return { separator: told, basis: "told", conflicting };
  return { separator: commas > points ? "," : ".", basis: "inferred", conflicting };
}

const RUPIAH = /(?:^|[\s(-])(?:Rp\.?|IDR)\s*\d/i;

function unproved(told: DecimalSeparator | undefined, rupiah: boolean): DecimalReading {
  if (told) return { separator: told, basis: "told", conflicting: false };
  return rupiah ? { separator: ",", basis: "inferred", conflicting: false } : { separator: ".", basis: "assumed", conflicting: false };
}
