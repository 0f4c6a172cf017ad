import type { Policy } from "./policy";

/** How a policy value is read and checked. */
export type SettingKind = "days" | "rate" | "amount" | "positiveAmount" | "boolean" | "dateSystem";

/** Every policy setting a user can override, with its kind and the rule behind it. */
export const policySettings: Readonly<Record<Exclude<keyof Policy, "collectProbability">, SettingKind>> = {
  graceDays: "days",
  courtesyReminder: "boolean",
  courtesyLeadDays: "days",
  minContactGapDays: "days",
  cadenceDays: "days",
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
};

/** Rows named `collectProb <days>` (e.g. "collectProb 90") replace the probability table. */
export const probabilityRowPattern = /^collectprob\D*?(\d+)\s*d?$/;

/**
 * A setting's name folded for matching: case, spaces, underscores and dashes do not matter.
 *
 * @example
 * foldSettingName(" Grace_Days ") //=> "gracedays"
 */
export function foldSettingName(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, "");
}
