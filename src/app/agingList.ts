import { arRowsOf } from "../workbook/arRows";
import type { FieldColumns } from "../core/columns";
import type { Day } from "../core/days";
import type { Ledger } from "../core/ledger";
import type { LedgerProblem } from "../core/ledgerProblems";
import type { Policy } from "../core/policy";
import type { Receivables } from "../core/receivables";
import type { AgingData } from "../workbook/agingData";
import { analyzeSheet } from "./analysis";
import type { MappingSource } from "./chooseMapping";
import type { LocatedList } from "./locateAgingList";

/** An aging list read, mapped and analysed: what Analyze shows and what the writes start from. */
export interface AgingList {
  readonly ok: true;
  readonly data: AgingData;
  /** The header's row within `data.values`. */
  readonly headerRow: number;
  readonly mapping: FieldColumns;
  readonly mappingSource: MappingSource;
  readonly ledger: Ledger;
  readonly summary: Receivables;
  /** The ledger's and the summary's problems, by row. */
  readonly problems: readonly LedgerProblem[];
  /** The rows (within `data.values`) holding invoices: the AR formulas go there. */
  readonly invoiceRows: readonly number[];
  /** Repeated invoice numbers of a customer: [row, first row], marked instead of computed (issue 12). */
  readonly repeatedRows: readonly (readonly [number, number])[];
}

/**
 * The Analyze panel's figures for a located list, with the policy in force on `asOf`. The
 * currency the user chose now (`--currency`) wins over the one saved with the mapping.
 *
 * @example
 * analyzeAgingList(located, defaultPolicy, 20499)
 * //=> { ok: true, summary: { total: 7000, overdue: 7500, … }, problems: [], invoiceRows: [1, 2, 3, 4, 5], … }
 */
export function analyzeAgingList(located: LocatedList, policy: Policy, asOf: Day, currencyChoice: string | null = null): AgingList | { readonly ok: false; readonly message: string } {
  const { data, header } = located;
  const analysis = analyzeSheet(data, { row: header.row, mapping: header.mapping, currency: currencyChoice ?? header.currency }, policy, asOf);
  if (!analysis.ok) return analysis;
  const { ledger, summary, problems } = analysis;
  return {
    ok: true,
    data,
    headerRow: header.row,
    mapping: header.mapping,
    mappingSource: header.source,
    ledger,
    summary,
    problems,
    ...arRowsOf(ledger),
  };
}
