// One write path for the desk's own columns of the aging list (Last contact, Reminders sent,
// Dunning status), shared by Mark as sent (recordContacts) and the restore from the Contact Log
// (restoreState): find each column by the mapping or by its header, create the missing ones right
// of the header row's last heading, read the cells, plan through the row-patch plan (identity
// check, formulas and foreign content asked about), then write — or, for an offer, only plan.
import { isFailure, type ExcelFailure } from "../workbook/agingData";
import { blockAddress } from "../workbook/a1";
import type { ConflictResult } from "../workbook/conflicts";
import { deskColumnHeaders, type DeskColumn } from "../workbook/contactHeaders";
import { excelMessages } from "../workbook/excelMessages";
import type { CellState, PatchTarget, WorkbookPort } from "../workbook/port";
import { planRowPatch, type IdentityColumns, type MovedRow, type NextCell, type PlannedCell, type RowIdentity } from "../workbook/rowPatch";

/** The aging block and the columns a desk write reads and writes (0-based sheet coordinates; null: the list has none). */
export interface MarkTarget extends PatchTarget {
  readonly identity: IdentityColumns;
  readonly desk: { readonly [K in DeskColumn]: number | null };
}

/** What a desk column's writer makes of a cell (`inCreatedColumn`: the column is created by this write, so anything in it is foreign). */
export type DeskCellWriter = (current: CellState, inCreatedColumn: boolean) => NextCell | null;

/** One row to write: who it should be, and a writer per desk column it changes. */
export interface DeskRowWrite {
  readonly row: number;
  readonly identity: RowIdentity;
  readonly writes: Partial<Record<DeskColumn, DeskCellWriter>>;
}

/** Written (or, with `dryRun`, planned): the columns created, every cell with what it held before, and balances that changed since the list was read. */
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
 * Writes desk columns of aging rows. Columns a row has a writer for and the list lacks are created
 * right of the header row's last heading (as Table columns in a Table; a filled header cell there:
 * nothing written). A formula or foreign content in any cell written is replaced only with
 * `confirmOverwrite` (else the cells come back as conflicts). With `dryRun` nothing is created
 * or written: the answer says what would be.
 *
 * @example
 * await patchDeskColumns(port, target, [{ row: 4, identity, writes: { remindersSent: () => ({ value: 3, numberFormat: null, foreign: false }) } }], { confirmOverwrite: false, dryRun: false })
 * //=> { ok: true, createdColumns: [], cells: [{ row: 4, column: 8, value: 3, … }], balanceChanged: [] }
 */
export async function patchDeskColumns(port: WorkbookPort, target: MarkTarget, rows: readonly DeskRowWrite[], options: { readonly confirmOverwrite: boolean; readonly dryRun: boolean }): Promise<ContactsRecorded | ContactsMoved | ConflictResult | ExcelFailure> {
  const needed = (["lastContact", "remindersSent", "dunningStatus"] as const).filter((key) => rows.some((row) => row.writes[key] !== undefined));
  if (rows.length === 0 || needed.length === 0) return { ok: true, createdColumns: [], cells: [], balanceChanged: [] };
  const found = await deskColumns(port, target, needed);
  if (isFailure(found)) return found;
  const { desk, end } = found;
  const created = needed.filter((key) => desk[key] === null).map((key, index) => ({ key, column: end + 1 + index, header: deskColumnHeaders[key] }));
  const column = (key: DeskColumn) => desk[key] ?? created.find((item) => item.key === key)?.column ?? -1;
  if (created.length > 0) {
    const headers = await port.readCells(target.sheetName, [target.headerRow], created.map((item) => item.column));
    if (isFailure(headers)) return headers;
    const filled = created.findIndex((_item, index) => !isBlankCell(headers[0]?.[index]));
    if (filled >= 0) return { error: excelMessages.cellsNotEmpty(blockAddress(target.sheetName, target.headerRow, created[filled]?.column ?? 0, 1, 1)) };
  }
  const identityColumns = Object.values(target.identity).filter((item): item is number => item !== null);
  const columns = [...new Set([...identityColumns, ...needed.map(column)])];
  const rowNumbers = rows.map((row) => row.row);
  const read = await port.readCells(target.sheetName, rowNumbers, columns);
  if (isFailure(read)) return read;
  // Indexes by map: a restore plans every invoice of a 100,000-row list (indexOf per cell was quadratic).
  const rowIndex = new Map(rowNumbers.map((row, index) => [row, index]));
  const columnIndex = new Map(columns.map((at, index) => [at, index]));
  const cellAt = (row: number, at: number): CellState => read[rowIndex.get(row) ?? -1]?.[columnIndex.get(at) ?? -1] ?? blank;
  const createdColumns = new Set(created.map((item) => item.column));
  const requests = rows.map((row) => ({
    row: row.row,
    identity: row.identity,
    writes: needed.flatMap((key) => {
      const writer = row.writes[key];
      const at = column(key);
      return writer ? [{ column: at, next: (cell: CellState) => writer(cell, createdColumns.has(at)) }] : [];
    }),
  }));
  const plan = planRowPatch(target.sheetName, target.identity, requests, cellAt, options.confirmOverwrite);
  if (!plan.ok) return plan;
  // Nothing to change (the list already holds it all): no column is created for it either.
  if (plan.cells.length === 0) return { ok: true, createdColumns: [], cells: [], balanceChanged: plan.balanceChanged };
  if (!options.dryRun) {
    const written = await port.patchCells(target, { created: created.map(({ column: at, header }) => ({ column: at, header })), cells: plan.cells });
    if (isFailure(written)) return written;
  }
  return { ok: true, createdColumns: created.map((item) => item.header), cells: plan.cells, balanceChanged: plan.balanceChanged };
}

const blank: CellState = { value: "", formula: null, numberFormat: "General" };

/**
 * The desk columns the writes need: those the list mapped, else one the header row has gained
 * since the list was read (an earlier write created it), else none (to be created right of
 * `end`, the header row's last heading).
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

/**
 * A cell that holds nothing (no formula, no value).
 *
 * @example
 * isBlankCell({ value: "", formula: null, numberFormat: "General" }) //=> true
 */
export function isBlankCell(cell: CellState | undefined): boolean {
  return !cell || (cell.formula === null && (cell.value === "" || cell.value === null || cell.value === undefined));
}
