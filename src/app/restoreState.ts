// "State survives the next export" (issue 12 item 2), shared by the pane's offer after Analyze
// and by `dunning-desk annotate` and `remind`: each invoice's Last contact, Reminders sent and
// Dunning status restored from the Contact Log where the list holds less (a fresh export pasted
// over the worked list), through the same write path as Mark as sent (patchDeskColumns: the
// desk's columns created right of the list when missing, rows checked, foreign cells asked about).
import type { FieldColumns } from "../core/columns";
import type { DateSystem } from "../core/days";
import { isFailure, type ExcelFailure } from "../workbook/agingData";
import type { ConflictResult } from "../workbook/conflicts";
import { contactLogLayout } from "../workbook/contactLogLayout";
import type { WorkbookPort } from "../workbook/port";
import type { PlannedCell } from "../workbook/rowPatch";
import { markTarget, type ListPlace } from "./contactPlan";
import { contactLogRows, keyOfInvoice, loggedStates } from "./loggedState";
import { patchDeskColumns, type ContactsMoved, type DeskRowWrite } from "./patchDeskColumns";
import { restoreWrites, type ListedState } from "./restoreWrites";

/** An invoice of the list as the analysis read it (row: index in `list.values`). */
export interface ListedInvoice extends ListedState {
  readonly row: number;
  readonly customer: string;
  readonly invoiceNumber: string | null;
  readonly dueDay: number;
}

/** What to restore, and whether to write it or only say what would be written. */
export interface RestoreRequest {
  readonly list: ListPlace;
  readonly headerRow: number;
  readonly mapping: FieldColumns;
  /** The invoices to restore (a repeated invoice number's second row left out by the caller). */
  readonly invoices: readonly ListedInvoice[];
  readonly dateSystem: DateSystem;
  readonly confirmOverwrite: boolean;
  /** Plan only (the pane's offer): nothing is created or written. */
  readonly dryRun: boolean;
  /** The Contact Log's values as just read (`readTable`), so a caller that checked for a log first does not read it twice. */
  readonly log?: readonly (readonly unknown[])[] | null;
}

/** Restored (or, with dryRun, restorable): how many invoices got a cell, the cells, and the desk columns created. */
export interface StateRestored {
  readonly ok: true;
  /** The workbook has a Contact Log. */
  readonly log: boolean;
  readonly invoices: number;
  readonly cells: readonly PlannedCell[];
  readonly createdColumns: readonly string[];
}

/**
 * Restores each invoice's state from the Contact Log (undone markings left out) where the list's
 * cell is empty or older or lower than the log; a user's newer value stays. Without a Contact
 * Log, nothing to do. Formulas and foreign content in the cells to fill come back as conflicts
 * unless `confirmOverwrite`.
 *
 * @example
 * await restoreState(port, { list, headerRow: 0, mapping, invoices, dateSystem: 1900, confirmOverwrite: false, dryRun: false })
 * //=> { ok: true, log: true, invoices: 38, cells: [...], createdColumns: ["Last contact", "Reminders sent", "Dunning status"] }
 */
export async function restoreState(port: WorkbookPort, request: RestoreRequest): Promise<StateRestored | ContactsMoved | ConflictResult | ExcelFailure> {
  const values = request.log !== undefined ? request.log : await port.readTable(contactLogLayout.name);
  if (isFailure(values)) return values;
  if (values === null) return { ok: true, log: false, invoices: 0, cells: [], createdColumns: [] };
  const states = loggedStates(contactLogRows(values), request.dateSystem);
  const { list } = request;
  const target = markTarget(list, request.headerRow, request.mapping);
  const cell = (row: number, column: number | null) => (column === null ? null : list.values[row]?.[column - list.left] ?? "");
  const rows: DeskRowWrite[] = request.invoices.flatMap((invoice) => {
    const state = states.get(keyOfInvoice(invoice));
    if (!state) return [];
    const { customer, invoiceNumber, dueDate, balance } = target.identity;
    const identity = { customer: cell(invoice.row, customer), invoiceNumber: cell(invoice.row, invoiceNumber), dueDate: cell(invoice.row, dueDate), balance: cell(invoice.row, balance) };
    return [{ row: list.top + invoice.row, identity, writes: restoreWrites(state, invoice, request.dateSystem) }];
  });
  const patched = await patchDeskColumns(port, target, rows, { confirmOverwrite: request.confirmOverwrite, dryRun: request.dryRun });
  if (isFailure(patched) || !patched.ok) return patched;
  const invoices = new Set(patched.cells.map((item) => item.row)).size;
  return { ok: true, log: true, invoices, cells: patched.cells, createdColumns: patched.createdColumns };
}
