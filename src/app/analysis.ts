// Pure: from the values read and the chosen mapping to the Analyze panel's figures, with the
// policy in force. The browser test computes the same in Node to check the pane's figures.
import type { FieldColumns } from "../core/columns";
import type { Day } from "../core/days";
import { readLedger, type Ledger } from "../core/ledger";
import type { LedgerProblem } from "../core/ledgerProblems";
import type { Policy } from "../core/policy";
import { summarizeReceivables, type Receivables } from "../core/receivables";
import { problemCustomers } from "../core/problemCustomers";

/** The sheet as read: values and number formats of the same shape. */
export interface SheetValues {
  readonly values: readonly (readonly unknown[])[];
  readonly numberFormats?: readonly (readonly unknown[])[];
}

/** The header row, a column per field, and the currency the user chose for the list (null or absent: detected). */
export interface ListHeader {
  readonly row: number;
  readonly mapping: FieldColumns;
  readonly currency?: string | null;
}

export type Analysis =
  | { readonly ok: true; readonly ledger: Ledger; readonly summary: Receivables; readonly problems: readonly LedgerProblem[] }
  | { readonly ok: false; readonly message: string };

/**
 * Reads the invoices under the header row and sums them up for the Analyze panel. The ledger's
 * problems and the summary's (unknown status words) come back as one list, by row, each with the
 * row's customer.
 *
 * @param sheet - the values read
 * @param header - the header row (index in `values`), a column per field, the user's currency if any
 * @param policy - the policy in force (its date system reads the dates)
 * @param asOf - the day the figures are for
 *
 * @example
 * analyzeSheet({ values: [["Customer", "Due date", "Balance"], ["Acme", "2026-01-01", 100]] },
 *   { row: 0, mapping: { customer: { column: 0 }, dueDate: { column: 1 }, balance: { column: 2 } } }, defaultPolicy, 20484)
 * //=> { ok: true, summary: { total: 100, overdue: 100, … }, problems: [], … }
 */
export function analyzeSheet(sheet: SheetValues, header: ListHeader, policy: Policy, asOf: Day): Analysis {
  const ledgerSheet = sheet.numberFormats ? { cells: sheet.values, numberFormats: sheet.numberFormats } : { cells: sheet.values };
  const ledger = readLedger(ledgerSheet, header, { dateSystem: policy.dateSystem, asOf, currency: policy.currency, currencyChoice: header.currency ?? null });
  const statusColumn = header.mapping.status?.column;
  const result = summarizeReceivables(ledger.invoices, asOf, policy, statusColumn === undefined ? {} : { statusColumn });
  if (!result.ok) return { ok: false, message: result.message };
  const sorted = [...ledger.problems, ...result.problems].sort((a, b) => a.row - b.row || (a.column ?? -1) - (b.column ?? -1));
  const problems = problemCustomers(sorted, ledger);
  return { ok: true, ledger, summary: result, problems };
}
