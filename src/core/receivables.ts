import { areBucketEdges, bucketIndex, bucketLabels, defaultBucketEdges } from "./aging";
import type { Day } from "./days";
import type { Invoice } from "./invoiceRow";
import { ledgerMessages, ledgerProblem, type LedgerProblem } from "./ledgerProblems";
import { roundToCents } from "./money";
import { chooseNextAction, type Account, type Action } from "./nextAction";
import type { Policy } from "./policy";
import { problem } from "./problems";
import { readStatus } from "./status";

export interface ReceivablesOptions {
  /** Aging bucket edges in days (default Current, 1-30, 31-60, 61-90, 91-120, 120+). */
  readonly bucketEdges?: readonly number[];
  /** How many customers to list by overdue amount (default 10). */
  readonly topCount?: number;
  /** The status column, so an unknown status word's problem can point at its cell. */
  readonly statusColumn?: number;
}

/** An aging bucket's label, amount and number of invoices. */
export type BucketTotal = { readonly label: string; readonly amount: number; readonly invoices: number };

/** A customer's overdue amount, and how many overdue invoices (credit notes included) make it. */
export type CustomerOverdue = { readonly customer: string; readonly overdue: number; readonly invoices: number };

/** The Analyze pane's figures. Credit notes (negative balances) reduce every amount. */
export interface Receivables {
  readonly total: number;
  /** Balances past their due date on `asOf`. */
  readonly overdue: number;
  /** Share of the total more than 90 days past due; null when the total is not above 0. */
  readonly over90Share: number | null;
  readonly customers: number;
  readonly invoices: number;
  /** Days past due (0 when not yet due) weighted by balance, over the positive balances; null without any. */
  readonly averageDaysOverdue: number | null;
  readonly buckets: readonly BucketTotal[];
  readonly topCustomers: readonly CustomerOverdue[];
  /** Invoices per next action; an invoice whose status has an unknown word is not counted. */
  readonly actions: Readonly<Partial<Record<Action, number>>>;
  readonly problems: readonly LedgerProblem[];
}

export type ReceivablesResult = ({ readonly ok: true } & Receivables) | { readonly ok: false; readonly message: string };

/**
 * The figures of the Analyze pane for the invoices read: totals, aging buckets, the customers
 * who owe most past due, and how many invoices each next action of the ladder applies to.
 *
 * @param invoices - the ledger's invoices
 * @param asOf - the day the figures are for
 * @param policy - the collection policy the next actions follow
 *
 * @example
 * summarizeReceivables(ledger.invoices, 20499, defaultPolicy) // the sheet worked by hand in receivables.test.ts
 * //=> { ok: true, total: 7000, overdue: 7500, over90Share: 0.643, customers: 3, invoices: 5, averageDaysOverdue: 80.67, … }
 * summarizeReceivables([], 20484, defaultPolicy, { bucketEdges: [60, 30] })
 * //=> { ok: false, message: "bucket edges must be whole numbers of days above 0, in increasing order" }
 */
export function summarizeReceivables(invoices: readonly Invoice[], asOf: Day, policy: Policy, options: ReceivablesOptions = {}): ReceivablesResult {
  const edges = options.bucketEdges ?? defaultBucketEdges;
  if (!areBucketEdges(edges)) return { ok: false, message: problem("bucket edges", "bucketEdges") };
  const past = (invoice: Invoice) => asOf - invoice.dueDay;
  const { actions, problems } = countActions(invoices, asOf, policy, options.statusColumn ?? null);
  return {
    ok: true,
    total: sumOf(invoices),
    overdue: sumOf(invoices.filter((invoice) => past(invoice) > 0)),
    over90Share: shareOf90(invoices, asOf),
    customers: new Set(invoices.map(customerKey)).size,
    invoices: invoices.length,
    averageDaysOverdue: weightedDays(invoices, asOf),
    buckets: bucketTotals(invoices, asOf, edges),
    topCustomers: topCustomers(invoices, asOf, options.topCount ?? 10),
    actions,
    problems,
  };
}

/**
 * An invoice as the ladder's `Account`, or the first unknown word of its status.
 *
 * @example
 * accountOfInvoice({ ...invoice, statusText: "Disputed" }).status.disputed //=> true
 * accountOfInvoice({ ...invoice, statusText: "angry" })                   //=> "angry"
 */
export function accountOfInvoice(invoice: Invoice): Account | string {
  const status = readStatus(invoice.statusText ?? "");
  if (typeof status === "string") return status;
  const { dueDay, balance, remindersSent, lastContactDay, promiseDay } = invoice;
  return { dueDay, balance, remindersSent, lastContactDay, promiseDay, status };
}

function countActions(invoices: readonly Invoice[], asOf: Day, policy: Policy, statusColumn: number | null) {
  const actions: Partial<Record<Action, number>> = {};
  const problems: LedgerProblem[] = [];
  for (const invoice of invoices) {
    const account = accountOfInvoice(invoice);
    if (typeof account === "string") {
      problems.push(ledgerProblem("unknownStatus", invoice.row, statusColumn, ledgerMessages.unknownStatus(account)));
      continue;
    }
    const { action } = chooseNextAction(account, asOf, policy);
    actions[action] = (actions[action] ?? 0) + 1;
  }
  return { actions, problems };
}

function bucketTotals(invoices: readonly Invoice[], asOf: Day, edges: readonly number[]): BucketTotal[] {
  const buckets = bucketLabels(edges).map((label) => ({ label, amount: 0, invoices: 0 }));
  for (const invoice of invoices) {
    const bucket = buckets[bucketIndex(asOf - invoice.dueDay, edges)];
    if (!bucket) continue;
    bucket.amount += invoice.balance;
    bucket.invoices += 1;
  }
  return buckets.map((bucket) => ({ ...bucket, amount: roundToCents(bucket.amount) }));
}

function topCustomers(invoices: readonly Invoice[], asOf: Day, count: number): CustomerOverdue[] {
  const byCustomer = new Map<string, CustomerOverdue>();
  for (const invoice of invoices.filter((each) => asOf - each.dueDay > 0)) {
    const known = byCustomer.get(customerKey(invoice)) ?? { customer: invoice.customer, overdue: 0, invoices: 0 };
    byCustomer.set(customerKey(invoice), { ...known, overdue: known.overdue + invoice.balance, invoices: known.invoices + 1 });
  }
  return [...byCustomer.values()]
    .map((customer) => ({ ...customer, overdue: roundToCents(customer.overdue) }))
    .filter((customer) => customer.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue || a.customer.localeCompare(b.customer))
    .slice(0, Math.max(0, count));
}

function weightedDays(invoices: readonly Invoice[], asOf: Day): number | null {
  const owed = invoices.filter((invoice) => invoice.balance > 0);
  const weight = owed.reduce((sum, invoice) => sum + invoice.balance, 0);
  if (weight <= 0) return null;
  return owed.reduce((sum, invoice) => sum + invoice.balance * Math.max(0, asOf - invoice.dueDay), 0) / weight;
}

function shareOf90(invoices: readonly Invoice[], asOf: Day): number | null {
  const total = sumOf(invoices);
  return total > 0 ? sumOf(invoices.filter((invoice) => asOf - invoice.dueDay > 90)) / total : null;
}

function sumOf(invoices: readonly Invoice[]): number {
  return roundToCents(invoices.reduce((sum, invoice) => sum + invoice.balance, 0));
}

/** Customers are told apart by name, ignoring case: "ACME LTD" and "Acme Ltd" are one. */
function customerKey(invoice: Invoice): string {
  return invoice.customer.toLowerCase();
}
