import type { Ledger } from "./ledger";
import type { Policy } from "./policy";

/**
 * The policy with the date order and decimal separator a sheet's text was read with, so that
 * the AR formulas written next to it read its text dates ("04/02/2026") and text amounts
 * ("Rp 1.250.000") exactly as the pane did. Returns the same policy when nothing changes.
 *
 * @example
 * policyForSheet(defaultPolicy, { dateOrder: { order: "dayFirst", … }, decimalSeparator: { separator: ",", … } })
 * //=> { ...defaultPolicy, dateOrder: "dayFirst", decimalSeparator: "," }
 */
export function policyForSheet(policy: Policy, ledger: Pick<Ledger, "dateOrder" | "decimalSeparator">): Policy {
  const dateOrder = ledger.dateOrder.order;
  const decimalSeparator = ledger.decimalSeparator.separator;
  if (policy.dateOrder === dateOrder && policy.decimalSeparator === decimalSeparator) return policy;
  return { ...policy, dateOrder, decimalSeparator };
}
