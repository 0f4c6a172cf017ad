import { defaultPolicy, type Policy } from "./policy";
import { isoCurrencyCode } from "./currency/currencyCode";
import { currencyTables, foldSettingName, holidayRowPattern, policySettings, policyTables, probabilityRowPattern, settingChoices, type SettingKind } from "./policySettings";
import type { ProbabilityPoint } from "./collectProbability";
import { problem, quoted, type Why } from "./problems";
import { readNumberCell, type NumberKind, type NumberRules } from "./cellNumber";
import { dayFromIsoText, MAX_DAYS } from "./days";
import type { Holiday } from "./policy";
import { readWeekend } from "./workingDays";

/** The outcome of reading a policy: a policy, or the message that says what is wrong. */
export type PolicyResult = { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly problem: string };

type Overrides = { -readonly [K in keyof Policy]?: Policy[K] };
type Read = { readonly value: number | boolean | string } | { readonly why: Why } | { readonly notANumber: true };

const settingByFoldedName = new Map(
  Object.entries(policySettings).map(([name, kind]) => [foldSettingName(name), { name, kind }] as const),
);
const HEADER_NAMES = new Set(["name", "setting", "policy", "parameter"]);

/**
 * Reads a two-column name/value table (a policy sheet range) over the default policy.
 * Blank rows and a "Name | Value" header row are skipped; any other unknown name is an error.
 *
 * @param rows - the range's values as Excel passes them
 * @param base - the policy the table overrides
 * @returns the policy, or a problem that names the setting
 *
 * @example
 * readPolicyTable([["graceDays", 14]]) //=> { ok: true, policy: { ...defaultPolicy, graceDays: 14 } }
 * readPolicyTable([["graceDays", -1]]) //=> { ok: false, problem: "policy setting graceDays must not be negative" }
 */
export function readPolicyTable(rows: readonly (readonly unknown[])[], base: Policy = defaultPolicy): PolicyResult {
  const overrides: Overrides = {};
  const points: ProbabilityPoint[] = [];
  const keyed: Record<CurrencyTable, Record<string, number>> = { roundingSteps: {}, minimumAmounts: {}, smallBalances: {} };
  const holidays: Holiday[] = [];
  const seen = new Set<string>();
  const rules = numberRulesOf(rows, base);
  for (const row of rows) {
    if (row.length < 2) return fail(problem("policy", "policyShape"));
    const [name, value] = row;
    // Excel desktop passes empty cells as 0, Excel on the web as null.
    if (isEmptyName(name) && isEmptyName(value)) continue;
    if (typeof name !== "string") return fail(quoted.unknownSetting(String(name)));
    const folded = foldSettingName(name);
    if (HEADER_NAMES.has(folded) && typeof value === "string") continue;
    if (seen.has(folded)) return fail(quoted.duplicateSetting(name.trim()));
    seen.add(folded);
    const rowProblem = readRow(folded, name.trim(), value, rules, overrides, { points, keyed, holidays });
    if (rowProblem) return fail(rowProblem);
  }
  if (points.length > 0) overrides.collectProbability = points.sort((a, b) => a.days - b.days);
  // Currency rows (roundTo IDR, minimumAmount IDR) override their currency only: the others keep theirs.
  for (const table of currencyTables) if (Object.keys(keyed[table]).length > 0) overrides[table] = { ...base[table], ...keyed[table] };
  // Holiday rows add to the base's list (a policy set keeps the Value column's holidays).
  if (holidays.length > 0) overrides.holidays = mergeHolidays(base.holidays, holidays);
  return checkPolicy({ ...base, ...overrides });
}

/** Cross-setting rules that no single value can break on its own. */
function checkPolicy(policy: Policy): PolicyResult {
  if (policy.cadenceDays < policy.minContactGapDays) return fail(problem("policy setting cadenceDays", "cadenceBelowGap"));
  if (policy.settlementDays < policy.graceDays) return fail(problem("policy setting settlementDays", "settlementBeforeGrace"));
  if (policy.incentiveStartRate > policy.incentiveMaxRate) {
    return fail(problem("policy setting incentiveStartRate", "incentiveStartAboveMax"));
  }
  const days = policy.collectProbability.map((point) => point.days);
  if (new Set(days).size !== days.length) return fail(problem("policy collectProb", "probabilityAges"));
  return { ok: true, policy };
}

interface TableRows {
  readonly points: ProbabilityPoint[];
  readonly keyed: Record<CurrencyTable, Record<string, number>>;
  readonly holidays: Holiday[];
}

function readRow(folded: string, name: string, value: unknown, rules: NumberRules, overrides: Overrides, tables: TableRows): string | undefined {
  const holiday = holidayRowPattern.exec(folded);
  if (holiday) return readHoliday(`${holiday[1]}-${holiday[2]}-${holiday[3]}`, name, value, tables.holidays);
  const probabilityRow = probabilityRowPattern.exec(folded);
  const currencyRow = currencyRowOf(folded);
  const keyed = probabilityRow ? { name, kind: "rate" as const } : currencyRow ? { name, kind: policyTables[currencyRow.table].kind } : undefined;
  const setting = keyed ?? settingByFoldedName.get(folded);
  if (!setting) return quoted.unknownSetting(name);
  const read = readSetting(setting.kind, value, rules);
  const subject = `policy setting ${setting.name}`;
  if ("notANumber" in read) return notReadable(setting.kind, subject, value);
  if ("why" in read) return problem(subject, read.why);
  if (probabilityRow) tables.points.push({ days: Number(probabilityRow[1]), probability: Number(read.value) });
  else if (currencyRow) tables.keyed[currencyRow.table][currencyRow.code] = Number(read.value);
  else Object.assign(overrides, { [setting.name]: read.value });
  return undefined;
}

type CurrencyTable = (typeof currencyTables)[number];

/** A row "<prefix> <ISO code>" of a currency table ("roundto idr" folded as "roundtoidr"), else null. */
function currencyRowOf(folded: string): { readonly table: CurrencyTable; readonly code: string } | null {
  for (const table of currencyTables) {
    const prefix = policyTables[table].prefix.toLowerCase();
    if (!folded.startsWith(prefix) || folded.length !== prefix.length + 3) continue;
    const code = isoCurrencyCode(folded.slice(prefix.length));
    if (code) return { table, code };
  }
  return null;
}

function notReadable(kind: SettingKind, subject: string, value: unknown): string {
  if (kind === "boolean") return quoted.notABoolean(subject, value);
  return kind === "text" || kind === "email" || kind === "currency" || kind === "language" || kind === "locale" || kind === "weekend" || kind === "channel" ? quoted.notText(subject, value) : quoted.notANumber(subject, value);
}

/** A value of the given kind, or the catalog reason it is not one. */
function readSetting(kind: SettingKind, value: unknown, rules: NumberRules): Read {
  if (kind === "boolean") {
    const flag = readBoolean(value);
    return flag === undefined ? { notANumber: true } : { value: flag };
  }
  const choices = settingChoices[kind];
  if (choices) {
    const choice = typeof value === "string" ? choices[value.trim().toLowerCase().replace(/[\s_-]+/g, "")] : undefined;
    return choice === undefined ? { why: choiceProblems[kind] ?? "notASeparator" } : { value: choice };
  }
  if (kind === "currency" || kind === "text" || kind === "email") return readText(kind, value);
  if (kind === "weekend") return readWeekendValue(value);
  if (kind === "dateOrder" || kind === "decimalSeparator" || kind === "language" || kind === "locale" || kind === "channel") return { notANumber: true };
  // Excel desktop passes an empty value cell as 0 and the web as null: both read as 0 (issue 13).
  const number = readNumberCell(value === null || value === undefined || value === "" ? 0 : value, NUMBER_KINDS[kind], rules);
  if (number === "notANumber" || number === null) return { notANumber: true };
  if (typeof number === "string") return { why: number };
  const reason = numberProblem(kind, number);
  return reason ? { why: reason } : { value: number };
}

/** A `holiday <yyyy-mm-dd>` row: its date from the name, its value the holiday's name (or blank). */
function readHoliday(iso: string, name: string, value: unknown, holidays: Holiday[]): string | undefined {
  const day = dayFromIsoText(iso);
  if (typeof day === "string") return problem(`policy setting ${name}`, day);
  const label = value === null || value === undefined || value === 0 ? "" : typeof value === "string" ? value.trim() : typeof value === "number" || typeof value === "boolean" ? String(value) : "";
  if (label.length > 200 || /[\r\n]/.test(label)) return problem(`policy setting ${name}`, "notOneLine");
  // A blank value still names the row, so the pane's form (which drops blank lines) keeps it.
  holidays.push({ day, name: label === "" ? "holiday" : label });
  return undefined;
}

function mergeHolidays(base: readonly Holiday[], added: readonly Holiday[]): Holiday[] {
  const byDay = new Map(base.map((holiday) => [holiday.day, holiday]));
  for (const holiday of added) byDay.set(holiday.day, holiday);
  return [...byDay.values()].sort((a, b) => a.day - b.day);
}

const choiceProblems: Partial<Record<SettingKind, Why>> = { dateOrder: "notADateOrder", decimalSeparator: "notASeparator", language: "notALanguage", locale: "notALocale", channel: "notAChannel" };

/** Text settings: a currency code (upper-cased), one line of text, or an email address ("" for none). */
function readText(kind: "currency" | "text" | "email", value: unknown): Read {
  // Excel desktop passes an empty cell as 0 and the web as null: both are "no text".
  const text = value === null || value === 0 ? "" : typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : null;
  if (text === null) return { notANumber: true };
  if (kind === "currency") return /^[A-Za-z]{3}$/.test(text) ? { value: text.toUpperCase() } : { why: "notACurrency" };
  if (kind === "email") return text === "" || /^[^\s@"<>,;]+@[^\s@"<>,;]+\.[^\s@"<>,;]+$/.test(text) ? { value: text } : { why: "notAnEmail" };
  return text.length <= 200 && !/[\r\n]/.test(text) ? { value: text } : { why: "notOneLine" };
}

/** The weekend: day names ("Sat Sun"), "none", or an empty cell (none, as an empty value is 0). */
function readWeekendValue(value: unknown): Read {
  const text = value === null || value === undefined || value === 0 ? "" : typeof value === "string" ? value : null;
  if (text === null) return { notANumber: true };
  const weekend = readWeekend(text);
  return weekend === null ? { why: "notAWeekend" } : { value: weekend };
}

function numberProblem(kind: Exclude<SettingKind, "boolean" | "dateOrder" | "decimalSeparator" | "language" | "locale" | "currency" | "text" | "email" | "weekend" | "channel">, number: number): Why | undefined {
  switch (kind) {
    case "days":
      if (!Number.isInteger(number)) return "notWhole";
      // A day count past 100 years is a typo; past ~10^8 days date arithmetic throws (issue 13).
      return number < 0 ? "negative" : number > MAX_DAYS ? "tooManyDays" : undefined;
    case "rate":
      return number < 0 || number > 1 ? "notARate" : undefined;
    case "amount":
      return number < 0 ? "negative" : undefined;
    case "positiveAmount":
      return number <= 0 ? "notPositive" : undefined;
    case "dateSystem":
      return number === 1900 || number === 1904 ? undefined : "notADateSystem";
  }
}

const NUMBER_KINDS: Readonly<Record<"days" | "rate" | "amount" | "positiveAmount" | "dateSystem", NumberKind>> = {
  days: "number",
  rate: "rate",
  amount: "amount",
  positiveAmount: "amount",
  dateSystem: "number",
};

/** How the table's numbers read: by its own decimalSeparator and currency rows, else the base policy's. */
function numberRulesOf(rows: readonly (readonly unknown[])[], base: Policy): NumberRules {
  let separator = base.decimalSeparator;
  let currency = base.currency;
  for (const [name, value] of rows) {
    if (typeof name !== "string" || typeof value !== "string") continue;
    const folded = foldSettingName(name);
    const choice = settingChoices.decimalSeparator?.[value.trim().toLowerCase()];
    if (folded === "decimalseparator" && (choice === "." || choice === ",")) separator = choice;
    if (folded === "currency" && /^[A-Za-z]{3}$/.test(value.trim())) currency = value.trim().toUpperCase();
  }
  return { separator, currency, scope: "single" };
}

function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === 1 || value === 0) return value === 1;
  const text = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (["true", "yes", "on"].includes(text)) return true;
  if (["false", "no", "off"].includes(text)) return false;
  return undefined;
}

function isEmptyName(value: unknown): boolean {
  return value === null || value === undefined || value === "" || value === 0;
}

function fail(message: string): PolicyResult {
  return { ok: false, problem: message };
}
