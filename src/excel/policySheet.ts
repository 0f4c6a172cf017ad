/// <reference types="office-js" />
import { dayOfLocalDate, serialFromDay } from "../core/days";
import type { Policy } from "../core/policy";
import { cellText } from "../core/ledgerCells";
import { foldSettingName } from "../core/policySettings";
import { blockAddress } from "../workbook/a1";
import { isFailure, type ExcelFailure } from "../workbook/agingData";
import { ExcelError } from "../workbook/excelError";
import { MAX_CONFLICTS, type ConflictResult } from "../workbook/conflicts";
import { excelMessages } from "../workbook/excelMessages";
import { runExcel } from "./excelRun";
import { policyNames } from "../workbook/policyNames";
import { findConflicts } from "./findConflicts";
import { policyLayout, type PolicyLayout } from "../workbook/policyLayout";
import { policyColumns, policyRows, type PolicyRow } from "../workbook/policyRows";

const TABLE_TOP = 3; // row 4: title in row 1, "As of" in row 2, a blank row between
const AS_OF_FORMAT = "yyyy-mm-dd";

/**
 * Writes the policy to the visible sheet "Dunning Policy": a Table of Name | Value | Setting |
 * Help rows, the defined name `DunningPolicy` on the Name and Value columns of its body (what
 * the formulas read, as before labels existed) and `DunningAsOf` on a static as-of date (not
 * TODAY(), which would recalculate every AR formula on every edit). When the sheet exists, the
 * values, labels and help are rewritten in place and missing settings appended; an older sheet
 * (Name | Value) gets the Setting and Help columns; named policy sets (the user's other columns)
 * are left alone. Rows the policy no longer has (a user's or an old collectProb row), and
 * non-empty cells where the new columns go, are not overwritten: they come back as conflicts.
 *
 * @param policy - the policy to write
 * @param asOfSerial - the as-of date as an Excel serial; null keeps the sheet's own as-of date
 *   (a user may have set it on purpose), or today for a new sheet
 *
 * @example
 * await writePolicySheet(defaultPolicy, 46057) //=> undefined (written)
 * await writePolicySheet(policyWithFewerPoints, 46057) //=> { ok: false, conflicts: [{ address: "'Dunning Policy'!A20:B20", value: "collectProb 730" }] }
 */
export async function writePolicySheet(policy: Policy, asOfSerial: number | null): Promise<void | ConflictResult | ExcelFailure> {
  const rows = policyRows(policy);
  const newAsOf = asOfSerial ?? serialFromDay(dayOfLocalDate(new Date()), policy.dateSystem);
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(policyNames.sheet).load("name");
    const table = context.workbook.tables.getItemOrNullObject(policyNames.table).load("name");
    await context.sync();
    if (sheet.isNullObject) return createPolicySheet(context, rows, newAsOf);
    if (table.isNullObject) return { error: excelMessages.policySheetWithoutTable(policyNames.sheet) };
    return updatePolicySheet(context, table, rows, asOfSerial === null ? { keep: true, fallback: newAsOf } : { keep: false, fallback: newAsOf });
  });
}

/**
 * The DunningPolicy body (name and value columns, no header) for `readPolicyTable`, or null when
 * the workbook has no policy name. An Office failure rejects with an `ExcelError` (its `code`
 * and catalog message), so the result stays a plain table for `readPolicyTable`.
 *
 * @example
 * await readPolicySheet() //=> [["graceDays", 30], ["courtesyReminder", false], …]
 */
export async function readPolicySheet(): Promise<unknown[][] | null> {
  return valuesOrNull((workbook) => workbook.names.getItemOrNullObject(policyNames.policy));
}

/**
 * The policy Table whole, header row first — Name | Value | Setting | Help and the named policy
 * sets (`readPolicySets`) — or null when the workbook has none. Rejects with an `ExcelError`.
 *
 * @example
 * await readPolicyTable() //=> [["Name", "Value", "Setting", "Help", "Strict"], ["graceDays", 30, "Grace period (days)", "…", 14], …]
 */
export async function readPolicyTable(): Promise<unknown[][] | null> {
  return valuesOrNull((workbook) => workbook.tables.getItemOrNullObject(policyNames.table));
}

/** The values of a defined name's or a Table's range, or null when the workbook has none (two syncs). Rejects with an `ExcelError`. */
async function valuesOrNull(find: (workbook: Excel.Workbook) => Excel.NamedItem | Excel.Table): Promise<unknown[][] | null> {
  const result = await runExcel(async (context) => {
    const item = find(context.workbook).load("name");
    await context.sync();
    if (item.isNullObject) return null;
    const range = item.getRange().load("values");
    await context.sync();
    return range.values as unknown[][];
  });
  if (isFailure(result)) throw new ExcelError(result);
  return result;
}

async function createPolicySheet(context: Excel.RequestContext, rows: readonly PolicyRow[], asOfSerial: number): Promise<void> {
  const sheet = context.workbook.worksheets.add(policyNames.sheet);
  sheet.getRange("A1:B2").numberFormat = [["General", "General"], ["General", AS_OF_FORMAT]];
  sheet.getRange("A1:B2").values = [["Dunning Desk policy", ""], ["As of", asOfSerial]];
  const block = sheet.getRangeByIndexes(TABLE_TOP, 0, rows.length + 1, policyColumns.length);
  block.numberFormat = [policyColumns.map(() => "@"), ...rows.map((row) => ["@", row.numberFormat, "@", "@"])];
  block.values = [[...policyColumns], ...rows.map((row) => [row.name, row.value, row.label, row.help])];
  const table = sheet.tables.add(block, true);
  table.name = policyNames.table;
  context.workbook.names.add(policyNames.asOf, sheet.getRange("B2"));
  context.workbook.names.add(policyNames.policy, sheet.getRangeByIndexes(TABLE_TOP + 1, 0, rows.length, 2));
  await context.sync();
}

/** The as-of to write when updating: keep the sheet's own date (when it has one), or write `fallback`. */
interface AsOfChoice {
  readonly keep: boolean;
  readonly fallback: number;
}

async function updatePolicySheet(context: Excel.RequestContext, table: Excel.Table, rows: readonly PolicyRow[], asOfSerial: AsOfChoice): Promise<void | ConflictResult> {
  const body = table.getDataBodyRange().load("values,rowIndex,columnIndex,rowCount,columnCount");
  const header = table.getHeaderRowRange().load("values");
  const sheet = table.worksheet.load("name");
  const asOf = context.workbook.names.getItemOrNullObject(policyNames.asOf).load("name");
  const policyName = context.workbook.names.getItemOrNullObject(policyNames.policy).load("name");
  await context.sync();
  const values = body.values as unknown[][];
  const existing = values.map((row) => foldSettingName(cellText(row[0]) ?? ""));
  const wanted = new Set(rows.map((row) => foldSettingName(row.name)));
  const stale = existing.flatMap((name, index) => (wanted.has(name) || name === "" ? [] : [index]));
  if (stale.length > 0) {
    const conflicts = stale.slice(0, MAX_CONFLICTS).map((index) => ({ address: blockAddress(sheet.name, body.rowIndex + index, body.columnIndex, 1, 2), value: values[index]?.[0] }));
    return { ok: false, conflicts };
  }
  const layout = policyLayout((header.values as unknown[][])[0] ?? []);
  const added = rows.filter((row) => !existing.includes(foldSettingName(row.name)));
  if (layout.added.length > 0) {
    const target = { top: body.rowIndex - 1, left: body.columnIndex + body.columnCount, rows: body.rowCount + added.length + 1, columns: layout.added.length };
    const conflicts = await findConflicts(context, table.worksheet, [target]);
    if (conflicts.length > 0) return { ok: false, conflicts };
    for (const name of layout.added) table.columns.add(undefined, undefined, name);
  }
  const byName = new Map(rows.map((row) => [foldSettingName(row.name), row]));
  const known = existing.map((name) => byName.get(name));
  writeColumn(table.worksheet, body, 1, known.map((row, index) => row?.value ?? values[index]?.[1] ?? ""), known.map((row) => row?.numberFormat ?? "General"));
  writeLabels(table.worksheet, body, layout, known.map((row, index) => row ?? { label: values[index]?.[layout.at.Setting] ?? "", help: values[index]?.[layout.at.Help] ?? "" }));
  if (added.length > 0) table.rows.add(undefined, added.map((row) => rowCells(row, layout)));
  writeAsOf(context, asOf, table.worksheet, asOfSerial);
  // Rows may have been added: point the name at the Name and Value columns of the whole body again.
  if (!policyName.isNullObject) policyName.delete();
  context.workbook.names.add(policyNames.policy, table.worksheet.getRangeByIndexes(body.rowIndex, body.columnIndex, body.rowCount + added.length, 2));
  await context.sync();
}

/** One column of the body, values with their number formats. */
function writeColumn(sheet: Excel.Worksheet, body: Excel.Range, column: number, values: readonly unknown[], formats: readonly string[]): void {
  if (values.length === 0) return;
  const range = sheet.getRangeByIndexes(body.rowIndex, body.columnIndex + column, values.length, 1);
  range.numberFormat = formats.map((format) => [format]);
  range.values = values.map((value) => [value]);
}

/** The Setting and Help cells of the rows there were: the desk's own words (a row it does not know keeps its own). */
function writeLabels(sheet: Excel.Worksheet, body: Excel.Range, layout: PolicyLayout, rows: readonly { readonly label: unknown; readonly help: unknown }[]): void {
  writeColumn(sheet, body, layout.at.Setting, rows.map((row) => row.label), rows.map(() => "@"));
  writeColumn(sheet, body, layout.at.Help, rows.map((row) => row.help), rows.map(() => "@"));
}

/** A new row's cells across the whole Table: name, value, label, help, set columns blank. */
function rowCells(row: PolicyRow, layout: PolicyLayout): (string | number | boolean)[] {
  const width = Math.max(layout.at.Setting, layout.at.Help, ...layout.sets.map((set) => set.column)) + 1;
  const cells = new Array<string | number | boolean>(width).fill("");
  cells[0] = row.name;
  cells[1] = row.value;
  cells[layout.at.Setting] = row.label;
  cells[layout.at.Help] = row.help;
  return cells;
}

function writeAsOf(context: Excel.RequestContext, asOf: Excel.NamedItem, sheet: Excel.Worksheet, choice: AsOfChoice): void {
  if (choice.keep && !asOf.isNullObject) return; // keep the date the sheet has
  const cell = asOf.isNullObject ? sheet.getRange("B2") : asOf.getRange();
  cell.numberFormat = [[AS_OF_FORMAT]];
  cell.values = [[choice.fallback]];
  if (asOf.isNullObject) context.workbook.names.add(policyNames.asOf, cell);
}
