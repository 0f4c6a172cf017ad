import { collectProbability } from "./collectProbability";
import { knownMinorUnits } from "./currency/minorUnits";
import type { Day } from "./days";
import type { Account } from "./ladderStep";
import type { Policy } from "./policy";

/** Why an invoice has nothing at stake, or "open" when it has. */
export type StakeCause = "open" | "paid" | "disputed" | "promised" | "doNotContact";

/** The money expected to be lost by waiting one more contact cycle, and the figures behind it. */
export interface Stake {
  /** balance × (chanceNow − chanceLater), rounded to the currency's minor unit; 0 unless "open". */
  readonly amount: number;
  /** P(collect) today, from the policy's curve at the invoice's age. */
  readonly chanceNow: number;
  /** P(collect) one cadence later (`cadenceDays` from today). */
  readonly chanceLater: number;
  /** The wait the stake is measured over: the policy's `cadenceDays`. */
  readonly days: number;
  readonly cause: StakeCause;
}

/**
 * What waiting one more contact cycle is expected to cost (the worklist's sort key): the balance
 * times the fall of the collection-probability curve (`collectProbability`, the policy's curve)
 * between today's age and the age one `cadenceDays` later. Nothing is at stake for a paid invoice
 * or a credit, a disputed one (the dispute decides, not the calendar), a promise not yet due (the
 * customer is given the day), or a customer who must not be contacted (R19: waiting is not a
 * choice). A not-yet-due invoice has little at stake: the curve is flat before day 0.
 *
 * @param account - the invoice's facts, as the ladder reads them (status and promise included)
 * @param asOf - the day of the decision
 * @param currency - the balance's ISO code, for its rounding; null or unknown: whole cents
 *
 * @example
 * // 10,000 at 60 days past due, cadence 10: the survey curve falls from 81.3% to 77.4%
 * valueAtStake({ ...account, balance: 10000, dueDay: asOf - 60 }, asOf, defaultPolicy, "EUR")
 * //=> { amount: 390, chanceNow: 0.813, chanceLater: 0.774, days: 10, cause: "open" }
 */
export function valueAtStake(account: Account, asOf: Day, policy: Policy, currency: string | null): Stake {
  const age = asOf - account.dueDay;
  const days = policy.cadenceDays;
  const chanceNow = collectProbability(age, policy.collectProbability);
  const chanceLater = collectProbability(age + days, policy.collectProbability);
  const cause = causeOf(account, asOf);
  // A custom curve may rise somewhere; waiting then costs nothing, never a negative amount.
  const amount = cause === "open" ? roundToMinorUnit(account.balance * Math.max(0, chanceNow - chanceLater), currency) : 0;
  return { amount, chanceNow, chanceLater, days, cause };
}

function causeOf(account: Account, asOf: Day): StakeCause {
  if (account.balance <= 0) return "paid";
  if (account.status.doNotContact) return "doNotContact";
  if (account.status.disputed) return "disputed";
  if (account.promiseDay !== null && account.promiseDay >= asOf) return "promised";
  return "open";
}

function roundToMinorUnit(amount: number, currency: string | null): number {
  const digits = (currency === null ? undefined : knownMinorUnits(currency)) ?? 2;
  const scale = 10 ** digits;
  return Math.round((amount + Number.EPSILON * amount) * scale) / scale;
}

const percent = new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 0 });

/**
 * The stake in words, for the worklist and `AR.STAKEREASON`.
 *
 * @example
 * describeStake({ amount: 390, chanceNow: 0.813, chanceLater: 0.774, days: 10, cause: "open" }, "EUR")
 * //=> "390.00 EUR at stake: the chance of collecting falls from 81% to 77% in the next 10 days"
 */
export function describeStake(stake: Stake, currency: string | null): string {
  switch (stake.cause) {
    case "paid":
      return "nothing at stake: nothing is owed";
    case "doNotContact":
      return "nothing at stake by waiting: the customer must not be contacted (R19)";
    case "disputed":
      return "nothing at stake by waiting: the dispute decides, not the calendar";
    case "promised":
      return "nothing at stake by waiting: the promised date has not passed";
    case "open":
      if (stake.amount === 0) return `nothing at stake: the chance of collecting (${percent.format(stake.chanceNow)}) does not fall in the next ${stake.days} days`;
      return `${money(stake.amount, currency)} at stake: the chance of collecting falls from ${percent.format(stake.chanceNow)} to ${percent.format(stake.chanceLater)} in the next ${stake.days} days`;
  }
}

function money(amount: number, currency: string | null): string {
  const digits = (currency === null ? undefined : knownMinorUnits(currency)) ?? 2;
  const text = new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
  return currency === null ? text : `${text} ${currency}`;
}
