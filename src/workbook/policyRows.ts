import type { Policy } from "../core/policy";
import { policySettings, type SettingKind } from "../core/policySettings";

/** A row of the policy table: the setting's name, its value and the value cell's number format. */
export interface PolicyRow {
  readonly name: string;
  readonly value: number | boolean | string;
  readonly numberFormat: string;
}

const formats: Readonly<Record<SettingKind | "probability", string>> = {
  days: "0",
  rate: "0.0%",
  amount: "#,##0.00",
  positiveAmount: "#,##0.00",
  boolean: "General",
  dateSystem: "0",
  dateOrder: "@", // text: kept as typed, never read as a number or a formula
  decimalSeparator: "@",
  language: "@",
  currency: "@",
  text: "@", // a sender name such as "=Finance" stays text
  email: "@",
  probability: "0.0%",
};

/**
 * The policy as name/value rows for the policy sheet, in the order of `policySettings`, then one
 * `collectProb <days>` row per point of the probability table — what `readPolicyTable` reads back.
 *
 * @example
 * policyRows(defaultPolicy)[0] //=> { name: "graceDays", value: 30, numberFormat: "0" }
 * policyRows(defaultPolicy).at(-1) //=> { name: "collectProb 730", value: 0.093, numberFormat: "0.0%" }
 */
export function policyRows(policy: Policy): PolicyRow[] {
  const settings = (Object.keys(policySettings) as (keyof typeof policySettings)[]).map((name) => ({
    name,
    value: policy[name],
    numberFormat: formats[policySettings[name]],
  }));
  const points = policy.collectProbability.map((point) => ({ name: `collectProb ${point.days}`, value: point.probability, numberFormat: formats.probability }));
  return [...settings, ...points];
}
