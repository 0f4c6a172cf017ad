import { areBucketEdges, defaultBucketEdges } from "./aging";
import { customerKey, figuresByCurrency, type CurrencyFigures } from "./currencyFigures";
import type { Day } from "./days";
import type { Invoice } from "./invoiceRow";
import { ledgerMessages, ledgerProblem, type LedgerProblem } from "./ledgerProblems";
import { decideCase } from "./caseDecision";
import { withoutRepeats } from "./duplicateInvoices";
import { caseFactsOfInvoice, caseKey, customerCases } from "./invoiceCase";
import type { Account, Action } from "./nextAction";
import type { Policy } from "./policy";
import { problem } from "./problems";
import { describeStatusRead, readInvoiceStatus, type InvoiceStatusReading } from "./invoiceStatus";

export interface ReceivablesOptions {
  /** Aging bucket edges in days (default Current, 1-30, 31-60, 61-90, 91-120, 120+). */
  readonly bucketEdges?: readonly number[];
  /** How many customers to list by overdue amount, per currency (default 10). */
  readonly topCount?: number;
  /** The status column, so an unknown status word's problem can point at its cell. */
  readonly statusColumn?: number;
}

/**
 * The Analyze pane's figures. Amounts are per currency (`currencies`), never added across them;
 * credit notes (negative balances) reduce every amount of their currency.
 */
export interface Receivables {
  readonly customers: number;
  readonly invoices: number;
  /** Most invoices first; one entry for a list in one currency. */
  readonly currencies: readonly CurrencyFigures[];
  /** Invoices per next action; an invoice whose status has an unknown word is not counted. */
  readonly actions: Readonly<Partial<Record<Action, number>>>;
  readonly problems: readonly LedgerProblem[];
}

export type ReceivablesResult = ({ readonly ok: true } & Receivables) | { readonly ok: false; readonly message: string };

/**
 * The figures of the Analyze pane for the invoices read: per currency the totals, aging buckets
 * and the customers who owe most past due; how many invoices each next action applies to.
 *
 * @param invoices - the ledger's invoices
 * @param asOf - the day the figures are for
 * @param policy - the collection policy the next actions follow
 *
 * @example
 * summarizeReceivables(ledger.invoices, 20499, defaultPolicy) // the sheet worked by hand in receivables.test.ts
 * //=> { ok: true, customers: 3, invoices: 5, currencies: [{ currency: "USD", total: 7000, overdue: 7500, over90Share: 0.643, … }], … }
 * summarizeReceivables([], 20484, defaultPolicy, { bucketEdges: [60, 30] })
 * //=> { ok: false, message: "bucket edges must be whole numbers of days above 0, in increasing order" }
 */
export function summarizeReceivables(read: readonly Invoice[], asOf: Day, policy: Policy, options: ReceivablesOptions = {}): ReceivablesResult {
  // One invoice, one bill (issue 12): a customer's repeated invoice number counts once, on its first row.
  const invoices = withoutRepeats(read);
  const edges = options.bucketEdges ?? defaultBucketEdges;
  if (!areBucketEdges(edges)) return { ok: false, message: problem("bucket edges", "bucketEdges") };
  const { actions, problems } = countActions(invoices, asOf, policy, options.statusColumn ?? null);
  return {
    ok: true,
    customers: new Set(invoices.map(customerKey)).size,
    invoices: invoices.length,
    currencies: figuresByCurrency(invoices, asOf, edges, options.topCount ?? 10),
    actions,
    problems,
  };
}

/**
 * An invoice as the ladder's `Account`, or the first unknown word of its Status cell. The status
 * is read from the Status and notes cells by `readInvoiceStatus`, as the AR formulas read it.
 *
 * @example
 * accountOfInvoice({ ...invoice, statusText: "Disputed" }).status.disputed //=> true
 * accountOfInvoice({ ...invoice, notesText: "bukan sengketa" }).status.disputed //=> false
 * accountOfInvoice({ ...invoice, statusText: "angry" })                   //=> "angry"
 */
export function accountOfInvoice(invoice: Invoice): Account | string {
  const reading = statusOfInvoice(invoice);
  if (!reading.ok) return reading.word;
  const { dueDay, balance, remindersSent, lastContactDay, promiseDay } = invoice;
  return { dueDay, balance, remindersSent, lastContactDay, promiseDay, status: reading.flags };
}

/**
 * An invoice's status as `readInvoiceStatus` reads its Status and notes cells.
 *
 * @example
 * statusOfInvoice({ ...invoice, notesText: "Keterangan: sengketa" }) //=> { ok: true, flags: { ...noStatus, disputed: true }, … }
 */
export function statusOfInvoice(invoice: Pick<Invoice, "statusText" | "notesText">): InvoiceStatusReading {
  return readInvoiceStatus({ status: invoice.statusText, notes: invoice.notesText ?? null });
}

/**
 * What the desk read in an invoice's notes, for a reason ("disputed, from 'sengketa'"); "" when nothing.
 *
 * @example
 * statusReadOfInvoice({ ...invoice, notesText: "sengketa" }) //=> "disputed, from 'sengketa'"
 */
export function statusReadOfInvoice(invoice: Pick<Invoice, "statusText" | "notesText">): string {
  const reading = statusOfInvoice(invoice);
  return reading.ok ? describeStatusRead(reading) : "";
}

function countActions(invoices: readonly Invoice[], asOf: Day, policy: Policy, statusColumn: number | null) {
  const actions: Partial<Record<Action, number>> = {};
  const problems: LedgerProblem[] = [];
  // Case by case, as Remind decides: the customer's totals (minimum amount), history and tenure, silence (R3).
  const cases = customerCases(invoices, asOf, policy);
  for (const invoice of invoices) {
    const account = accountOfInvoice(invoice);
    if (typeof account === "string") {
      problems.push(ledgerProblem("unknownStatus", invoice.row, statusColumn, ledgerMessages.unknownStatus(account)));
      continue;
    }
    const { action } = decideCase(account, caseFactsOfInvoice(invoice, cases.get(caseKey(invoice)) ?? null), asOf, policy);
    actions[action] = (actions[action] ?? 0) + 1;
  }
  return { actions, problems };
}
