const units = new Map<string, number>();

/**
 * How many decimals a currency's amounts carry, as Intl knows it (ISO 4217 minor units as the
 * runtime's CLDR data has them: IDR 0 in CLDR's cash usage, JPY 0, EUR 2).
 *
 * @param code - an ISO 4217 code
 *
 * @example
 * minorUnits("EUR") //=> 2
 * minorUnits("JPY") //=> 0
 */
export function minorUnits(code: string): number {
  let digits = units.get(code);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency: code }).resolvedOptions().maximumFractionDigits ?? 2;
    units.set(code, digits);
  }
  return digits;
}

/**
 * The minor units of a code Intl may not know (a policy's typo, a three-letter word): undefined
 * instead of an exception, for readers that then fall back to the sheet's separator.
 *
 * @example
 * knownMinorUnits("IDR") //=> 0
 * knownMinorUnits("XYZ") //=> undefined
 */
export function knownMinorUnits(code: string): number | undefined {
  try {
    return minorUnits(code);
  } catch {
    return undefined; // not an ISO 4217 code Intl knows
  }
}
