import type { Invoice } from "./invoiceRow";
import { customerKey } from "./customerKey";
import { ledgerMessages, ledgerProblem, type LedgerProblem } from "./ledgerProblems";

/**
 * Flags every row whose invoice number another row repeats (case and spaces aside), for the
 * same customer ("counted twice?") or for different customers. Each row gets its own warning,
 * so the pane can select both.
 *
 * @param invoices - the invoices read
 * @param column - the invoice number column, for the pane to select
 *
 * @example
 * duplicateInvoiceProblems([{ row: 3, invoiceNumber: "A-1", customer: "Acme", … }, { row: 9, invoiceNumber: "a-1 ", customer: "Acme", … }], 1)
 * //=> [{ code: "duplicateInvoice", row: 3, … }, { code: "duplicateInvoice", row: 9, … }]
 */
export function duplicateInvoiceProblems(invoices: readonly Invoice[], column: number | null): LedgerProblem[] {
  const byNumber = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    if (invoice.invoiceNumber === null) continue;
    const key = invoice.invoiceNumber.replace(/\s+/g, "").toLowerCase();
    const group = byNumber.get(key);
    if (group === undefined) byNumber.set(key, [invoice]);
    else group.push(invoice);
  }
  return [...byNumber.values()].flatMap((group) => {
    if (group.length < 2) return [];
    const customers = [...new Set(group.map((invoice) => invoice.customer))];
    const message = ledgerMessages.duplicateInvoice(group[0]?.invoiceNumber ?? "", group.length, customers);
    return group.map((invoice) => ledgerProblem("duplicateInvoice", invoice.row, column, message));
  });
}

/** A later row that repeats an invoice number of the same customer: which row it repeats, and whether it is the same bill. */
export interface InvoiceRepeat {
  readonly row: number;
  /** The first row of the customer with this invoice number. */
  readonly firstRow: number;
  readonly invoiceNumber: string;
  /** Same balance, due date and currency as every other row of the number: one bill read twice. */
  readonly identical: boolean;
}

/**
 * The repeats of each customer's invoice numbers (case and spaces aside), so one invoice is one
 * bill (issue 12): identical repeats (same balance, due date and currency) are the first row read
 * again and count once; repeats whose amounts differ cannot be told apart, so the desk drafts none
 * of them and asks the user. Keyed by the later rows; the first row is never a repeat.
 *
 * @example
 * invoiceRepeats([{ row: 3, customer: "Acme", invoiceNumber: "A-1", balance: 100, … }, { row: 9, customer: "ACME", invoiceNumber: "a-1", balance: 100, … }])
 * //=> Map { 9 => { row: 9, firstRow: 3, invoiceNumber: "A-1", identical: true } }
 */
export function invoiceRepeats(invoices: readonly Invoice[]): ReadonlyMap<number, InvoiceRepeat> {
  const groups = new Map<string, Invoice[]>();
  for (const invoice of invoices) {
    if (invoice.invoiceNumber === null) continue;
    const key = `${customerKey(invoice.customer)}\u0000${invoice.invoiceNumber.replace(/\s+/g, "").toLowerCase()}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [invoice]);
    else group.push(invoice);
  }
  const repeats = new Map<number, InvoiceRepeat>();
  for (const group of groups.values()) {
    const [first, ...later] = group;
    if (first === undefined || later.length === 0) continue;
    const identical = later.every((invoice) => invoice.balance === first.balance && invoice.dueDay === first.dueDay && invoice.currency === first.currency);
    for (const invoice of later) repeats.set(invoice.row, { row: invoice.row, firstRow: first.row, invoiceNumber: first.invoiceNumber ?? "", identical });
  }
  return repeats;
}

/**
 * The invoices with each repeat left out (the first row of a number counts, once): what the
 * figures and the summary add up.
 *
 * @example
 * withoutRepeats([acmeA1, acmeA1Again]) //=> [acmeA1]
 */
export function withoutRepeats(invoices: readonly Invoice[]): Invoice[] {
  const repeats = invoiceRepeats(invoices);
  return invoices.filter((invoice) => !repeats.has(invoice.row));
}
