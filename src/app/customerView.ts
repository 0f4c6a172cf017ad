import { caseStep, decideCase, type CaseDecision } from "../core/caseDecision";
import { caseContactDay } from "../core/caseContactDay";
import { describeCase } from "../core/caseReason";
import { readChannel } from "../core/channel";
import { withCustomerJobs } from "../core/customerJob";
import type { Day } from "../core/days";
import { invoiceRepeats } from "../core/duplicateInvoices";
import { caseFactsOfInvoice, caseKey, customerCases, type CustomerCase } from "../core/invoiceCase";
import type { Invoice } from "../core/invoiceRow";
import type { Account } from "../core/ladderStep";
import { isRepeatLatePayer } from "../core/paymentHistory";
import type { Policy } from "../core/policy";
import { customerPolicy, type PolicySet } from "../core/policySets";
import { accountOfInvoice } from "../core/receivables";
import { valueAtStake } from "../core/valueAtStake";
import { ladderRank } from "../mail/stage";
import { contactCalendar, type CalendarStep } from "./contactCalendar";

/** A promise to pay on the customer's invoices: what was promised, by when, and whether it held. */
export interface CustomerPromise {
  /** The balance of the invoices the promise is on (the desk records no promised amount of its own). */
  readonly amount: number;
  readonly day: Day;
  /** "open": the day has not passed; "kept": it passed and those invoices are paid; "broken": it passed unpaid. */
  readonly state: "open" | "kept" | "broken";
}

/** Why new orders should be held, or null: over the credit limit, or an invoice too old. */
export type CreditHold =
  | { readonly cause: "limit"; readonly limit: number }
  | { readonly cause: "age"; readonly days: number; readonly limitDays: number };

/** One customer in one currency: its totals, its step and its state, as the worklist shows it. */
export interface CustomerLine {
  readonly customer: string;
  /** Its ISO code; null while the user has not said which currency a bare "$" is. */
  readonly currency: string | null;
  /** The list row of its first invoice (0-based, as Invoice.row). */
  readonly firstRow: number;
  readonly invoices: number;
  /** Open total, credit notes deducted. */
  readonly open: number;
  /** Past due (due before today), credit notes deducted. */
  readonly overdue: number;
  readonly notYetDue: number;
  /** Days past due of the oldest open invoice; null when none is open. */
  readonly oldestDaysOverdue: number | null;
  /** The most advanced step over its open invoices (the customer's next action), its rule and reason. */
  readonly action: string;
  readonly rule: string;
  readonly reason: string;
  /** When the customer is to be contacted next (latest contact on any of its rows); null: not scheduled. */
  readonly nextContactDay: Day | null;
  readonly lastContactDay: Day | null;
  /** The most reminders any of its invoices has had. */
  readonly remindersSent: number;
  readonly promise: CustomerPromise | null;
  readonly disputed: boolean;
  readonly hardship: boolean;
  readonly channel: string;
  /** The first Email and Phone cells of its rows (null: none). */
  readonly email: string | null;
  readonly phone: string | null;
  /** R24: late payments plus broken promises in 12 months reach `repeatLateCount`. */
  readonly repeatLate: boolean;
  readonly creditHold: CreditHold | null;
  /** The sum of its invoices' value at stake (`valueAtStake`): the worklist's sort key. */
  readonly atStake: number;
  /** The next 90 days if nothing is paid (`contactCalendar`): each step and the day it falls due. */
  readonly plan: readonly CalendarStep[];
  /** A Status word the desk does not know on one of its rows: the step is not decided until it is read. */
  readonly unknownStatus: string | null;
  /** A policy set its Policy set cell names that the policy sheet lacks: likewise. */
  readonly unknownSet: string | null;
}

export interface CustomerViewOptions {
  /** The currency of rows without one; null: not chosen (a bare "$" the user has not answered), never assumed. */
  readonly defaultCurrency: string | null;
  /** The policy sheet's named sets, for a customer whose Policy set cell names one. */
  readonly policySets: readonly PolicySet[];
  /** How far ahead the plan looks (default 90 days) and how long a settlement offer runs (default 14, as Remind's). */
  readonly planDays?: number;
  readonly deadlineDays?: number;
}

interface Decided {
  readonly invoice: Invoice;
  readonly account: Account;
  readonly decision: CaseDecision;
}

/**
 * The customer view: one line per customer and currency over an aging list, in list order. The
 * grouping is the reminders' (`reminderGroups`): names matched ignoring case and spaces,
 * QuickBooks "Customer:Job" names under their customer, and a repeated invoice number counted
 * once. The step is the most advanced of the customer's open invoices (`ladderRank`, decided case
 * by case as NEXTACTION does), and the next contact day comes from the one next-contact rule with
 * the latest contact on any of its rows, as Remind checks it — so the view, the AR columns and the
 * drafts cannot disagree.
 *
 * @example
 * customerView(invoices, 20488, defaultPolicy, { defaultCurrency: "USD", policySets: [] })
 * //=> [{ customer: "Acme", currency: "USD", open: 1150, overdue: 1150, action: "Consequences", atStake: 37.2, … }, …]
 */
export function customerView(invoices: readonly Invoice[], asOf: Day, policy: Policy, options: CustomerViewOptions): CustomerLine[] {
  // The ledger reads Customer:Job names already; a caller with raw rows gets the same reading.
  const rows = withCustomerJobs(invoices);
  const repeats = invoiceRepeats(rows);
  const groups = new Map<string, Invoice[]>();
  for (const invoice of rows) {
    if (repeats.has(invoice.row)) continue; // one invoice, one bill: its first row stands for it
    const currency = currencyOf(invoice, options);
    const key = `${caseKey(invoice)}\u0000${currency ?? ""}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [invoice]);
    else group.push(invoice);
  }
  const cases = customerCases([...groups.values()].flat(), asOf, policy);
  return [...groups.values()].map((group) => customerLine(group, asOf, policy, options, cases));
}

function customerLine(group: readonly Invoice[], asOf: Day, policy: Policy, options: CustomerViewOptions, cases: ReadonlyMap<string, CustomerCase>): CustomerLine {
  const first = group[0] as Invoice;
  const currency = currencyOf(first, options);
  const named = customerPolicy(group.map((invoice) => invoice.policySet), policy, options.policySets);
  const own = typeof named === "string" ? policy : named;
  const customerCase = cases.get(caseKey(first)) ?? null;
  const decided: Decided[] = [];
  let unknownStatus: string | null = null;
  const unknownSet = typeof named === "string" ? named : null;
  for (const invoice of group) {
    const account = accountOfInvoice(invoice);
    if (typeof account === "string") unknownStatus ??= account;
    else decided.push({ invoice, account, decision: caseStep(account, caseFactsOfInvoice(invoice, customerCase), asOf, own) });
  }
  const open = decided.filter((each) => each.invoice.balance > 0);
  const most = open.reduce<Decided | null>((a, b) => (a === null || compare(b, a) > 0 ? b : a), null);
  const contacts = group.map((invoice) => invoice.lastContactDay).filter((day) => day !== null);
  const lastContactDay = contacts.length === 0 ? null : Math.max(...contacts);
  const sum = (rows: readonly Invoice[]) => roundCents(rows.reduce((total, invoice) => total + invoice.balance, 0));
  const step = most === null ? null : customerStep(most, lastContactDay, asOf, own, customerCase, options);
  const limit = group.map((invoice) => invoice.creditLimit ?? null).find((value) => value !== null) ?? own.creditLimit;
  const openTotal = sum(group);
  // A word or set the desk cannot read could hide a dispute or a gentler policy: no step until it is read.
  const blocker = unknownStatus !== null
    ? `the Status word "${unknownStatus}" is not one the desk knows: correct it, or move it to a notes column`
    : unknownSet !== null ? `the policy set "${unknownSet}" is not a column of the policy sheet` : null;
  const oldest = open.length === 0 ? null : Math.max(...open.map((each) => asOf - each.invoice.dueDay));
  return {
    customer: first.customer.trim(),
    currency,
    firstRow: first.row,
    invoices: group.length,
    open: openTotal,
    overdue: sum(group.filter((invoice) => invoice.dueDay < asOf)),
    notYetDue: sum(group.filter((invoice) => invoice.dueDay >= asOf)),
    oldestDaysOverdue: oldest,
    ...(blocker === null
      ? { action: step?.decision.action ?? "None", rule: step?.decision.rule ?? "", reason: step?.reason ?? "nothing is owed", nextContactDay: step?.nextContactDay ?? null }
      : { action: "Check the list", rule: "", reason: blocker, nextContactDay: null }),
    lastContactDay,
    remindersSent: Math.max(0, ...group.map((invoice) => invoice.remindersSent)),
    promise: promiseOf(decided, asOf),
    disputed: open.some((each) => each.account.status.disputed),
    hardship: open.some((each) => each.account.status.hardship),
    // The customer's channel: its first Channel cell the desk can read (the most advanced row may leave it blank).
    channel: group.map((invoice) => readChannel(invoice.channel)).find((channel) => channel !== null && channel !== undefined) ?? own.channel,
    email: firstOf(group, (invoice) => invoice.email),
    phone: firstOf(group, (invoice) => invoice.phone),
    repeatLate: customerCase !== null && isRepeatLatePayer(customerCase.history, own),
    creditHold: creditHoldOf(openTotal, limit, oldest, own),
    atStake: roundCents(open.reduce((total, each) => total + valueAtStake(each.account, asOf, own, currency).amount, 0)),
    plan: blocker === null ? step?.plan ?? [] : [],
    unknownStatus,
    unknownSet,
  };
}

/** The customer's step with its timing: the most advanced invoice, timed from the customer's latest contact. */
function customerStep(most: Decided, lastContactDay: Day | null, asOf: Day, policy: Policy, customerCase: CustomerCase | null, options: CustomerViewOptions) {
  const account = { ...most.account, lastContactDay };
  const facts = caseFactsOfInvoice(most.invoice, customerCase);
  const decision = decideCase(account, facts, asOf, policy);
  const plan = contactCalendar(account, facts, asOf, policy, options.planDays ?? 90, options.deadlineDays ?? 14);
  return { decision, reason: describeCase(decision, account, policy), nextContactDay: caseContactDay(decision, account, asOf), plan };
}

/** The latest promise on the customer's invoices, with the balance it covers and whether it held. */
function promiseOf(decided: readonly Decided[], asOf: Day): CustomerPromise | null {
  const promised = decided.filter((each) => each.account.promiseDay !== null);
  if (promised.length === 0) return null;
  const day = Math.max(...promised.map((each) => each.account.promiseDay as Day));
  const on = promised.filter((each) => each.account.promiseDay === day);
  const amount = roundCents(on.reduce((total, each) => total + Math.max(0, each.invoice.balance), 0));
  const state = day >= asOf ? "open" : amount > 0 ? "broken" : "kept";
  return { amount, day, state };
}

function creditHoldOf(openTotal: number, limit: number, oldest: number | null, policy: Policy): CreditHold | null {
  if (limit > 0 && openTotal > limit) return { cause: "limit", limit };
  if (policy.creditHoldDays > 0 && oldest !== null && oldest > policy.creditHoldDays) return { cause: "age", days: oldest, limitDays: policy.creditHoldDays };
  return null;
}

function firstOf(group: readonly Invoice[], pick: (invoice: Invoice) => string | null): string | null {
  return group.map(pick).find((value) => value !== null && value.trim() !== "") ?? null;
}

function compare(a: Decided, b: Decided): number {
  return ladderRank(a.decision.action) - ladderRank(b.decision.action) || a.decision.daysOverdue - b.decision.daysOverdue;
}

function currencyOf(invoice: Invoice, options: CustomerViewOptions): string | null {
  return (invoice.currency ?? options.defaultCurrency)?.trim().toUpperCase() ?? null;
}

function roundCents(amount: number): number {
  return Math.round(amount * 100) / 100;
}
