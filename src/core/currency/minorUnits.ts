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
