import { noCaseFacts, type CaseFacts } from "./caseDecision";
import { customerKey } from "./customerKey";
import { readChannel } from "./channel";
import type { Day } from "./days";
import type { Invoice } from "./invoiceRow";
import type { PaymentHistory } from "./paymentHistory";
import type { Policy } from "./policy";

/** What the whole list says of one customer: open totals per currency and the last 12 months. */
export interface CustomerCase {
  /** Open totals by ISO code (credit notes deducted); rows without a currency under "". */
  readonly totals: ReadonlyMap<string, number>;
  readonly history: PaymentHistory;
}

const YEAR = 365;

/**
 * Each customer's case from the aging list, for the pane and the CLI (the formulas see one row):
 * the open total per currency (the minimum amount applies to it), and the history the list shows
 * for the last 12 months — invoices due in that time still open past the grace period (late
 * payments), promises whose date passed unpaid, and reminders sent. The Contact Log's own history
 * can replace this once it keeps one (issue 12, h3).
 *
 * @example
 * customerCases([acme1, acme2, acmeCredit], asOf, defaultPolicy).get("acme")
 * //=> { totals: Map { "USD" => 1150 }, history: { latePayments: 2, brokenPromises: 0, reminders: 1 } }
 */
export function customerCases(invoices: readonly Invoice[], asOf: Day, policy: Policy): Map<string, CustomerCase> {
  const cases = new Map<string, { totals: Map<string, number>; history: { latePayments: number; brokenPromises: number; reminders: number } }>();
  for (const invoice of invoices) {
    const key = caseKey(invoice);
    const entry = cases.get(key) ?? { totals: new Map<string, number>(), history: { latePayments: 0, brokenPromises: 0, reminders: 0 } };
    const currency = invoice.currency ?? "";
    entry.totals.set(currency, Math.round(((entry.totals.get(currency) ?? 0) + invoice.balance) * 100) / 100);
    const open = invoice.balance > 0;
    const recent = invoice.dueDay >= asOf - YEAR;
    if (open && recent && asOf - invoice.dueDay > policy.graceDays) entry.history.latePayments += 1;
    if (open && invoice.promiseDay !== null && invoice.promiseDay < asOf && invoice.promiseDay >= asOf - YEAR) entry.history.brokenPromises += 1;
    entry.history.reminders += invoice.remindersSent;
    cases.set(key, entry);
  }
  return cases;
}

/**
 * How cases are keyed: the customer's name ignoring case and surrounding spaces, as reminders group them.
 *
 * @example
 * caseKey({ customer: " ACME " }) //=> "acme"
 */
export function caseKey(invoice: Pick<Invoice, "customer">): string {
  return customerKey(invoice.customer);
}

/**
 * The case facts of an invoice: its row's channel, customer since and currency, and — when the
 * customer's case is known (pane, CLI) — its total in the currency and its history. Without the
 * case (`null`), what the formulas see: the row alone.
 *
 * @example
 * caseFactsOfInvoice({ ...invoice, channel: "Telepon" }, null).channel //=> "phone"
 */
export function caseFactsOfInvoice(invoice: Invoice, customer: CustomerCase | null): CaseFacts {
  const channel = readChannel(invoice.channel) ?? null;
  const base = { ...noCaseFacts, channel, customerSinceDay: invoice.customerSinceDay, currency: invoice.currency };
  if (customer === null) return base;
  return { ...base, customerTotal: customer.totals.get(invoice.currency ?? "") ?? null, history: customer.history };
}
