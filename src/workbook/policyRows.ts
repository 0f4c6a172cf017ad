import { isoTextOfDay } from "../core/days";
import type { Policy } from "../core/policy";
import { settingLabel, tableLabel } from "../core/policyLabels";
import { currencyTables, policySettings, policyTables, type SettingKind, type SingleSetting } from "../core/policySettings";

/** A row of the policy table: the setting's name, its value, the value cell's number format, its label and help. */
export interface PolicyRow {
  readonly name: string;
  readonly value: number | boolean | string;
  readonly numberFormat: string;
  readonly label: string;
  readonly help: string;
}

/**
 * The policy sheet's Table columns: Name and Value are the `DunningPolicy` range the formulas
 * read (as before labels existed); Setting and Help are the desk's own words beside them. Any
 * column after these is a named policy set (see `readPolicySets`).
 */
export const policyColumns = ["Name", "Value", "Setting", "Help"] as const;

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
  locale: "@",
  currency: "@",
  text: "@", // a sender name such as "=Finance" stays text
  email: "@",
  weekend: "@",
  channel: "@",
  probability: "0.0%",
};

/**
 * The policy as rows for the policy sheet, in the order of `policySettings`, then one
 * `roundTo <code>` row per currency with its own step (and its `minimumAmount <code>` and
 * `smallBalance <code>` rows), then one `collectProb <days>` row per
 * point of the probability table — what `readPolicyTable` reads back — each with its label and help.
 *
 * @example
 * policyRows(defaultPolicy)[0] //=> { name: "graceDays", value: 30, numberFormat: "0", label: "Grace period (days)", help: "Days past due …" }
 * policyRows(defaultPolicy).at(-1) //=> { name: "collectProb 730", value: 0.093, numberFormat: "0.0%", label: "Chance of collecting at 730 days", … }
 */
export function policyRows(policy: Policy): PolicyRow[] {
  const settings = (Object.keys(policySettings) as SingleSetting[]).map((name) => ({
    name,
    value: policy[name],
    numberFormat: formats[policySettings[name]],
    ...settingLabel(name),
  }));
  const { collectProbability } = policyTables;
  const steps = currencyTables.flatMap((table) =>
    Object.entries(policy[table]).map(([code, value]) => ({
      name: `${policyTables[table].prefix} ${code}`,
      value,
      numberFormat: formats[policyTables[table].kind],
      ...tableLabel(table, code),
    })),
  );
  const points = policy.collectProbability.map((point) => ({
    name: `${collectProbability.prefix} ${point.days}`,
    value: point.probability,
    numberFormat: formats.probability,
    ...tableLabel("collectProbability", String(point.days)),
  }));
  const holidays = policy.holidays.map((holiday) => {
    const day = isoTextOfDay(holiday.day);
    return { name: `${policyTables.holidays.prefix} ${day}`, value: holiday.name, numberFormat: formats.text, ...tableLabel("holidays", day) };
  });
  return [...settings, ...steps, ...points, ...holidays];
}
