import type { DateProblem } from "./days";

/**
 * Every message the engine and the custom functions show a user, in one catalog so wording
 * stays consistent and reviewable. A message is always "<what> <why>", e.g.
 * "dueDate is not a date: use an Excel date or yyyy-mm-dd text".
 */
export const why = {
  beforeFirstDate: "is before 1 Jan 1900, the first date Excel knows",
  fakeLeapDay: "is serial 60, Excel's fictitious 29 Feb 1900",
  afterLastDate: "is after 31 Dec 9999, the last date Excel knows",
  notADate: "is not a date: use an Excel date or yyyy-mm-dd text",
  required: "is required",
  notASingleValue: "must be a single cell, not a range",
  negative: "must not be negative",
  // The one limit is MAX_AMOUNT (money.ts); amountLimitMessage (cellMessages.ts) words it with the amount.
  tooLargeAmount: "is above the largest amount the desk accepts (10,000,000,000,000)",
  ambiguousSeparator:
    'is ambiguous: one "." or "," before three digits could be a decimal or a thousands separator; write the amount without thousands separators, or set the policy\'s currency or decimalSeparator',
  tooManyDays: "must be at most 36,500 days (100 years)",
  notFinite: "could not be computed for these arguments: it is beyond what a cell can hold",
  notAValue: "is a data type (an entity or a linked record), not a value: point it at a cell that holds a number, date or text",
  notWhole: "must be a whole number",
  notPositive: "must be greater than 0",
  notARate: "must be a rate from 0 to 1 (0% to 100%)",
  notADateSystem: "must be 1900 or 1904",
  notADateOrder: "must be iso, dayFirst or monthFirst",
  notASeparator: 'must be "." or ","',
  notALanguage: "must be auto, en, id, lv or th (English, Indonesian, Latvian or Thai)",
  notALocale: 'must be auto, en-US or en-GB (how English letters write dates: "Nov 23, 2026" or "23 Nov 2026")',
  notAChannel: "must be email, phone, letter, sms, whatsapp or fax (or a local word such as telepon, surat, tālrunis, โทรศัพท์)",
  notACurrency: "must be a three-letter ISO 4217 code such as USD",
  notOneLine: "must be one line of at most 200 characters",
  notAnEmail: "must be an email address such as ar@example.com, or empty",
  notAWeekend: 'must name days of the week such as "Sat Sun" (not all seven), or "none"',
  notAnInterval: 'must be a number of days or "monthly"',
  policyShape: "must be a range of two columns: name and value",
  bucketEdges: "must be whole numbers of days above 0, in increasing order",
  cadenceBelowGap: "must not be below minContactGapDays (R17)",
  settlementBeforeGrace: "must not be below graceDays",
  incentiveStartAboveMax: "must not exceed incentiveMaxRate",
  probabilityAges: "rows must name different ages (days)",
} as const satisfies Record<DateProblem, string> & Record<string, string>;

export type Why = keyof typeof why;

/**
 * The message for a named thing and a catalog reason.
 *
 * @example
 * problem("dueDate", "notADate") //=> "dueDate is not a date: use an Excel date or yyyy-mm-dd text"
 */
export function problem(subject: string, reason: Why): string {
  return `${subject} ${why[reason]}`;
}

/** Messages that quote the offending value. */
export const quoted = {
  notANumber: (subject: string, value: unknown) => `${subject} must be a number, not ${shownValue(value)}`,
  notText: (subject: string, value: unknown) => `${subject} must be text, not ${shownValue(value)}`,
  notABoolean: (subject: string, value: unknown) => `${subject} must be TRUE or FALSE, not ${shownValue(value)}`,
  errorValue: (subject: string, code: string) => `${subject} is the error ${code}`,
  tooLarge: (subject: string, max: number) => `${subject} must be at most ${max}`,
  /** A required count that is blank or 0: Excel desktop hands an empty cell over as 0, the web as null; one message for both. */
  requiredCount: (subject: string, min: number) => `${subject} is required: a whole number of at least ${min} (the cell is empty or 0)`,
  tooSmall: (subject: string, min: number) => `${subject} must be at least ${min}`,
  unknownStatus: (word: string) =>
    `status has an unknown word ${shownValue(word)}: use disputed, promise to pay <date>, unreachable, hardship, settlement offered, sales asked or do not contact (or the Indonesian, Latvian or Thai words), separated by commas; free text belongs in a notes column`,
  unknownSetting: (name: string) => `policy has an unknown setting ${shownValue(name)}`,
  unknownChannel: (word: string, known: string) => `channel has an unknown word ${shownValue(word)}: use ${known} (or telepon, surat, tālrunis, โทรศัพท์…)`,
  unknownPolicySet: (name: string, known: string) =>
    `policySet ${shownValue(name)} is not a column of the policy range${known === "" ? "" : ` (its sets: ${known})`}: pass the whole policy table with its header, DunningPolicyTable[#All]`,
  duplicateSetting: (name: string) => `policy names the setting ${shownValue(name)} twice`,
} as const;

/**
 * A short rendering of a cell value for messages: text in quotes, TRUE/FALSE, numbers.
 *
 * @example
 * shownValue("abc") //=> "\"abc\""
 * shownValue(null)  //=> "a blank"
 */
export function shownValue(value: unknown): string {
  if (typeof value === "string" && value !== "") return `"${value.length > 40 ? value.slice(0, 37) + "..." : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value === null || value === undefined || value === "") return "a blank";
  if (Array.isArray(value)) return "a range";
  return typeof value === "number" ? String(value) : "an unreadable value";
}
