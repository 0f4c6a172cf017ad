// What the pane shows of an analysis: small enough to cross from a Web Worker at once (the
// ledger's invoice objects stay behind; only their row numbers come back).
import type { FieldColumns } from "../core/columns";
import type { DateOrderReading } from "../core/dateText";
import type { DecimalReading } from "../core/decimalSeparator";
import type { Day } from "../core/days";
import type { LedgerProblem } from "../core/ledgerProblems";
import type { Policy } from "../core/policy";
import type { Receivables } from "../core/receivables";
import type { CurrencyReading } from "../core/currency/currencyReading";
import { readingNotes } from "../core/readingNotes";
import { analyzeSheet, type Analysis, type SheetValues } from "../app/analysis";
import { deskCurrencyCodes } from "../app/deskCurrencyCodes";
import { arRowsOf } from "../workbook/arRows";

export type PaneAnalysis =
  | {
      readonly ok: true;
      readonly summary: Receivables;
      readonly problems: readonly LedgerProblem[];
      readonly dateOrder: DateOrderReading;
      readonly decimalSeparator: DecimalReading;
      /** How the dates and amounts were read, in sentences (`readingNotes`): the mapping step shows them. */
      readonly notes: readonly string[];
      /** Which currencies the invoices are in and where each was read (the mapping step says it). */
      readonly currency: CurrencyReading;
      /** The rows (index in the values read) that hold invoices: the AR formulas go there. */
      readonly invoiceRows: readonly number[];
      readonly repeatedRows: readonly (readonly [number, number])[];
      /** Each invoice row's currency, for the desk's Currency column (several currencies, no currency column); else empty. */
      readonly invoiceCurrencies: readonly (readonly [number, string])[];
    }
  | { readonly ok: false; readonly message: string };

/** The header row and the column of each field, as the mapping panel chose them. */
export interface AnalysisHeader {
  readonly row: number;
  readonly mapping: FieldColumns;
  /** The currency the user chose for the list; null or absent: detected. */
  readonly currency?: string | null;
}

/**
 * `analyzeSheet`, trimmed to what the pane shows.
 *
 * @example
 * paneAnalysis(sheet, header, defaultPolicy, 20484) //=> { ok: true, summary: {…}, invoiceRows: [1, 2, …], … }
 */
export function paneAnalysis(sheet: SheetValues, header: AnalysisHeader, policy: Policy, asOf: Day): PaneAnalysis {
  return paneOf(analyzeSheet(sheet, header, policy, asOf), header.mapping);
}

/**
 * An analysis trimmed to what the pane shows.
 *
 * @example
 * paneOf(analyzeSheet(sheet, header, defaultPolicy, 20484), header.mapping) //=> { ok: true, summary: {…}, invoiceRows: [1, 2, …], … }
 */
export function paneOf(analysis: Analysis, mapping: FieldColumns): PaneAnalysis {
  if (!analysis.ok) return analysis;
  const { ledger, summary, problems } = analysis;
  return {
    ok: true, summary, problems, dateOrder: ledger.dateOrder, decimalSeparator: ledger.decimalSeparator, notes: readingNotes(ledger), currency: ledger.currency,
    ...arRowsOf(ledger), invoiceCurrencies: deskCurrencyCodes(ledger, mapping),
  };
}
