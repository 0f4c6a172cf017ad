// Pure: from the rows the user selected to the invoices a reminder is drafted from, and a reason
// for every selected row that holds no invoice (a heading, a total, a row with an error).
import type { Invoice } from "../core/invoiceRow";
import type { Ledger } from "../core/ledger";

/** A selected row that is not an invoice, and why. */
export interface RowLeftOut {
  readonly row: number;
  /** The row's customer (its cell or its group heading), null for headings, totals and rows that name none. */
  readonly customer: string | null;
  /** The cell the reason is about (0-based column in the values read), null for the whole row. */
  readonly column: number | null;
  readonly reason: string;
}

export interface SelectedInvoices {
  readonly invoices: readonly Invoice[];
  readonly leftOut: readonly RowLeftOut[];
}

/**
 * The ledger's invoices on the selected rows, and why each other selected row is not one.
 * Blank rows say nothing (a whole-column selection runs over them).
 *
 * @param ledger - the sheet as read
 * @param rows - the selected rows (indexes in the values read), ascending
 *
 * @example
 * selectedInvoices(ledger, [3, 4, 9])
 * //=> { invoices: [{ row: 3, customer: "Acme", … }, { row: 4, … }], leftOut: [{ row: 9, customer: null, column: null, reason: "a total row" }] }
 */
export function selectedInvoices(ledger: Ledger, rows: readonly number[]): SelectedInvoices {
  const wanted = new Set(rows);
  const invoices = ledger.invoices.filter((invoice) => wanted.has(invoice.row));
  const leftOut = new Map<number, { column: number | null; reason: string }>();
  for (const skipped of ledger.skipped) {
    if (wanted.has(skipped.row)) leftOut.set(skipped.row, { column: null, reason: skipped.kind === "total" ? "a total row" : skipped.kind === "heading" ? "a group heading" : "a header row" });
  }
  for (const problem of ledger.problems) {
    if (problem.severity === "error" && wanted.has(problem.row) && !leftOut.has(problem.row)) leftOut.set(problem.row, { column: problem.column, reason: problem.message });
  }
  const customer = (row: number) => ledger.customersLeftOut[row] ?? null;
  return { invoices, leftOut: [...leftOut].map(([row, why]) => ({ row, customer: customer(row), ...why })).sort((a, b) => a.row - b.row) };
}
