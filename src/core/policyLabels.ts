import type { PolicyTableName, SingleSetting } from "./policySettings";

/** What the policy sheet shows beside a setting's name: a plain label and one line of help. */
export interface SettingLabel {
  readonly label: string;
  readonly help: string;
}

/**
 * The policy sheet's words, in one catalog a reviewer can correct without reading code: a plain
 * label and one line of help per setting (rule ids as in docs/policy.md). A setting added to the
 * policy gets its line here; `settingLabel` falls back to the name until it does.
 *
 * @example
 * policyLabels.graceDays //=> { label: "Grace period (days)", help: "Days past due before the first reminder (R1)." }
 */
export const policyLabels: Readonly<Partial<Record<SingleSetting, SettingLabel>>> = {
  graceDays: { label: "Grace period (days)", help: "Days past due before the first reminder (R1)." },
  courtesyReminder: { label: "Courtesy reminder", help: "TRUE: a friendly reminder may go out around the due date, before the grace period ends (R2)." },
  courtesyLeadDays: { label: "Courtesy lead (days)", help: "How many days before the due date the courtesy reminder may go out (R2)." },
  minContactGapDays: { label: "Least days between contacts", help: "Never contact a customer again sooner than this (R17)." },
  cadenceDays: { label: "Follow-up interval (days)", help: "The planned days between follow-ups; at least the least gap (R17)." },
  salesReplyDays: { label: "Days to wait for sales", help: "After asking sales about a customer, wait this long for their answer before the next step (R22)." },
  weekend: { label: "No contact on (weekend)", help: 'Days of the week no contact is scheduled on, e.g. "Sat Sun", or "none" (R17).' },
  incentiveStartRate: { label: "First incentive discount", help: "The early-payment discount offered when the incentive phase starts (R6)." },
  incentiveMaxRate: { label: "Largest incentive discount", help: "The discount reached at the settlement age (R6)." },
  minProfitRate: { label: "Profit a discount must leave", help: "With the sale's margin known, a discount never leaves less profit than this (R6)." },
  settlementDays: { label: "Settlement from (days past due)", help: "From this age a settlement for less is offered (R20)." },
  settlementFloor: { label: "Least share a settlement asks", help: "A settlement never asks for less than this share of the balance (R20)." },
  agencyFeeRate: { label: "Collection agency fee", help: "The share of what it collects that an agency keeps (R10)." },
  attorneyFeeRate: { label: "Attorney fee", help: "The attorney's contingency share (R12)." },
  attorneyCost: { label: "Attorney costs", help: "Suit fee and court costs of going through an attorney (R12)." },
  attorneyMinBalance: { label: "Least balance for an attorney", help: "Smaller balances are not sent to an attorney (R12)." },
  smallClaimsLimit: { label: "Small-claims limit", help: "The small-claims court's limit; 0: no small-claims court chosen (R11)." },
  smallClaimsCost: { label: "Small-claims cost", help: "Filing and service cost of a small claim (R11)." },
  collectionCost: { label: "In-house cost of a legal path", help: "Staff time, copies and postage of preparing any legal path (R23)." },
  roundTo: { label: "Round offers to", help: "Offers are rounded up to a multiple of this, for currencies without their own step below." },
  dateSystem: { label: "Date system", help: "1900 (Windows default) or 1904 (old Mac workbooks)." },
  dateOrder: { label: "Order of text dates", help: "iso, dayFirst or monthFirst: how dates typed as text are read." },
  decimalSeparator: { label: "Decimal separator of text amounts", help: '"." (1,250.50) or "," (Rp 1.250.000,50).' },
  language: { label: "Reminder language", help: "auto (the language of the sheet's headers), en, id, lv or th, for customers whose row names none (R18)." },
  locale: { label: "Date style of English letters", help: "auto (US for USD, else British), en-US (Nov 23, 2026) or en-GB (23 Nov 2026)." },
  currency: { label: "Currency when the sheet names none", help: "ISO code used when no currency column, amount text, number format or header names one." },
  senderName: { label: "Signature of reminders", help: "A finance role, so the salesperson keeps the relationship (R13)." },
  senderEmail: { label: "From address of drafts", help: "The From of downloaded .eml drafts; empty: your mail program fills it in." },
  maxSilenceDays: { label: "Check in after (days without contact)", help: "A customer not contacted for this long gets a check-in even while nothing new is due; 0: off (R3)." },
  channel: { label: "Channel when the sheet names none", help: "email, phone, letter, sms, whatsapp or fax: how customers without a Channel cell are reached (R4)." },
  minimumAmount: { label: "Minimum amount to dun", help: "A customer owing less than this in total (per currency) is not dunned; 0: every balance is." },
  longStandingDays: { label: "Long-standing customer from (days)", help: "A customer for at least this long who owes little escalates more gently (R15)." },
  newCustomerDays: { label: "New customer under (days)", help: "A customer for less than this who owes more than the small balance escalates faster (R15)." },
  smallBalance: { label: "Small balance up to", help: "A customer's total up to this (per currency) counts as owing little (R15)." },
  caseByCaseDays: { label: "Case-by-case grace shift (days)", help: "Days of grace a gentle case gains and a firm case loses (R14, R15); 0: everyone alike." },
  repeatLateCount: { label: "Repeat late payer from", help: "Late payments plus broken promises in 12 months that flag a repeat late payer; 0: off (R24)." },
  creditLimit: { label: "Credit limit", help: "Hold new orders for a customer whose open total is over this; a Credit limit column overrides it per customer; 0: no limit." },
  creditHoldDays: { label: "Credit hold after (days past due)", help: "Hold new orders for a customer with an invoice more than this many days past due; 0: off." },
};

/**
 * The label and help of a table's rows ("collectProb 90", "roundTo IDR"), the key filled in.
 *
 * @example
 * tableLabel("roundingSteps", "IDR") //=> { label: "Round offers in IDR to", help: "Offers in IDR are rounded up to a multiple of this." }
 */
export function tableLabel(table: PolicyTableName, key: string): SettingLabel {
  switch (table) {
    case "holidays":
      return { label: `Public holiday ${key}`, help: "No contact is scheduled on this day; the value is the holiday's name (R17)." };
    case "collectProbability":
      return { label: `Chance of collecting at ${key} days`, help: "P(collect) of a debt this many days past due; the rows together replace the survey curve (R10, R20)." };
    case "roundingSteps":
      return { label: `Round offers in ${key} to`, help: `Offers in ${key} are rounded up to a multiple of this.` };
    case "minimumAmounts":
      return { label: `Minimum amount to dun in ${key}`, help: `A customer owing less than this in ${key} in total is not dunned.` };
    case "smallBalances":
      return { label: `Small balance in ${key} up to`, help: `A customer's total in ${key} up to this counts as owing little (R15).` };
  }
}

/**
 * A setting's label and help; a setting without a catalog line yet shows its name and no help.
 *
 * @example
 * settingLabel("graceDays").label //=> "Grace period (days)"
 */
export function settingLabel(name: SingleSetting): SettingLabel {
  return policyLabels[name] ?? { label: name, help: "" };
}
