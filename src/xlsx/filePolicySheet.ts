import { dayOfLocalDate, serialFromDay } from "../core/days";
import type { Policy } from "../core/policy";
import { cellText } from "../core/ledgerCells";
import { foldSettingName } from "../core/policySettings";
import { blockAddress } from "../workbook/a1";
import type { ExcelFailure } from "../workbook/agingData";
import { MAX_CONFLICTS, type ConflictResult } from "../workbook/conflicts";
import { excelMessages } from "../workbook/excelMessages";
import { policyNames } from "../workbook/policyNames";
import { policyRows, type PolicyRow } from "../workbook/policyRows";
import type { FileBook } from "./fileBook";
import { definedName, setDefinedName } from "./fileNames";
import { createFileTable, resizeFileTable } from "./fileTables";

const TABLE_TOP = 3; // row 4: title in row 1, "As of" in row 2, a blank row between
const AS_OF_FORMAT = "yyyy-mm-dd";

/**
 * Writes the policy sheet as the Office adapter does (see src/excel/policySheet.ts): sheet
 * "Dunning Policy", Table "DunningPolicyTable" of Name/Value rows, the names DunningPolicy (its
 * body) and DunningAsOf (a static date; null keeps the sheet's own, or today for a new sheet).
 * Rows the policy no longer has come back as conflicts.
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
  const existing = Array.from({ length: body.rows }, (_, r) => foldSettingName(cellText(book.value(table.sheet, body.top + r, body.left)) ?? ""));
  const wanted = new Set(rows.map((row) => foldSettingName(row.name)));
  const stale = existing.flatMap((name, index) => (wanted.has(name) || name === "" ? [] : [index]));
  if (stale.length > 0) {
    return { ok: false, conflicts: stale.slice(0, MAX_CONFLICTS).map((index) => ({ address: blockAddress(table.sheet.name, body.top + index, body.left, 1, 2), value: book.value(table.sheet, body.top + index, body.left) })) };
  }
  const byName = new Map(rows.map((row) => [foldSettingName(row.name), row]));
  existing.forEach((name, index) => {
    const row = byName.get(name);
    if (row) book.write(table.sheet, body.top + index, body.left + 1, row.value, row.numberFormat);
  });
  const added = rows.filter((row) => !existing.includes(foldSettingName(row.name)));
  added.forEach((row, i) => writeRow(book, table.sheet, body.top + body.rows + i, body.left, row));
  if (added.length > 0) resizeFileTable(table, table.area.rows + added.length, table.area.columns);
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

function createPolicySheet(book: FileBook, rows: readonly PolicyRow[], asOfSerial: number): void {
  const sheet = book.addSheet(policyNames.sheet);
  book.write(sheet, 0, 0, "Dunning Desk policy");
  book.write(sheet, 1, 0, "As of");
  book.write(sheet, 1, 1, asOfSerial, AS_OF_FORMAT);
  book.write(sheet, TABLE_TOP, 0, "Name", "@");
  book.write(sheet, TABLE_TOP, 1, "Value");
  rows.forEach((row, i) => writeRow(book, sheet, TABLE_TOP + 1 + i, 0, row));
  createFileTable(sheet, policyNames.table, TABLE_TOP, 0, ["Name", "Value"], rows.length);
  setDefinedName(book, policyNames.asOf, sheet, { top: 1, left: 1, rows: 1, columns: 1 });
  setDefinedName(book, policyNames.policy, sheet, { top: TABLE_TOP + 1, left: 0, rows: rows.length, columns: 2 });
}

function writeRow(book: FileBook, sheet: Parameters<FileBook["write"]>[0], row: number, left: number, policyRow: PolicyRow): void {
  book.write(sheet, row, left, policyRow.name, "@");
  book.write(sheet, row, left + 1, policyRow.value, policyRow.numberFormat);
}
