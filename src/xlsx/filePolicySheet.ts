import { dayOfLocalDate, serialFromDay } from "../core/days";
import type { Policy } from "../core/policy";
import { cellText } from "../core/ledgerCells";
import { foldSettingName } from "../core/policySettings";
import { blockAddress } from "../workbook/a1";
import type { ExcelFailure } from "../workbook/agingData";
import { MAX_CONFLICTS, type ConflictResult } from "../workbook/conflicts";
import { excelMessages } from "../workbook/excelMessages";
import { policyNames } from "../workbook/policyNames";
import { policyLayout, type PolicyLayout } from "../workbook/policyLayout";
import { policyColumns, policyRows, type PolicyRow } from "../workbook/policyRows";
import type { FileBook } from "./fileBook";
import { definedName, setDefinedName } from "./fileNames";
import { createFileTable, resizeFileTable } from "./fileTables";

const TABLE_TOP = 3; // row 4: title in row 1, "As of" in row 2, a blank row between
const AS_OF_FORMAT = "yyyy-mm-dd";

/**
 * Writes the policy sheet as the Office adapter does (see src/excel/policySheet.ts): sheet
 * "Dunning Policy", Table "DunningPolicyTable" of Name | Value | Setting | Help rows, the names
 * DunningPolicy (the Name and Value columns of its body) and DunningAsOf (a static date; null
 * keeps the sheet's own, or today for a new sheet). An older sheet (Name | Value only) gets the
 * Setting and Help columns; named policy sets (the user's columns) are left as they are. Rows the
 * policy no longer has, and non-empty cells where the new columns go, come back as conflicts.
 *
 * @example
 * writeFilePolicySheet(book, defaultPolicy, 46057) //=> undefined
 */
export function writeFilePolicySheet(book: FileBook, policy: Policy, asOfSerial: number | null): void | ConflictResult | ExcelFailure {
  const rows = policyRows(policy);
  const newAsOf = asOfSerial ?? serialFromDay(dayOfLocalDate(new Date()), policy.dateSystem);
  const sheet = book.sheet(policyNames.sheet);
  const table = book.table(policyNames.table);
  if (!sheet) return createPolicySheet(book, rows, newAsOf);
  if (!table) return { error: excelMessages.policySheetWithoutTable(policyNames.sheet) };
  const body = { top: table.area.top + 1, left: table.area.left, rows: table.area.rows - 1 };
  const layout = policyLayout(Array.from({ length: table.area.columns }, (_, c) => book.value(table.sheet, table.area.top, table.area.left + c)));
  const existing = Array.from({ length: body.rows }, (_, r) => foldSettingName(cellText(book.value(table.sheet, body.top + r, body.left)) ?? ""));
  const wanted = new Set(rows.map((row) => foldSettingName(row.name)));
  const stale = existing.flatMap((name, index) => (wanted.has(name) || name === "" ? [] : [index]));
  if (stale.length > 0) {
    return { ok: false, conflicts: stale.slice(0, MAX_CONFLICTS).map((index) => ({ address: blockAddress(table.sheet.name, body.top + index, body.left, 1, 2), value: book.value(table.sheet, body.top + index, body.left) })) };
  }
  const added = rows.filter((row) => !existing.includes(foldSettingName(row.name)));
  const blocked = newColumnConflicts(book, table, layout, body.rows + added.length);
  if (blocked) return blocked;
  layout.added.forEach((header, i) => book.write(table.sheet, table.area.top, table.area.left + table.area.columns + i, header, "@"));
  const byName = new Map(rows.map((row) => [foldSettingName(row.name), row]));
  existing.forEach((name, index) => {
    const row = byName.get(name);
    if (row) writeRow(book, table.sheet, body.top + index, body.left, row, layout, false);
  });
  added.forEach((row, i) => writeRow(book, table.sheet, body.top + body.rows + i, body.left, row, layout, true));
  if (added.length > 0 || layout.added.length > 0) resizeFileTable(table, table.area.rows + added.length, table.area.columns + layout.added.length, layout.added);
  const asOf = definedName(book, policyNames.asOf);
  if (asOfSerial !== null || !asOf) {
    const cell = asOf ?? { sheet: table.sheet, area: { top: 1, left: 1, rows: 1, columns: 1 } };
    book.write(cell.sheet, cell.area.top, cell.area.left, newAsOf, AS_OF_FORMAT);
    setDefinedName(book, policyNames.asOf, cell.sheet, cell.area);
  }
  setDefinedName(book, policyNames.policy, table.sheet, { top: body.top, left: body.left, rows: body.rows + added.length, columns: 2 });
}

/**
 * The DunningPolicy body (name and value columns), or null when the file has no policy name.
 *
 * @example
 * readFilePolicySheet(book) //=> [["graceDays", 30], ["courtesyReminder", false], …]
 */
export function readFilePolicySheet(book: FileBook): unknown[][] | null {
  const found = definedName(book, policyNames.policy);
  if (!found) return null;
  const { sheet, area } = found;
  return Array.from({ length: area.rows }, (_, r) => Array.from({ length: area.columns }, (_, c) => book.value(sheet, area.top + r, area.left + c)));
}

/**
 * The policy Table whole, header row first — Name | Value | Setting | Help and the named policy
 * sets (`readPolicySets`) — or null when the workbook has none.
 *
 * @example
 * readFilePolicyTable(book) //=> [["Name", "Value", "Setting", "Help", "Strict"], ["graceDays", 30, "Grace period (days)", "…", 14], …]
 */
export function readFilePolicyTable(book: FileBook): unknown[][] | null {
  const table = book.table(policyNames.table);
  if (!table) return null;
  const { sheet, area } = table;
  return Array.from({ length: area.rows }, (_, r) => Array.from({ length: area.columns }, (_, c) => book.value(sheet, area.top + r, area.left + c)));
}

function createPolicySheet(book: FileBook, rows: readonly PolicyRow[], asOfSerial: number): void {
  const sheet = book.addSheet(policyNames.sheet);
  book.write(sheet, 0, 0, "Dunning Desk policy");
  book.write(sheet, 1, 0, "As of");
  book.write(sheet, 1, 1, asOfSerial, AS_OF_FORMAT);
  policyColumns.forEach((header, column) => book.write(sheet, TABLE_TOP, column, header, "@"));
  const layout = policyLayout(policyColumns);
  rows.forEach((row, i) => writeRow(book, sheet, TABLE_TOP + 1 + i, 0, row, layout, true));
  createFileTable(sheet, policyNames.table, TABLE_TOP, 0, policyColumns, rows.length);
  setDefinedName(book, policyNames.asOf, sheet, { top: 1, left: 1, rows: 1, columns: 1 });
  setDefinedName(book, policyNames.policy, sheet, { top: TABLE_TOP + 1, left: 0, rows: rows.length, columns: 2 });
}

/** A row's value, label and help (and its name when the row is new); set columns are never touched. */
function writeRow(book: FileBook, sheet: Parameters<FileBook["write"]>[0], row: number, left: number, policyRow: PolicyRow, layout: PolicyLayout, withName: boolean): void {
  if (withName) book.write(sheet, row, left, policyRow.name, "@");
  book.write(sheet, row, left + 1, policyRow.value, policyRow.numberFormat);
  book.write(sheet, row, left + layout.at.Setting, policyRow.label, "@");
  book.write(sheet, row, left + layout.at.Help, policyRow.help, "@");
}

/** Non-empty cells right of an older Table where the Setting and Help columns go: the user's, so nothing is written. */
function newColumnConflicts(book: FileBook, table: NonNullable<ReturnType<FileBook["table"]>>, layout: PolicyLayout, bodyRows: number): ConflictResult | null {
  const conflicts = layout.added.flatMap((_, i) => {
    const column = table.area.left + table.area.columns + i;
    return Array.from({ length: bodyRows + 1 }, (_, r) => table.area.top + r).flatMap((row) => {
      const value = book.value(table.sheet, row, column);
      return value === null || value === undefined || value === "" ? [] : [{ address: blockAddress(table.sheet.name, row, column, 1, 1), value }];
    });
  });
  return conflicts.length > 0 ? { ok: false, conflicts: conflicts.slice(0, MAX_CONFLICTS) } : null;
}
