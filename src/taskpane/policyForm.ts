// Pure view logic of the Policy panel: every setting with its default as text, and the edits
// checked by the core's readPolicyTable, so the pane refuses exactly what the formulas would.
import { dayFromIsoText, isoTextOfDay, serialFromDay, type Day } from "../core/days";
import { defaultPolicy, type Policy } from "../core/policy";
import { settingLabel, tableLabel } from "../core/policyLabels";
import { policySettings, type SettingKind, type SingleSetting } from "../core/policySettings";
import { readPolicyTable } from "../core/policyTable";
import { why } from "../core/problems";

/** One line of the Policy panel's form. */
export interface SettingLine {
  /** The name as the policy sheet and readPolicyTable know it. */
  readonly name: string;
  readonly kind: SettingKind;
  readonly defaultText: string;
  readonly valueText: string;
  /** The plain label and one line of help the policy sheet shows beside the name. */
  readonly label: string;
  readonly help: string;
}

/**
 * Every setting of a policy with its default, label and help, as text a user can edit: rates as
 * percentages, booleans as TRUE/FALSE, then one "roundTo <code>" line per currency with its own
 * rounding step, then one "collectProb <days>" line per point of the probability table.
 *
 * @example
 * settingLines(defaultPolicy)[0] //=> { name: "graceDays", kind: "days", defaultText: "30", valueText: "30", label: "Grace period (days)", … }
 */
export function settingLines(policy: Policy): readonly SettingLine[] {
  const settings = (Object.entries(policySettings) as [SingleSetting, SettingKind][]).map(([name, kind]) => ({
    name,
    kind,
    defaultText: valueText(kind, defaultPolicy[name]),
    valueText: valueText(kind, policy[name]),
    ...settingLabel(name),
  }));
  const steps = Object.entries(policy.roundingSteps).map(([code, step]) => ({
    name: `roundTo ${code}`,
    kind: "positiveAmount" as const,
    defaultText: defaultPolicy.roundingSteps[code] === undefined ? "" : String(defaultPolicy.roundingSteps[code]),
    valueText: String(step),
    ...tableLabel("roundingSteps", code),
  }));
  const defaults = new Map(defaultPolicy.collectProbability.map((point) => [point.days, point.probability]));
  const points = policy.collectProbability.map((point) => ({
    name: `collectProb ${point.days}`,
    kind: "rate" as const,
    defaultText: defaults.has(point.days) ? valueText("rate", defaults.get(point.days) ?? 0) : "",
    valueText: valueText("rate", point.probability),
    ...tableLabel("collectProbability", String(point.days)),
  }));
  const holidays = policy.holidays.map((holiday) => ({
    name: `holiday ${isoTextOfDay(holiday.day)}`,
    kind: "text" as const,
    defaultText: "",
    valueText: holiday.name,
    ...tableLabel("holidays", isoTextOfDay(holiday.day)),
  }));
  return [...settings, ...steps, ...points, ...holidays];
}

/**
 * A setting's value as the form shows it.
 *
 * @example
 * valueText("rate", 0.3)    //=> "30%"
 * valueText("boolean", true) //=> "TRUE"
 */
export function valueText(kind: SettingKind, value: number | boolean | string): string {
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (kind === "rate") return `${Number((value * 100).toFixed(4))}%`;
  return String(value);
}

/** The outcome of checking the form: a policy, or a message per setting that is refused. */
export type PolicyCheck =
  | { readonly ok: true; readonly policy: Policy }
  | { readonly ok: false; readonly bySetting: Readonly<Record<string, string>>; readonly general: string | null };

/**
 * Checks the form's text per setting with readPolicyTable: first each line alone (so each
 * message sits beside its field), then all together for the rules across settings. A line the
 * user left as shown keeps the exact value of `shown` (so "94.9%" stays 0.949, not 0.94900…01);
 * a blank line takes the default.
 *
 * @param edits - name and text of every line of the form
 * @param shown - the policy the form was filled from
 *
 * @example
 * checkPolicyEdits([["minContactGapDays", "-1"]], defaultPolicy)
 * //=> { ok: false, bySetting: { minContactGapDays: "policy setting minContactGapDays must not be negative" }, general: null }
 */
export function checkPolicyEdits(edits: readonly (readonly [string, string])[], shown: Policy): PolicyCheck {
  const exact = exactValues(shown);
  const rows = edits
    .filter(([, text]) => text.trim() !== "")
    .map(([name, text]) => {
      const known = exact.get(name);
      return [name, known && known.text === text.trim() ? known.value : text.trim()] as const;
    });
  const bySetting: Record<string, string> = {};
  for (const row of rows) {
    const alone = readPolicyTable([row]);
    if (!alone.ok && !isCrossRule(alone.problem)) bySetting[row[0]] = alone.problem;
  }
  if (Object.keys(bySetting).length > 0) return { ok: false, bySetting, general: null };
  const whole = readPolicyTable(rows);
  return whole.ok ? { ok: true, policy: whole.policy } : { ok: false, bySetting: {}, general: whole.problem };
}

/** Each line's text as shown for a policy, with the exact value behind it. */
function exactValues(policy: Policy): Map<string, { readonly text: string; readonly value: number | boolean | string }> {
  const values = new Map<string, { readonly text: string; readonly value: number | boolean | string }>();
  for (const [name, kind] of Object.entries(policySettings) as [SingleSetting, SettingKind][]) {
    values.set(name, { text: valueText(kind, policy[name]), value: policy[name] });
  }
  for (const [code, step] of Object.entries(policy.roundingSteps)) values.set(`roundTo ${code}`, { text: String(step), value: step });
  for (const point of policy.collectProbability) {
    values.set(`collectProb ${point.days}`, { text: valueText("rate", point.probability), value: point.probability });
  }
  for (const holiday of policy.holidays) values.set(`holiday ${isoTextOfDay(holiday.day)}`, { text: holiday.name, value: holiday.name });
  return values;
}

/** A line alone is read over the defaults, so a cross-setting rule may fire that the full table satisfies. */
function isCrossRule(message: string): boolean {
  return [why.cadenceBelowGap, why.settlementBeforeGrace, why.incentiveStartAboveMax].some((text) => message.endsWith(text));
}

/** The as-of date of the policy sheet, read from the form's yyyy-mm-dd text. */
export type AsOfReading = { readonly ok: true; readonly day: Day; readonly serial: number } | { readonly ok: false; readonly message: string };

/**
 * Reads the as-of date a user typed (yyyy-mm-dd) and gives its Excel serial.
 *
 * @example
 * readAsOf("2026-01-31", 1900) //=> { ok: true, day: 20484, serial: 46053 }
 * readAsOf("31/01/2026", 1900) //=> { ok: false, message: "as-of date is not a date: use an Excel date or yyyy-mm-dd text" }
 */
export function readAsOf(text: string, system: Policy["dateSystem"]): AsOfReading {
  const day = dayFromIsoText(text);
  if (typeof day === "string") return { ok: false, message: `as-of date ${why[day]}` };
  return { ok: true, day, serial: serialFromDay(day, system) };
}

/**
 * Today's date as the as-of field's text.
 *
 * @example
 * asOfText(20484) //=> "2026-01-31"
 */
export function asOfText(today: Day): string {
  return isoTextOfDay(today);
}
