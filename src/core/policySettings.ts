import { channelWords } from "./channel";
import type { Policy } from "./policy";

/** How a policy value is read and checked. */
export type SettingKind =
  | "days"
  | "rate"
  | "amount"
  | "positiveAmount"
  | "boolean"
  | "dateSystem"
  | "dateOrder"
  | "decimalSeparator"
  | "language"
  | "locale"
  | "currency"
  | "text"
  | "email"
  | "weekend"
  | "channel";

/** The words a text setting accepts, folded (see `foldSettingName`), and the value each means. */
export const settingChoices: Readonly<Partial<Record<SettingKind, Readonly<Record<string, string>>>>> = {
  dateOrder: { iso: "iso", dayfirst: "dayFirst", dmy: "dayFirst", "dd/mm/yyyy": "dayFirst", monthfirst: "monthFirst", mdy: "monthFirst", "mm/dd/yyyy": "monthFirst" },
  decimalSeparator: { ".": ".", ",": ",", point: ".", comma: "," },
  language: {
    en: "en", english: "en",
    id: "id", indonesian: "id", bahasaindonesia: "id",
    lv: "lv", latvian: "lv", "latviešu": "lv",
    th: "th", thai: "th", "ภาษาไทย": "th",
    auto: "auto", automatic: "auto",
  },
  locale: { auto: "auto", automatic: "auto", enus: "en-US", us: "en-US", engb: "en-GB", gb: "en-GB", uk: "en-GB" },
  // R4: the Channel column's words, folded as setting values are (no spaces or dashes).
  channel: Object.fromEntries(Object.entries(channelWords).flatMap(([channel, words]) => words.map((word) => [word.replace(/[\s_-]+/g, ""), channel]))),
};

/** The policy's tables: one row per key ("collectProb 90", "roundTo IDR"), not one setting. */
export type PolicyTableName = "collectProbability" | "roundingSteps" | "holidays" | "minimumAmounts" | "smallBalances";

/** The settings that are a single value. */
export type SingleSetting = Exclude<keyof Policy, PolicyTableName>;

/**
 * The policy's tables as rows "<prefix> <key>": by age in days (collectProb 90), by currency
 * (roundTo IDR). Later tables (reference interest rates by date, exchange rates by currency and
 * date) are added here as rows of the same sheet, not a new layout.
 *
 * @example
 * policyTables.roundingSteps.prefix //=> "roundTo"
 */
export const policyTables: Readonly<Record<PolicyTableName, { readonly prefix: string; readonly key: "days" | "currency" | "date"; readonly kind: SettingKind }>> = {
  collectProbability: { prefix: "collectProb", key: "days", kind: "rate" },
  roundingSteps: { prefix: "roundTo", key: "currency", kind: "positiveAmount" },
  holidays: { prefix: "holiday", key: "date", kind: "text" },
  minimumAmounts: { prefix: "minimumAmount", key: "currency", kind: "amount" },
  smallBalances: { prefix: "smallBalance", key: "currency", kind: "amount" },
};

/** The tables keyed by currency: rows "<prefix> <ISO code>", each overriding its currency only. */
export const currencyTables = ["roundingSteps", "minimumAmounts", "smallBalances"] as const satisfies readonly PolicyTableName[];

/** Every policy setting a user can override, with its kind and the rule behind it. */
export const policySettings: Readonly<Record<SingleSetting, SettingKind>> = {
  graceDays: "days",
  courtesyReminder: "boolean",
  courtesyLeadDays: "days",
  minContactGapDays: "days",
  cadenceDays: "days",
  salesReplyDays: "days",
  weekend: "weekend",
  incentiveStartRate: "rate",
  incentiveMaxRate: "rate",
  minProfitRate: "rate",
  settlementDays: "days",
  settlementFloor: "rate",
  agencyFeeRate: "rate",
  attorneyFeeRate: "rate",
  attorneyCost: "amount",
  attorneyMinBalance: "amount",
  smallClaimsLimit: "amount",
  smallClaimsCost: "amount",
  collectionCost: "amount",
  roundTo: "positiveAmount",
  dateSystem: "dateSystem",
  dateOrder: "dateOrder",
  decimalSeparator: "decimalSeparator",
  language: "language",
  locale: "locale",
  currency: "currency",
  senderName: "text",
  senderEmail: "email",
  maxSilenceDays: "days",
  channel: "channel",
  minimumAmount: "amount",
  longStandingDays: "days",
  newCustomerDays: "days",
  smallBalance: "amount",
  caseByCaseDays: "days",
  repeatLateCount: "days",
  creditLimit: "amount",
  creditHoldDays: "days",
};

/** Rows named `collectProb <days>` (e.g. "collectProb 90") replace the probability table. */
export const probabilityRowPattern = /^collectprob\D*?(\d+)\s*d?$/;

/** Rows named `roundTo <ISO code>` (e.g. "roundTo IDR", folded "roundtoidr") set that currency's rounding step. */
export const roundingRowPattern = /^roundto([a-z]{3})$/;

/** Rows named `holiday <yyyy-mm-dd>` (e.g. "holiday 2026-12-25", folded "holiday20261225") list public holidays. */
export const holidayRowPattern = /^holiday(\d{4})(\d{2})(\d{2})$/;

/**
 * A setting's name folded for matching: case, spaces, underscores and dashes do not matter.
 *
 * @example
 * foldSettingName(" Grace_Days ") //=> "gracedays"
 */
export function foldSettingName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}
