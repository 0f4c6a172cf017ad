import * as aging from "../core/aging";
import { collectProbability } from "../core/collectProbability";
import type { Day } from "../core/days";
import { agencyNet } from "../core/legalPath";
import { roundToCents } from "../core/money";
import { caseContactDay } from "../core/caseContactDay";
import { decideCase } from "../core/caseDecision";
import { describeCase } from "../core/caseReason";
import { isRepeatLatePayer } from "../core/paymentHistory";
import type { Interval } from "../core/paymentPlan";
import { paymentPlan } from "../core/paymentPlan";
import type { Policy } from "../core/policy";
import { settlementOffer } from "../core/settlement";
import { ladderStep } from "../core/ladderStep";
import { stepOffer } from "../core/stepOffer";
import { describeStake, valueAtStake } from "../core/valueAtStake";
import { refuse } from "./cellValues";
import { ladderAccount } from "./ladderArguments";
import { DAYS_OVERDUE, LADDER_PARAMETERS, POLICY, type ParameterSpec } from "./parameterSpec";

/**
 * What a function returns, which the runner checks before Excel sees it: a finite number, a
 * date (a serial inside Excel's range), a date or "" (blank), text, TRUE/FALSE, or rows of [date, amount].
 */
export type ResultKind = "number" | "date" | "dateOrBlank" | "text" | "boolean" | "dateAmountRows";

/** A day the engine returns, for the runner to turn into a serial of the workbook's date system. */
export interface DayResult {
  readonly day: Day;
}

/** One AR function: its parameters, what it returns, and the engine call over the read arguments. */
export interface FunctionSpec {
  readonly parameters: readonly ParameterSpec[];
  readonly result: ResultKind;
  /** The engine's answer; dates as DayResult, blank as "". `values` are in parameter order. */
  readonly compute: (values: readonly unknown[], policy: Policy) => unknown;
}

const AS_OF: ParameterSpec = { name: "asOf", kind: "asOf", optional: true };
const BALANCE: ParameterSpec = { name: "balance", kind: "amount", optional: false };
const MARGIN: ParameterSpec = { name: "margin", kind: "rate", optional: true };
const CURRENCY: ParameterSpec = { name: "currency", kind: "currency", optional: true };
/**
 * STEPOFFER: the ladder's arguments, then the margin and the currency SETTLEOFFER also takes. The
 * ladder already has a `currency` (the case's minimum amount), so the offer's is `offerCurrency`:
 * one function cannot have two parameters of one name.
 */
const STEP_OFFER_PARAMETERS: readonly ParameterSpec[] = [...LADDER_PARAMETERS, MARGIN, { ...CURRENCY, name: "offerCurrency" }];
const STEP_MARGIN = STEP_OFFER_PARAMETERS.indexOf(MARGIN);

/**
 * Every AR function by its id (the id in its `@customfunction` tag, which never changes). Later
 * parameters are only ever added at the end of a list, so saved workbooks keep working.
 *
 * @example
 * functionRegistry.AGINGBUCKET.parameters.map((p) => p.name) //=> ["daysOverdue", "edges"]
 */
export const functionRegistry = {
  DAYSOVERDUE: {
    parameters: [{ name: "dueDate", kind: "date", optional: false }, AS_OF, POLICY],
    result: "number",
    compute: ([dueDay, asOf]) => aging.daysOverdue(dueDay as Day, asOf as Day),
  },
  AGINGBUCKET: {
    parameters: [DAYS_OVERDUE, { name: "edges", kind: "edges", optional: true }],
    result: "text",
    compute: ([days, edges]) => aging.agingBucket(days as number, edges as readonly number[]),
  },
  NEXTACTION: {
    parameters: LADDER_PARAMETERS,
    result: "text",
    compute: (values, policy) => {
      const { account, facts, asOf } = ladderAccount(values, policy);
      return decideCase(account, facts, asOf, policy).action;
    },
  },
  ACTIONREASON: {
    parameters: LADDER_PARAMETERS,
    result: "text",
    compute: (values, policy) => {
      const { account, facts, asOf, notesRead, undatedPromise } = ladderAccount(values, policy);
      return describeCase(decideCase(account, facts, asOf, policy), account, policy, notesRead, undatedPromise);
    },
  },
  NEXTCONTACT: {
    parameters: LADDER_PARAMETERS,
    result: "dateOrBlank",
    compute: (values, policy) => {
      const { account, facts, asOf } = ladderAccount(values, policy);
      const day = caseContactDay(decideCase(account, facts, asOf, policy), account, asOf);
      return day === null ? "" : { day };
    },
  },
  LATEPAYER: {
    parameters: [
      { name: "latePayments", kind: "count", optional: false, min: 0, max: 100_000 },
      { name: "brokenPromises", kind: "count", optional: true, fallback: 0, min: 0, max: 100_000 },
      POLICY,
    ],
    result: "boolean",
    compute: ([latePayments, brokenPromises], policy) => isRepeatLatePayer({ latePayments: latePayments as number, brokenPromises: brokenPromises as number, reminders: 0 }, policy),
  },
  SETTLEOFFER: {
    parameters: [BALANCE, DAYS_OVERDUE, MARGIN, POLICY, CURRENCY],
    result: "number",
    compute: ([balance, days, margin, , currency], policy) => settlementOffer(balance as number, days as number, policy, margin as number | null, currency as string),
  },
  STEPOFFER: {
    parameters: STEP_OFFER_PARAMETERS,
    result: "number",
    compute: (values, policy) => {
      const { account, asOf } = ladderAccount(values, policy);
      const [margin, currency] = [values[STEP_MARGIN] as number | null, values[STEP_MARGIN + 1] as string];
      return stepOffer(ladderStep(account, asOf, policy), account.balance, policy, margin, currency);
    },
  },
  ATSTAKE: {
    parameters: LADDER_PARAMETERS,
    result: "number",
    compute: (values, policy) => {
      const { account, facts, asOf } = ladderAccount(values, policy);
      return valueAtStake(account, asOf, policy, facts.currency).amount;
    },
  },
  STAKEREASON: {
    parameters: LADDER_PARAMETERS,
    result: "text",
    compute: (values, policy) => {
      const { account, facts, asOf } = ladderAccount(values, policy);
      return describeStake(valueAtStake(account, asOf, policy, facts.currency), facts.currency);
    },
  },
  COLLECTPROB: {
    parameters: [DAYS_OVERDUE, POLICY],
    result: "number",
    compute: ([days], policy) => collectProbability(days as number, policy.collectProbability),
  },
  AGENCYNET: {
    parameters: [BALANCE, DAYS_OVERDUE, POLICY],
    result: "number",
    compute: ([balance, days], policy) => roundToCents(agencyNet(balance as number, days as number, policy)),
  },
  PAYMENTPLAN: {
    parameters: [
      BALANCE,
      { name: "instalments", kind: "count", optional: false, min: 1, max: 360 },
      { name: "firstDate", kind: "date", optional: false },
      { name: "interval", kind: "interval", optional: true },
      POLICY,
    ],
    result: "dateAmountRows",
    compute: ([balance, count, firstDay, interval]) => {
      if ((balance as number) <= 0) refuse("balance", "notPositive");
      return paymentPlan(balance as number, count as number, firstDay as Day, interval as Interval).map((instalment) => [{ day: instalment.day }, instalment.amount]);
    },
  },
} as const satisfies Record<string, FunctionSpec>;

/** The id of a registered AR function. */
export type FunctionId = keyof typeof functionRegistry;
