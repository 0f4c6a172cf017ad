/**
 * The human step offers are rounded to, per currency (issue 10): an offer of Rp 11,861,112 is
 * written Rp 11,862,000, baht to 10, euro and dollar to 1. Currencies not listed round to the
 * policy's `roundTo`. Defaults a user overrides on the policy sheet with rows "roundTo IDR".
 *
 * @example
 * defaultRoundingSteps.IDR //=> 1000
 */
export const defaultRoundingSteps: Readonly<Record<string, number>> = {
  IDR: 1000,
  VND: 1000,
  KRW: 1000,
  JPY: 100,
  THB: 10,
  PHP: 10,
  INR: 10,
  EUR: 1,
  USD: 1,
  GBP: 1,
};

/**
 * The step to round an offer to in a currency: the policy's step for that currency, else its
 * `roundTo` (for a currency it does not list, or no currency at all).
 *
 * @param policy - the policy's `roundTo` and `roundingSteps`
 * @param currency - an ISO 4217 code, or null
 *
 * @example
 * roundingStep({ roundTo: 1, roundingSteps: { IDR: 1000 } }, "IDR") //=> 1000
 * roundingStep({ roundTo: 5, roundingSteps: { IDR: 1000 } }, "CHF") //=> 5
 */
export function roundingStep(policy: { readonly roundTo: number; readonly roundingSteps: Readonly<Record<string, number>> }, currency: string | null): number {
  return (currency === null ? undefined : policy.roundingSteps[currency]) ?? policy.roundTo;
}
