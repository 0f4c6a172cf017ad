import { invoiceRepeats } from "../core/duplicateInvoices";
import type { Ledger } from "../core/ledger";

/** The rows that get AR formulas, and the repeated invoice rows that get a mark instead. */
export interface ArRows {
  /** Rows (within the values read) holding invoices, each invoice once. */
  readonly invoiceRows: readonly number[];
  /** A customer's repeated invoice number: its row and the first row it repeats (within the values read). */
  readonly repeatedRows: readonly (readonly [number, number])[];
}

/**
 * Which rows of the list get the AR formulas: every invoice row but a repeat of an invoice number
 * of the same customer (issue 12: one invoice, one bill). A repeat gets no formulas, so the
 * summary's live SUMIFS over the Bucket column leave it out, and its Next action cell says which
 * row it repeats (`planArColumns`' `repeatedRows`).
 *
 * @example
 * arRowsOf(ledger) //=> { invoiceRows: [1, 2, 4], repeatedRows: [[3, 2]] }
 */
export function arRowsOf(ledger: Pick<Ledger, "invoices">): ArRows {
  const repeats = invoiceRepeats(ledger.invoices);
  return {
    invoiceRows: ledger.invoices.filter((invoice) => !repeats.has(invoice.row)).map((invoice) => invoice.row),
    repeatedRows: [...repeats.values()].map((repeat) => [repeat.row, repeat.firstRow] as const),
  };
}
