// Writes what Mark as sent means to the aging rows, through the port's row-patch primitives,
// for the pane and the command line alike: a customer-facing step sets Last contact and raises
// Reminders sent; a step that is not a contact (Ask sales) or that has a deadline (a settlement
// offer) is recorded in the desk's own Dunning status column. One write path (patchDeskColumns,
// over the row-patch plan) checks every row's identity and treats every desk column's formulas alike.
import { isDateFormat } from "../core/ledgerCells";
import { emptyLadderState, ladderStateText, readLadderState, type LadderState } from "../core/ladderState";
import type { ExcelFailure } from "../workbook/agingData";
import type { ConflictResult } from "../workbook/conflicts";
import type { CellState, WorkbookPort } from "../workbook/port";
import type { NextCell, RowIdentity } from "../workbook/rowPatch";
import { TEXT_FORMAT } from "../workbook/textCell";
import { isBlankCell, patchDeskColumns, type ContactsMoved, type ContactsRecorded, type DeskRowWrite, type MarkTarget } from "./patchDeskColumns";

export type { ContactsMoved, ContactsRecorded, MarkTarget } from "./patchDeskColumns";

/** What marking one row records. */
export interface RowMark {
  readonly row: number;
  readonly identity: RowIdentity;
  /** A customer-facing step: the Excel serial of the contact day (Last contact, one more reminder); null: not a contact. */
  readonly contactSerial: number | null;
  /** Steps for the Dunning status column, or null. */
  readonly state: Partial<LadderState> | null;
}

/**
 * Records marks on the aging rows. Missing desk columns the marks need are created right of the
 * header row's last heading (as Table columns in a Table; a filled header cell there: nothing
 * written). Every row's customer, invoice number and due date are checked first; a formula or
 * foreign content in any cell the desk writes is replaced only with `confirmOverwrite` (else the
 * cells come back as conflicts). Reads and writes through the port only.
 *
 * @example
 * await recordContacts(port, target, [{ row: 4, identity, contactSerial: 46058, state: null }], { confirmOverwrite: false })
 * //=> { ok: true, createdColumns: [], cells: [{ row: 4, column: 7, value: 46058, … }, { row: 4, column: 8, value: 2, … }], balanceChanged: [] }
 */
export async function recordContacts(port: WorkbookPort, target: MarkTarget, marks: readonly RowMark[], options: { readonly confirmOverwrite: boolean }): Promise<ContactsRecorded | ContactsMoved | ConflictResult | ExcelFailure> {
  const rows = mergeMarks(marks).map((mark) => ({ row: mark.row, identity: mark.identity, writes: writesOf(mark) }));
  return patchDeskColumns(port, target, rows, { confirmOverwrite: options.confirmOverwrite, dryRun: false });
}

/** One mark per row: the latest contact day, the steps of all of them. */
function mergeMarks(marks: readonly RowMark[]): RowMark[] {
  const byRow = new Map<number, RowMark>();
  for (const mark of marks) {
    const seen = byRow.get(mark.row);
    if (!seen) byRow.set(mark.row, mark);
    else {
      const contactSerial = seen.contactSerial === null ? mark.contactSerial : mark.contactSerial === null ? seen.contactSerial : Math.max(seen.contactSerial, mark.contactSerial);
      const state = seen.state === null ? mark.state : mark.state === null ? seen.state : { ...seen.state, ...mark.state };
      byRow.set(mark.row, { ...mark, contactSerial, state });
    }
  }
  return [...byRow.values()].sort((a, b) => a.row - b.row);
}

/** The cells a mark changes: Last contact and Reminders sent for a contact, Dunning status for a step. */
function writesOf(mark: RowMark): DeskRowWrite["writes"] {
  const { contactSerial, state } = mark;
  const writes: DeskRowWrite["writes"] = {};
  if (contactSerial !== null) {
    const foreignDate = (cell: CellState, created: boolean) => (created && !isBlankCell(cell)) || !(isBlankCell(cell) || typeof cell.value === "number");
    writes.lastContact = (cell, created) => ({ value: contactSerial, numberFormat: isDateFormat(cell.numberFormat) ? null : "yyyy-mm-dd", foreign: foreignDate(cell, created) });
    writes.remindersSent = (cell, created) => nextCount(cell, created && !isBlankCell(cell));
  }
  if (state !== null) writes.dunningStatus = (cell) => nextState(cell, state);
  return writes;
}

/** The count after one more reminder: blank → 1, a number (or a formula's number) → + 1; text is foreign and becomes 1. */
function nextCount(cell: CellState, inCreatedColumn: boolean): NextCell {
  if (isBlankCell(cell)) return { value: 1, numberFormat: null, foreign: false };
  if (typeof cell.value === "number" && Number.isFinite(cell.value)) return { value: cell.value + 1, numberFormat: null, foreign: inCreatedColumn };
  return { value: 1, numberFormat: null, foreign: true };
}

/** The Dunning status with the new steps; a cell the desk did not write is foreign (replaced only with consent). */
function nextState(cell: CellState, steps: Partial<LadderState>): NextCell {
  const text = typeof cell.value === "string" ? cell.value : "";
  const current = isBlankCell(cell) ? emptyLadderState : readLadderState(text);
  const merged = { ...(current ?? emptyLadderState), ...steps };
  return { value: ladderStateText(merged), numberFormat: TEXT_FORMAT, foreign: current === null };
}
