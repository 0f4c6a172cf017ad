import type ExcelJS from "exceljs";
import { isDateFormat } from "../core/ledgerCells";
import { blockAddress } from "../workbook/a1";
import type { ExcelFailure } from "../workbook/agingData";
import { contactHeaders } from "../workbook/contactHeaders";
import { excelMessages } from "../workbook/excelMessages";
import type { ContactTarget, ContactUpdate, ContactsMoved, ContactsRecorded } from "../workbook/port";
import type { FileBook } from "./fileBook";
import { resizeFileTable } from "./fileTables";

const DATE_FORMAT = "yyyy-mm-dd";

/**
 * After "Mark as sent", as the Office adapter's recordContacts: every row's customer is checked
 * first (a moved row: nothing written, the moved rows back); then each row's last contact is set
 * (formatted yyyy-mm-dd unless the cell shows dates) and its reminders sent goes up by one (blank
 * → 1; text or a formula is left alone and the row reported in `skipped`). Missing columns are
 * created right of the header row's last heading (as Table columns in a Table), only where their
 * cells are empty. A row listed twice counts once (the later date wins).
 *
 * @example
 * recordFileContacts(book, target, [{ row: 4, customer: "Acme", contactSerial: 46058 }]) //=> { ok: true, createdColumns: ["Last contact", "Reminders sent"], skipped: [] }
 */
export function recordFileContacts(book: FileBook, target: ContactTarget, updates: readonly ContactUpdate[]): ContactsRecorded | ContactsMoved | ExcelFailure {
  const byRow = new Map<number, ContactUpdate>();
  for (const update of updates) byRow.set(update.row, { ...update, contactSerial: Math.max(update.contactSerial, byRow.get(update.row)?.contactSerial ?? -Infinity) });
  const unique = [...byRow.values()];
  if (unique.length === 0) return { ok: true, createdColumns: [], skipped: [] };
  const sheet = book.sheet(target.sheetName);
  if (!sheet) return { error: excelMessages.itemNotFound };
  const moved = unique.filter((update) => !sameCustomer(book.value(sheet, update.row, target.customerColumn), update.customer)).map((update) => update.row);
  if (moved.length > 0) return { ok: false, moved };
  const plan = columnPlan(target, headerRowEnd(book, sheet, target));
  const filled = firstFilled(book, sheet, target, plan, unique.map((update) => update.row));
  if (filled) return { error: excelMessages.cellsNotEmpty(filled) };
  createColumns(book, sheet, target, plan);
  const skipped: number[] = [];
  for (const update of unique) {
    const dateFormat = isDateFormat(book.numberFormat(sheet, update.row, plan.lastContact)) ? undefined : DATE_FORMAT;
    book.write(sheet, update.row, plan.lastContact, update.contactSerial, dateFormat);
    const next = nextCount(book, sheet, update.row, plan.remindersSent);
    if (next === null) skipped.push(update.row);
    else book.write(sheet, update.row, plan.remindersSent, next);
  }
  return { ok: true, createdColumns: plan.created.map((column) => column.header), skipped };
}

interface ColumnPlan {
  readonly lastContact: number;
  readonly remindersSent: number;
  readonly created: readonly { readonly header: string; readonly column: number }[];
}

/** A plain range's header row may have grown since it was read (the AR columns): created columns go right of its last heading. */
function headerRowEnd(book: FileBook, sheet: ExcelJS.Worksheet, target: ContactTarget): number {
  if (target.tableName !== null) return Math.max(target.lastColumn, tableRight(book, target.tableName)); // a Table grows at its own end
  let last = target.lastColumn;
  sheet.findRow(target.headerRow + 1)?.eachCell({ includeEmpty: false }, (_cell, column) => {
    if (!book.isBlank(sheet, target.headerRow, column - 1)) last = Math.max(last, column - 1);
  });
  return last;
}

function tableRight(book: FileBook, name: string): number {
  const table = book.table(name);
  return table ? table.area.left + table.area.columns - 1 : -1;
}

function columnPlan(target: ContactTarget, lastColumn: number): ColumnPlan {
  const created: { header: string; column: number }[] = [];
  const place = (column: number | null, header: string): number => {
    if (column !== null) return column;
    const next = lastColumn + 1 + created.length;
    created.push({ header, column: next });
    return next;
  };
  return { lastContact: place(target.lastContactColumn, contactHeaders.lastContact), remindersSent: place(target.remindersSentColumn, contactHeaders.remindersSent), created };
}

function firstFilled(book: FileBook, sheet: ExcelJS.Worksheet, target: ContactTarget, plan: ColumnPlan, rows: readonly number[]): string | null {
  for (const { column } of plan.created) {
    if (!book.isBlank(sheet, target.headerRow, column)) return blockAddress(target.sheetName, target.headerRow, column, 1, 1);
    const row = rows.find((candidate) => !book.isBlank(sheet, candidate, column));
    if (row !== undefined) return blockAddress(target.sheetName, row, column, 1, 1);
  }
  return null;
}

function createColumns(book: FileBook, sheet: ExcelJS.Worksheet, target: ContactTarget, plan: ColumnPlan): void {
  for (const { header, column } of plan.created) book.write(sheet, target.headerRow, column, header);
  const table = target.tableName !== null ? book.table(target.tableName) : undefined;
  if (table && plan.created.length > 0) resizeFileTable(table, table.area.rows, table.area.columns + plan.created.length, plan.created.map((column) => column.header));
}

/** The count after one more reminder: blank → 1, a number → + 1; text or a formula → null (left alone). */
function nextCount(book: FileBook, sheet: ExcelJS.Worksheet, row: number, column: number): number | null {
  if (book.formula(sheet, row, column) !== null) return null;
  const value = book.value(sheet, row, column);
  if (value === "") return 1;
  return typeof value === "number" && Number.isFinite(value) ? value + 1 : null;
}

function sameCustomer(value: unknown, expected: string): boolean {
  const text = typeof value === "string" || typeof value === "number" ? String(value) : "";
  return text.trim().toLowerCase() === expected.trim().toLowerCase();
}
