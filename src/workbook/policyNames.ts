/**
 * The names the AR formulas point at: the policy sheet's two-column body and its as-of cell,
 * and the sheet and table that hold them.
 *
 * @example
 * policyNames.policy //=> "DunningPolicy"
 */
export const policyNames = {
  policy: "DunningPolicy",
  asOf: "DunningAsOf",
  sheet: "Dunning Policy",
  table: "DunningPolicyTable",
} as const;
