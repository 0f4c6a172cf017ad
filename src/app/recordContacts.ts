// Writes what Mark as sent means to the aging rows, through the port's row-patch primitives,
// for the pane and the command line alike: a customer-facing step sets Last contact and raises
// Reminders sent; a step that is not a contact (Ask sales) or that has a deadline (a settlement
// offer) is recorded in the desk's own Dunning status column. One plan (workbook/rowPatch.ts)
// checks every row's identity and treats every desk column's formulas alike.
import { isDateFormat } from "../core/ledgerCells";
import { emptyLadderState, ladderStateText, readLadderState, type LadderState } from "../core/ladderState";
import { isFailure, type ExcelFailure } from "../workbook/agingData";
import type { ConflictResult } from "../workbook/conflicts";
import { excelMessages } from "../workbook/excelMessages";
import type { CellState, PatchTarget, WorkbookPort } from "../workbook/port";
import { planRowPatch, type IdentityColumns, type MovedRow, type NextCell, type PlannedCell, type RowIdentity, type RowRequest } from "../workbook/rowPatch";
import { TEXT_FORMAT } from "../workbook/textCell";
import { deskColumnHeaders, type DeskColumn } from "../workbook/contactHeaders";
import { blockAddress } from "../workbook/a1";

/** The aging block and the columns a mark reads and writes (0-based sheet coordinates; null: the list has none). */
export interface MarkTarget extends PatchTarget {
  readonly identity: IdentityColumns;
  readonly desk: { readonly [K in DeskColumn]: number | null };
}

/** What marking one row records. */
export interface RowMark {
  readonly row: number;
  readonly identity: RowIdentity;
  /** A customer-facing step: the Excel serial of the contact day (Last contact, one more reminder); null: not a contact. */
  readonly contactSerial: number | null;
  /** Steps for the Dunning status column, or null. */
  readonly state: Partial<LadderState> | null;
}

/** Written: the columns created, every cell with what it held before (for undo), and balances that changed since drafting. */
export interface ContactsRecorded {
  readonly ok: true;
  readonly createdColumns: readonly string[];
  readonly cells: readonly PlannedCell[];
  readonly balanceChanged: readonly { readonly row: number; readonly before: unknown; readonly now: unknown }[];
}

/** Nothing written: these rows no longer hold the invoices they held (the sheet was sorted or edited). */
export interface ContactsMoved {
  readonly ok: false;
  readonly moved: readonly MovedRow[];
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
  const byRow = mergeMarks(marks);
  if (byRow.length === 0) return { ok: true, createdColumns: [], cells: [], balanceChanged: [] };
  const needed: DeskColumn[] = [];
  if (byRow.some((mark) => mark.contactSerial !== null)) needed.push("lastContact", "remindersSent");
  if (byRow.some((mark) => mark.state !== null)) needed.push("dunningStatus");
  const found = await deskColumns(port, target, needed);
  if (isFailure(found)) return found;
  const { desk, end } = found;
  const missing = needed.filter((key) => desk[key] === null);
  const created = missing.map((key, index) => ({ key, column: end + 1 + index, header: deskColumnHeaders[key] }));
  const column = (key: DeskColumn) => desk[key] ?? created.find((item) => item.key === key)?.column ?? -1;
  if (created.length > 0) {
    const headers = await port.readCells(target.sheetName, [target.headerRow], created.map((item) => item.column));
    if (isFailure(headers)) return headers;
    const filled = created.findIndex((_item, index) => !isBlankCell(headers[0]?.[index]));
    if (filled >= 0) return { error: excelMessages.cellsNotEmpty(blockAddress(target.sheetName, target.headerRow, created[filled]?.column ?? 0, 1, 1)) };
  }
  const identityColumns = Object.values(target.identity).filter((item): item is number => item !== null);
  const columns = [...new Set([...identityColumns, ...needed.map(column)])];
  const rows = byRow.map((mark) => mark.row);
  const read = await port.readCells(target.sheetName, rows, columns);
  if (isFailure(read)) return read;
  const cellAt = (row: number, at: number): CellState => read[rows.indexOf(row)]?.[columns.indexOf(at)] ?? blank;
  const createdColumns = new Set(created.map((item) => item.column));
  const requests: RowRequest[] = byRow.map((mark) => ({ row: mark.row, identity: mark.identity, writes: writesOf(mark, column, createdColumns) }));
  const plan = planRowPatch(target.sheetName, target.identity, requests, cellAt, options.confirmOverwrite);
  if (!plan.ok) return plan;
  const written = await port.patchCells(target, { created: created.map(({ column: at, header }) => ({ column: at, header })), cells: plan.cells });
  if (isFailure(written)) return written;
  return { ok: true, createdColumns: created.map((item) => item.header), cells: plan.cells, balanceChanged: plan.balanceChanged };
}

const blank: CellState = { value: "", formula: null, numberFormat: "General" };

/**
 * The desk columns the marks need: those the list mapped, else one the header row has gained
 * since the list was read (an earlier mark created it), else none (to be created right of `end`,
 * the header row's last heading).
 */
async function deskColumns(port: WorkbookPort, target: MarkTarget, needed: readonly DeskColumn[]): Promise<{ desk: Record<DeskColumn, number | null>; end: number } | ExcelFailure> {
  const desk = { ...target.desk };
  if (needed.every((key) => desk[key] !== null)) return { desk, end: -1 };
  const end = await port.rowEnd(target.sheetName, target.headerRow, target.tableName);
  if (isFailure(end)) return end;
  const columns = Array.from({ length: end + 1 }, (_, index) => index);
  const headers = columns.length === 0 ? [[]] : await port.readCells(target.sheetName, [target.headerRow], columns);
  if (isFailure(headers)) return headers;
  const fold = (value: unknown) => (typeof value === "string" ? value.trim().toLowerCase() : "");
  for (const key of needed) {
    if (desk[key] !== null) continue;
    const at = (headers[0] ?? []).findIndex((cell) => fold(cell.value) === deskColumnHeaders[key].toLowerCase());
    if (at >= 0) desk[key] = at;
  }
  return { desk, end };
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
function writesOf(mark: RowMark, column: (key: DeskColumn) => number, created: ReadonlySet<number>): RowRequest["writes"] {
  const writes: { column: number; next: (current: CellState) => NextCell | null }[] = [];
  const fresh = (at: number, cell: CellState) => created.has(at) && !isBlankCell(cell);
  const { contactSerial, state } = mark;
  if (contactSerial !== null) {
    const dateColumn = column("lastContact");
    const countColumn = column("remindersSent");
    writes.push({ column: dateColumn, next: (cell) => ({ value: contactSerial, numberFormat: isDateFormat(cell.numberFormat) ? null : "yyyy-mm-dd", foreign: fresh(dateColumn, cell) || !(isBlankCell(cell) || typeof cell.value === "number") }) });
    writes.push({ column: countColumn, next: (cell) => nextCount(cell, fresh(countColumn, cell)) });
  }
  if (state !== null) {
    const stateColumn = column("dunningStatus");
    writes.push({ column: stateColumn, next: (cell) => nextState(cell, state) });
  }
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

function isBlankCell(cell: CellState | undefined): boolean {
  return !cell || (cell.formula === null && (cell.value === "" || cell.value === null || cell.value === undefined));
}
