// Undo of Mark as sent (issue 17): the Contact Log stays append-only — each message gets an
// "Undoes" row naming its draft id — and the aging cells the mark wrote get their earlier
// contents back, only where they still hold what the mark wrote, after the same row-identity
// check as marking; anything changed since is reported, never overwritten.
import type { ContactEntry } from "../mail/reminderRecord";
import { isFailure, type ExcelFailure } from "../workbook/agingData";
import { blockAddress } from "../workbook/a1";
import type { CellState, WorkbookPort } from "../workbook/port";
import { planRowPatch, type MovedRow, type PlannedCell, type RowIdentity, type RowRequest } from "../workbook/rowPatch";
import type { MarkTarget } from "./recordContacts";

/** What one Mark as sent did, as undo needs it. */
export interface MarkedBatch {
  readonly target: MarkTarget;
  /** The Contact Log entries appended (one per message). */
  readonly entries: readonly ContactEntry[];
  /** The aging cells written, with what they held before. */
  readonly cells: readonly PlannedCell[];
  /** The facts each marked row held (checked again before restoring). */
  readonly identities: ReadonlyMap<number, RowIdentity>;
  /** The note of the undo rows ("Mark as sent undone" when not given; a recorded step names itself). */
  readonly undoNote?: string;
}

/** Undone: the log rows appended, the cells restored, and the cells left because they changed since (or held a formula before). */
export interface MarkUndone {
  readonly ok: true;
  readonly undone: readonly string[];
  readonly restored: number;
  readonly changedSince: readonly string[];
}

/**
 * Takes back one Mark as sent: appends an undo row per message (its draft id in "Undoes"; the
 * draft can then be marked again), then restores each written cell that still holds what the
 * mark wrote. A row that moved restores nothing (the log rows are still appended: the record that
 * the marking was taken back is never lost).
 *
 * @param loggedAt - Excel serial date-time of the undo
 * @param markedBy - who undoes it
 *
 * @example
 * await undoMarkSent(port, batch, 46058.6, "Dana") //=> { ok: true, undone: ["2026-02-05-…"], restored: 2, changedSince: [] }
 */
export async function undoMarkSent(port: WorkbookPort, batch: MarkedBatch, loggedAt: number, markedBy: string): Promise<MarkUndone | { readonly ok: false; readonly moved: readonly MovedRow[]; readonly undone: readonly string[] } | ExcelFailure> {
  const undoRows = batch.entries.map((entry) => undoEntry(entry, loggedAt, markedBy, batch.undoNote ?? "Mark as sent undone"));
  const logged = await port.appendContactLog(undoRows);
  if (isFailure(logged)) return logged;
  const undone = logged.appended;
  if (batch.cells.length === 0) return { ok: true, undone, restored: 0, changedSince: [] };
  const rows = [...new Set(batch.cells.map((cell) => cell.row))];
  const { target } = batch;
  const identityColumns = Object.values(target.identity).filter((column): column is number => column !== null);
  const columns = [...new Set([...identityColumns, ...batch.cells.map((cell) => cell.column)])];
  const read = await port.readCells(target.sheetName, rows, columns);
  if (isFailure(read)) return read;
  const cellAt = (row: number, column: number): CellState => read[rows.indexOf(row)]?.[columns.indexOf(column)] ?? { value: "", formula: null, numberFormat: "General" };
  const changedSince: string[] = [];
  const requests: RowRequest[] = rows.map((row) => ({
    row,
    identity: batch.identities.get(row) ?? { customer: null, invoiceNumber: null, dueDate: null, balance: null },
    writes: batch.cells.filter((cell) => cell.row === row).map((cell) => ({
      column: cell.column,
      next: (current: CellState) => {
        const unchanged = current.formula === null && current.value === cell.value && cell.before.formula === null;
        if (!unchanged) changedSince.push(blockAddress(target.sheetName, cell.row, cell.column, 1, 1));
        return unchanged ? { value: restorable(cell.before.value), numberFormat: cell.before.numberFormat, foreign: false } : null;
      },
    })),
  }));
  const plan = planRowPatch(target.sheetName, target.identity, requests, cellAt, false);
  if (!plan.ok) return "moved" in plan ? { ok: false, moved: plan.moved, undone } : { error: `cells changed since marking: ${plan.conflicts.map((conflict) => conflict.address).join(", ")}` };
  const written = await port.patchCells(target, { created: [], cells: plan.cells });
  if (isFailure(written)) return written;
  return { ok: true, undone, restored: plan.cells.length, changedSince };
}

/** The undo row of a logged message: the same facts, "Undoes" naming its draft id. */
function undoEntry(entry: ContactEntry, loggedAt: number, markedBy: string, note: string): ContactEntry {
  const { legacyDraftId: _legacy, ...rest } = entry;
  return { ...rest, loggedAt, note, markedBy: markedBy.trim(), undoes: entry.draftId };
}

/** A value as a cell can take it back (blank for anything that is not text or a number). */
function restorable(value: unknown): string | number {
  return typeof value === "number" || typeof value === "string" ? value : "";
}
