import type { DecimalSeparator } from "./amountText";
import type { DateOrder } from "./dateText";
import type { DateSystem, Day } from "./days";
import type { Language } from "./vocabulary";
import { surveyProbabilityTable, type ProbabilityPoint } from "./collectProbability";
import { defaultRoundingSteps } from "./currency/roundingStep";
import type { Channel } from "./channel";

/** A public holiday of the policy's `holiday <yyyy-mm-dd>` rows: no contact is scheduled on it (R17). */
export interface Holiday {
  readonly day: Day;
  /** The holiday's name as the row's value gives it ("" when none). */
  readonly name: string;
}

/** The languages reminders are written in: English and the languages of the playbook's sources. */
export type ReminderLanguage = Language;

/** How English letters write dates and amounts: US style, British style, or chosen from the currency (USD: US). */
export type EnglishLocale = "auto" | "en-US" | "en-GB";

/**
 * The collection policy: every number the engine decides with. Defaults come from the
 * playbook (rule ids in comments) and docs/policy.md; users override them from a policy range.
 */
export interface Policy {
  /** R1: days past due before the first reminder. */
  readonly graceDays: number;
  /** R2: send a courtesy reminder around the due date, before the grace period ends. */
  readonly courtesyReminder: boolean;
  /** R2: how many days before the due date the courtesy reminder may go out. */
  readonly courtesyLeadDays: number;
  /** R17: never contact a customer again sooner than this. */
  readonly minContactGapDays: number;
  /** R17: the planned interval between follow-ups. */
  readonly cadenceDays: number;
  /** R22: days the desk waits for sales' answer after asking, before the next step. */
  readonly salesReplyDays: number;
  /** R17: the days of the week no contact is scheduled on ("Sat Sun", or "none"). */
  readonly weekend: string;
  /** R17: public holidays no contact is scheduled on (rows "holiday 2026-12-25"), in date order. */
  readonly holidays: readonly Holiday[];
  /** R6: the early-payment discount offered when the incentive phase starts. */
  readonly incentiveStartRate: number;
  /** R6: the largest discount, reached at the settlement age. */
  readonly incentiveMaxRate: number;
  /** R6: the profit a discount must leave when the margin is known (0 = break even). */
  readonly minProfitRate: number;
  /** R20: days past due from which settling for less is offered. */
  readonly settlementDays: number;
  /** R20: the least share of the balance a settlement asks for. */
  readonly settlementFloor: number;
  /** R10: share of what it collects that a collection agency keeps. */
  readonly agencyFeeRate: number;
  /** R12: share an attorney keeps (contingency). */
  readonly attorneyFeeRate: number;
  /** R12: suit fee and court costs paid to go through an attorney. */
  readonly attorneyCost: number;
  /** R12: smallest balance an attorney takes on. */
  readonly attorneyMinBalance: number;
  /** R11: the small-claims court's limit (0: no small-claims court chosen). */
  readonly smallClaimsLimit: number;
  /** R11: filing and service cost of a small claim. */
  readonly smallClaimsCost: number;
  /** R23: in-house cost of preparing any legal path (staff time, copies, postage). */
  readonly collectionCost: number;
  /** Offers are rounded up to a multiple of this (1: whole currency units). */
  readonly roundTo: number;
  /** The workbook's date system. */
  readonly dateSystem: DateSystem;
  /**
   * How the functions read dates written as text, beyond yyyy-mm-dd: "iso" (nothing else: an
   * ambiguous 04/02/2026 is refused, never guessed), "dayFirst" or "monthFirst". The pane sets it
   * from the order it inferred from the sheet's own dates.
   */
  readonly dateOrder: "iso" | DateOrder;
  /** The decimal separator of amounts written as text ("Rp 1.250.000,50" needs ","). */
  readonly decimalSeparator: DecimalSeparator;
  /**
   * Reminders: the language for customers whose row names none (R18); "auto" takes the language
   * the sheet's headers are written in, else English.
   */
  readonly language: ReminderLanguage | "auto";
  /** English letters: US dates ("Nov 23, 2026") or British ("23 Nov 2026"); "auto": US for USD, else British. */
  readonly locale: EnglishLocale;
  // Currency settings (issue 10), kept together.
  /** The ISO 4217 currency of rows whose sheet names none (no currency column, amount text, format or header). */
  readonly currency: string;
  /** Offers in these currencies are rounded up to their step (rows "roundTo IDR"); others to `roundTo`. */
  readonly roundingSteps: Readonly<Record<string, number>>;
  /** R13: the signature of reminders, a finance role rather than a salesperson. */
  readonly senderName: string;
  /** The From address of downloaded drafts ("" leaves it to the mail program). */
  readonly senderEmail: string;
  /** R10, R20: P(collect | days past due). */
  readonly collectProbability: readonly ProbabilityPoint[];
  // The case-by-case rules (issue 12 item 10), kept together.
  /** R3: a customer not contacted for this many days gets "Check in" while nothing new is due (0: off). */
  readonly maxSilenceDays: number;
  /** R4: the channel of customers whose row names none. */
  readonly channel: Channel;
  /** Customers owing less than this in a currency (in total) are not dunned (0: every balance is). */
  readonly minimumAmount: number;
  /** Rows "minimumAmount IDR": one currency's minimum amount. */
  readonly minimumAmounts: Readonly<Record<string, number>>;
  /** R15: a customer for at least this many days is long-standing. */
  readonly longStandingDays: number;
  /** R15: a customer for fewer days than this is new. */
  readonly newCustomerDays: number;
  /** R15: a customer owing at most this (in total, in a currency) owes little. */
  readonly smallBalance: number;
  /** Rows "smallBalance IDR": one currency's small balance. */
  readonly smallBalances: Readonly<Record<string, number>>;
  /** R14, R15: days of grace a gentle case gains and a firm case loses. */
  readonly caseByCaseDays: number;
  /** R24: late payments plus broken promises in 12 months that make a repeat late payer (0: off). */
  readonly repeatLateCount: number;
  /** Credit hold: a customer's open total over this asks to hold new orders (a Credit limit column overrides it); 0: no limit. */
  readonly creditLimit: number;
  /** Credit hold: any invoice more than this many days past due asks to hold new orders; 0: off. */
  readonly creditHoldDays: number;
}

/**
 * The playbook's default policy.
 *
 * @example
 * defaultPolicy.graceDays //=> 30
 */
export const defaultPolicy: Policy = {
  graceDays: 30,
  courtesyReminder: false,
  courtesyLeadDays: 3,
  minContactGapDays: 7,
  cadenceDays: 10,
  salesReplyDays: 7,
  weekend: "Sat Sun",
  holidays: [],
  incentiveStartRate: 0.02,
  incentiveMaxRate: 0.1,
  minProfitRate: 0,
  settlementDays: 120,
  settlementFloor: 0.5,
  agencyFeeRate: 0.3,
  attorneyFeeRate: 0.25,
  attorneyCost: 500,
  attorneyMinBalance: 25_000,
  smallClaimsLimit: 0,
  smallClaimsCost: 100,
  collectionCost: 50,
  roundTo: 1,
  dateSystem: 1900,
  dateOrder: "iso",
  decimalSeparator: ".",
  language: "auto",
  locale: "auto",
  currency: "USD",
  roundingSteps: defaultRoundingSteps,
  senderName: "Accounts receivable",
  senderEmail: "",
  collectProbability: surveyProbabilityTable,
  maxSilenceDays: 30,
  channel: "email",
  minimumAmount: 0,
  minimumAmounts: {},
  longStandingDays: 730,
  newCustomerDays: 180,
  smallBalance: 1_000,
  smallBalances: {},
  caseByCaseDays: 15,
  repeatLateCount: 3,
  creditLimit: 0,
  creditHoldDays: 90,
};
