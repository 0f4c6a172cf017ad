import type { Policy } from "./policy";

/**
 * The least total a customer must owe in a currency before it is dunned: the policy's
 * `minimumAmount <code>` row for that currency, else its `minimumAmount` (0: every balance is dunned).
 *
 * @example
 * minimumAmountOf({ minimumAmount: 5, minimumAmounts: { IDR: 50000 } }, "IDR") //=> 50000
 * minimumAmountOf({ minimumAmount: 5, minimumAmounts: { IDR: 50000 } }, "EUR") //=> 5
 */
export function minimumAmountOf(policy: Pick<Policy, "minimumAmount" | "minimumAmounts">, currency: string | null): number {
  return (currency === null ? undefined : policy.minimumAmounts[currency]) ?? policy.minimumAmount;
}

/**
 * Whether a customer's open total in one currency (credit notes deducted) is above 0 but below
 * the policy's minimum amount, so it is not dunned (as Business Central's and OCA's reminder
 * levels do). The total is the customer's, not the invoice's: many small invoices of one
 * customer add up to a debt worth asking for.
 *
 * @param customerTotal - the customer's open total in the currency
 * @param currency - its ISO code, or null for the policy's own
 * @param policy - `minimumAmount` and its per-currency rows
 *
 * @example
 * isBelowMinimum(3.2, "USD", { ...defaultPolicy, minimumAmount: 5 }) //=> true
 * isBelowMinimum(3.2, "USD", defaultPolicy)                           //=> false (minimum 0)
 */
export function isBelowMinimum(customerTotal: number, currency: string | null, policy: Pick<Policy, "minimumAmount" | "minimumAmounts">): boolean {
  return customerTotal > 0 && customerTotal < minimumAmountOf(policy, currency);
}
