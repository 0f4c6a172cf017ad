/// <reference types="office-js" />
import { isDateFormat } from "../core/ledgerCells";
import { blockAddress } from "../workbook/a1";
import type { ExcelFailure } from "../workbook/agingData";
import { readColumnCells, type CellRead, type ColumnCells } from "./columnCells";
import { excelMessages } from "../workbook/excelMessages";
import { runExcel } from "./excelRun";
import { contactHeaders } from "../workbook/contactHeaders";
export { contactHeaders };
import type { ContactTarget, ContactUpdate, ContactsRecorded, ContactsMoved } from "../workbook/port";
export type { ContactTarget, ContactUpdate, ContactsRecorded, ContactsMoved };

const DATE_FORMAT = "yyyy-mm-dd";

/**
 * After "Mark as sent": sets each row's last contact to `contactSerial` (formatted "yyyy-mm-dd"
 * unless the cell already shows dates) and adds one to its reminders sent (blank → 1), so
 * AR.NEXTACTION moves the customer up the ladder. A count cell holding text or a formula is left
 * alone and its row reported in `skipped`. Missing columns are created right of the block
 * ("Last contact", then "Reminders sent"; as Table columns in a Table), only where their header
 * cell and the cells on the updated rows are empty: otherwise a failure names the first filled
 * cell. Every row's customer is checked first (trimmed, any case): if one moved, nothing is
 * written and the moved rows come back. A row listed twice counts once (the later date wins).
 * Two syncs: one read, one write (three when a column is created right of a plain range).
 *
 * @example
 * await recordContacts(target, [{ row: 4, customer: "Acme", contactSerial: 46058 }]) //=> { ok: true, createdColumns: ["Last contact", "Reminders sent"], skipped: [] }
 * await recordContacts(target, [{ row: 4, customer: "Beta", contactSerial: 46058 }]) //=> { ok: false, moved: [4] }
 */
export async function recordContacts(target: ContactTarget, updates: readonly ContactUpdate[]): Promise<ContactsRecorded | ContactsMoved | ExcelFailure> {
  const byRow = new Map<number, ContactUpdate>();
  for (const update of updates) byRow.set(update.row, { ...update, contactSerial: Math.max(update.contactSerial, byRow.get(update.row)?.contactSerial ?? -Infinity) });
  const unique = [...byRow.values()];
  if (unique.length === 0) return { ok: true, createdColumns: [], skipped: [] };
  const rows = unique.map((update) => update.row);
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(target.sheetName);
    const plan = columnPlan({ ...target, lastColumn: await headerRowEnd(context, sheet, target) });
    const customers = readColumnCells(sheet, target.customerColumn, rows, ["values"]);
    const lastContact = readColumnCells(sheet, plan.lastContact, rows, ["values", "formulas", "numberFormat"]);
    const counts = readColumnCells(sheet, plan.remindersSent, rows, ["values", "formulas"]);
    const headers = plan.created.length > 0 ? sheet.getRangeByIndexes(target.headerRow, plan.firstCreated, 1, plan.created.length).load("values") : null;
    await context.sync();
    const moved = unique.filter((update) => !sameCustomer(customers.at(update.row).value, update.customer)).map((update) => update.row);
    if (moved.length > 0) return { ok: false, moved } as const;
    const filled = firstFilled(target, plan, rows, headers?.values ?? [], (column, row) => (column === plan.lastContact ? lastContact : counts).at(row));
    if (filled) return { error: excelMessages.cellsNotEmpty(filled) };
    createColumns(context, sheet, target, plan);
    const skipped = writeContacts(sheet, plan, unique, lastContact, counts);
    await context.sync();
    return { ok: true, createdColumns: plan.created.map((column) => column.header), skipped } as const;
  });
}

interface ColumnPlan {
  readonly lastContact: number;
  readonly remindersSent: number;
  readonly created: readonly { readonly header: string; readonly column: number }[];
  readonly firstCreated: number;
}

/**
 * The last column a created column must go right of. For a plain range, the header row may have
 * grown since the list was read (the AR columns are written after reading): new columns go right
 * of its last heading, which costs one sync, only when a column is missing. A Table adds its
 * columns at its own end.
 */
async function headerRowEnd(context: Excel.RequestContext, sheet: Excel.Worksheet, target: ContactTarget): Promise<number> {
  const missing = target.lastContactColumn === null || target.remindersSentColumn === null;
  if (!missing || target.tableName !== null) return target.lastColumn;
  const used = sheet.getRangeByIndexes(target.headerRow, 0, 1, EXCEL_COLUMNS).getUsedRangeOrNullObject(true).load("columnIndex,columnCount");
  await context.sync();
  return used.isNullObject ? target.lastColumn : Math.max(target.lastColumn, used.columnIndex + used.columnCount - 1);
}

/** Columns on a sheet (A:XFD). */
const EXCEL_COLUMNS = 16_384;

/** The two columns, missing ones placed right of the block in header order. */
function columnPlan(target: ContactTarget): ColumnPlan {
  const created: { header: string; column: number }[] = [];
  const place = (column: number | null, header: string): number => {
    if (column !== null) return column;
    const next = target.lastColumn + 1 + created.length;
    created.push({ header, column: next });
    return next;
  };
  const lastContact = place(target.lastContactColumn, contactHeaders.lastContact);
  const remindersSent = place(target.remindersSentColumn, contactHeaders.remindersSent);
  return { lastContact, remindersSent, created, firstCreated: target.lastColumn + 1 };
}

/** The address of the first non-empty cell a created column would take, or null. */
function firstFilled(target: ContactTarget, plan: ColumnPlan, rows: readonly number[], headers: readonly (readonly unknown[])[], cell: (column: number, row: number) => CellRead): string | null {
  for (const [index, { column }] of plan.created.entries()) {
    if (!isBlank(headers[0]?.[index], undefined)) return blockAddress(target.sheetName, target.headerRow, column, 1, 1);
    const row = rows.find((candidate) => !isBlank(cell(column, candidate).value, cell(column, candidate).formula));
    if (row !== undefined) return blockAddress(target.sheetName, row, column, 1, 1);
  }
  return null;
}

/** Queues each row's date and count; returns the rows whose count is left alone. */
function writeContacts(sheet: Excel.Worksheet, plan: ColumnPlan, updates: readonly ContactUpdate[], lastContact: ColumnCells, counts: ColumnCells): number[] {
  const skipped: number[] = [];
  for (const update of updates) {
    const dateCell = sheet.getRangeByIndexes(update.row, plan.lastContact, 1, 1);
    if (!isDateFormat(lastContact.at(update.row).numberFormat)) dateCell.numberFormat = [[DATE_FORMAT]];
    dateCell.values = [[update.contactSerial]];
    const next = nextCount(counts.at(update.row));
    if (next === null) skipped.push(update.row);
    else sheet.getRangeByIndexes(update.row, plan.remindersSent, 1, 1).values = [[next]];
  }
  return skipped;
}

function createColumns(context: Excel.RequestContext, sheet: Excel.Worksheet, target: ContactTarget, { created, firstCreated }: ColumnPlan): void {
  if (created.length === 0) return;
  if (target.tableName !== null) {
    const table = context.workbook.tables.getItem(target.tableName);
    for (const { header } of created) table.columns.add(undefined, undefined, header);
    return;
  }
  sheet.getRangeByIndexes(target.headerRow, firstCreated, 1, created.length).values = [created.map((column) => column.header)];
}

/** The count after one more reminder: blank → 1, a number → + 1; text or a formula → null (left alone). */
function nextCount(cell: CellRead): number | null {
  if (typeof cell.formula === "string" && cell.formula.startsWith("=")) return null;
  if (isBlank(cell.value, undefined)) return 1;
  return typeof cell.value === "number" && Number.isFinite(cell.value) ? cell.value + 1 : null;
}

function isBlank(value: unknown, formula: unknown): boolean {
  const noFormula = !(typeof formula === "string" && formula.startsWith("="));
  return noFormula && (value === "" || value === null || value === undefined);
}

function sameCustomer(value: unknown, expected: string): boolean {
  const text = typeof value === "string" || typeof value === "number" ? String(value) : "";
  return text.trim().toLowerCase() === expected.trim().toLowerCase();
}
