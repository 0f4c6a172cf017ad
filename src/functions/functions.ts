/*
 * The AR custom functions. Each is a thin wrapper: read the cells (cellValues, rangeArguments),
 * call the pure engine in src/core, return a value Excel can show. The JSDoc blocks are the
 * IntelliSense users see: the build turns them into functions.json and registers each function
 * under the id in its @customfunction tag (custom-functions-metadata-plugin).
 * Parameters are `unknown` (metadata type "any") so that bad input reaches us and gets a
 * message, instead of a bare #VALUE! from Excel's own type check.
 */
// First: outside Excel, the registrations appended to this module need somewhere to go.
import "./registrationsOutsideExcel";
import * as aging from "../core/aging";
import { collectProbability } from "../core/collectProbability";
import { serialFromDay } from "../core/days";
import { agencyNet as agencyNetOf } from "../core/legalPath";
import { roundToCents } from "../core/money";
import { chooseNextAction } from "../core/nextAction";
import { nextContactDay } from "../core/nextContact";
import { describeDecision } from "../core/reason";
import { settlementOffer } from "../core/settlement";
import { asOfDay, optionalRate, requiredAmount, requiredDay, requiredNumber } from "./cellValues";
import { currencyArgument } from "./currencyArgument";
import { readLadderArguments as ladder } from "./ladderArguments";
import { planArguments, planRows } from "./planArguments";
import { bucketEdgesArgument, policyArgument } from "./rangeArguments";
import { runCell } from "./runCell";

/**
 * Days past due on the as-of date: 0 on the due date, negative before it.
 * @customfunction DAYSOVERDUE
 * @helpurl https://localhost:3000/assets/help.html#DAYSOVERDUE
 * @param dueDate Due date of the invoice: an Excel date or yyyy-mm-dd text.
 * @param [asOf] The date to age on; left out, today. Point every row at one as-of cell.
 * @param [policy] Policy range (name, value), read here for its dateSystem.
 * @returns Days past due.
 */
export function daysOverdue(dueDate: unknown, asOf?: unknown, policy?: unknown[][]): number {
  return runCell(() => {
    const rules = policyArgument(policy);
    return aging.daysOverdue(requiredDay(dueDate, "dueDate", rules), asOfDay(asOf, rules));
  });
}

/**
 * The aging bucket of a debt: Current, 1-30, 31-60, 61-90, 91-120, 120+ (or your own edges).
 * @customfunction AGINGBUCKET
 * @helpurl https://localhost:3000/assets/help.html#AGINGBUCKET
 * @param daysOverdue Days past due (from AR.DAYSOVERDUE).
 * @param [edges] Upper bounds of the buckets in days, e.g. {30,60,90}; left out, 30, 60, 90, 120.
 * @returns The bucket's label.
 */
export function agingBucket(daysOverdue: unknown, edges?: unknown[][]): string {
  return runCell(() => aging.agingBucket(requiredNumber(daysOverdue, "daysOverdue"), bucketEdgesArgument(edges)));
}

/**
 * The next step of the escalation ladder for an invoice: Reminder, Consequences, Incentive, Ask sales, Settlement offer, Agency…
 * @customfunction NEXTACTION
 * @helpurl https://localhost:3000/assets/help.html#NEXTACTION
 * @param dueDate Due date of the invoice.
 * @param balance Open balance (0 or less: nothing to do).
 * @param [remindersSent] Reminders already sent; left out, 0.
 * @param [lastContact] Date of the last contact with the customer about it.
 * @param [status] Words such as disputed, hardship, unreachable, offered, sales asked (comma-separated).
 * @param [promiseDate] Date the customer promised to pay by.
 * @param [asOf] The date to decide on; left out, today.
 * @param [policy] Policy range (name, value) overriding the playbook defaults.
 * @returns The action to take next.
 */
export function nextAction(dueDate: unknown, balance: unknown, remindersSent?: unknown, lastContact?: unknown, status?: unknown, promiseDate?: unknown, asOf?: unknown, policy?: unknown[][]): string {
  return runCell(() => {
    const input = ladder(dueDate, balance, remindersSent, lastContact, status, promiseDate, asOf, policy);
    return chooseNextAction(input, input.asOf, input.policy).action;
  });
}

/**
 * Why AR.NEXTACTION chose its step, with the playbook rule, e.g. "Reminder — R4: 34 days overdue, no reminder sent yet".
 * @customfunction ACTIONREASON
 * @helpurl https://localhost:3000/assets/help.html#ACTIONREASON
 * @param dueDate Due date of the invoice.
 * @param balance Open balance.
 * @param [remindersSent] Reminders already sent; left out, 0.
 * @param [lastContact] Date of the last contact with the customer about it.
 * @param [status] Words such as disputed, hardship, unreachable, offered, sales asked (comma-separated).
 * @param [promiseDate] Date the customer promised to pay by.
 * @param [asOf] The date to decide on; left out, today.
 * @param [policy] Policy range (name, value) overriding the playbook defaults.
 * @returns The action, the rule id and the facts behind it.
 */
export function actionReason(dueDate: unknown, balance: unknown, remindersSent?: unknown, lastContact?: unknown, status?: unknown, promiseDate?: unknown, asOf?: unknown, policy?: unknown[][]): string {
  return runCell(() => {
    const input = ladder(dueDate, balance, remindersSent, lastContact, status, promiseDate, asOf, policy);
    return describeDecision(chooseNextAction(input, input.asOf, input.policy), input, input.policy);
  });
}

/**
 * The date of the next contact: when a wait ends, or today / the next cadence day; never inside the minimum gap (R17). Blank when nothing is owed.
 * @customfunction NEXTCONTACT
 * @helpurl https://localhost:3000/assets/help.html#NEXTCONTACT
 * @param dueDate Due date of the invoice.
 * @param balance Open balance.
 * @param [remindersSent] Reminders already sent; left out, 0.
 * @param [lastContact] Date of the last contact with the customer about it.
 * @param [status] Words such as disputed, hardship, unreachable, offered, sales asked (comma-separated).
 * @param [promiseDate] Date the customer promised to pay by.
 * @param [asOf] The date to decide on; left out, today.
 * @param [policy] Policy range (name, value) overriding the playbook defaults.
 * @returns A date (format the cell as a date), or blank.
 */
export function nextContact(dueDate: unknown, balance: unknown, remindersSent?: unknown, lastContact?: unknown, status?: unknown, promiseDate?: unknown, asOf?: unknown, policy?: unknown[][]): number | string {
  return runCell(() => {
    const input = ladder(dueDate, balance, remindersSent, lastContact, status, promiseDate, asOf, policy);
    const day = nextContactDay(input, input.asOf, input.policy);
    return day === null ? "" : serialFromDay(day, input.policy.dateSystem);
  });
}

/**
 * The amount to propose: the balance in the grace period, an incentive within the margin, then a settlement for less (R6, R20).
 * @customfunction SETTLEOFFER
 * @helpurl https://localhost:3000/assets/help.html#SETTLEOFFER
 * @param balance Open balance.
 * @param daysOverdue Days past due (from AR.DAYSOVERDUE).
 * @param [margin] Gross margin of the sale, e.g. 25%; a discount never eats more than it.
 * @param [policy] Policy range (name, value) overriding the playbook defaults.
 * @param [currency] Currency of the balance (IDR, Rp, €, บาท…), for its rounding step (Rp to 1,000, baht to 10); left out, the policy's currency.
 * @returns The amount to ask for.
 */
export function settleOffer(balance: unknown, daysOverdue: unknown, margin?: unknown, policy?: unknown[][], currency?: unknown): number {
  return runCell(() => {
    const rules = policyArgument(policy);
    const amount = requiredAmount(balance, "balance", rules);
    return settlementOffer(amount, requiredNumber(daysOverdue, "daysOverdue"), rules, optionalRate(margin, "margin"), currencyArgument(currency, rules));
  });
}

/**
 * The probability of collecting a business debt of this age, from the policy's table (by default the CLLA survey curve).
 * @customfunction COLLECTPROB
 * @helpurl https://localhost:3000/assets/help.html#COLLECTPROB
 * @param daysOverdue Days past due.
 * @param [policy] Policy range (name, value); rows "collectProb 90" and so on replace the table.
 * @returns A probability from 0 to 1 (format as %).
 */
export function collectProb(daysOverdue: unknown, policy?: unknown[][]): number {
  return runCell(() => collectProbability(requiredNumber(daysOverdue, "daysOverdue"), policyArgument(policy).collectProbability));
}

/**
 * Expected net of handing the debt to a collection agency: balance × P(collect) × (1 − fee) − in-house cost (R10).
 * @customfunction AGENCYNET
 * @helpurl https://localhost:3000/assets/help.html#AGENCYNET
 * @param balance Open balance.
 * @param daysOverdue Days past due.
 * @param [policy] Policy range (name, value) overriding agencyFeeRate, collectionCost and the table.
 * @returns The expected amount, in cents.
 */
export function agencyNet(balance: unknown, daysOverdue: unknown, policy?: unknown[][]): number {
  return runCell(() => {
    const rules = policyArgument(policy);
    return roundToCents(agencyNetOf(requiredAmount(balance, "balance", rules), requiredNumber(daysOverdue, "daysOverdue"), rules));
  });
}

/**
 * A written payment plan (R7) that spills: one row per instalment, its date and amount; the amounts add up to the balance to the cent.
 * @customfunction PAYMENTPLAN
 * @helpurl https://localhost:3000/assets/help.html#PAYMENTPLAN
 * @param balance Amount to schedule.
 * @param instalments Number of instalments (1 to 360).
 * @param firstDate Date of the first instalment.
 * @param [interval] Days between instalments, or "monthly" (the default), "weekly", "quarterly".
 * @param [policy] Policy range (name, value), read here for its dateSystem.
 * @returns Rows of date (format as a date) and amount.
 */
export function paymentPlan(balance: unknown, instalments: unknown, firstDate: unknown, interval?: unknown, policy?: unknown[][]): number[][] {
  return runCell(() => planRows(planArguments(balance, instalments, firstDate, interval, policyArgument(policy))));
}
