/**
 * The one amount limit of the desk: doubles count cents exactly only up to about 9 × 10^13, so
 * a larger balance, cost or rounding step is a typo or a wrong column, and would come back as a
 * rounded or infinite amount (see problems.ts `tooLargeAmount`).
 *
 * @example
 * Math.abs(1e14) > MAX_AMOUNT //=> true
 */
export const MAX_AMOUNT = 1e13;

/**
 * Rounds an amount to whole cents, correcting binary floating-point drift (1.005 → 1.01).
 *
 * @example
 * roundToCents(1.005) //=> 1.01
 */
export function roundToCents(amount: number): number {
  return Math.round((amount + Number.EPSILON * Math.abs(amount)) * 100) / 100;
}

/**
 * Rounds an amount up to a multiple of `step`, never above `ceiling`: offers are rounded in
 * the creditor's favour so they never fall below the floor or the cost they were built from.
 *
 * @example
 * roundUpTo(4471.52, 10, 10000) //=> 4480
 * roundUpTo(9995, 100, 9999.5)  //=> 9999.5
 */
export function roundUpTo(amount: number, step: number, ceiling: number): number {
  // The tolerance keeps 4480.0000001 (float noise) from rounding up to 4490.
  const rounded = Math.ceil(amount / step - 1e-9) * step;
  return Math.min(roundToCents(rounded), ceiling);
}
