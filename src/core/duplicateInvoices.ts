import type { Invoice } from "./invoiceRow";
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
    byNumber.set(key, [...(byNumber.get(key) ?? []), invoice]);
  }
  return [...byNumber.values()].flatMap((group) => {
    if (group.length < 2) return [];
    const customers = [...new Set(group.map((invoice) => invoice.customer))];
    const message = ledgerMessages.duplicateInvoice(group[0]?.invoiceNumber ?? "", group.length, customers);
    return group.map((invoice) => ledgerProblem("duplicateInvoice", invoice.row, column, message));
  });
}
