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
import { policyRows, type PolicyRow } from "../workbook/policyRows";

const TABLE_TOP = 3; // row 4: title in row 1, "As of" in row 2, a blank row between
const AS_OF_FORMAT = "yyyy-mm-dd";

/**
 * Writes the policy to the visible sheet "Dunning Policy": a Table of Name/Value rows, the
 * defined name `DunningPolicy` on its body and `DunningAsOf` on a static as-of date (not
 * TODAY(), which would recalculate every AR formula on every edit). When the sheet exists, the
 * values are rewritten in place and missing settings appended; rows the policy no longer has
 * (a user's or an old collectProb row) are not deleted: they come back as conflicts.
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
  const result = await runExcel(async (context) => {
    const name = context.workbook.names.getItemOrNullObject(policyNames.policy).load("name");
    await context.sync();
    if (name.isNullObject) return null;
    const range = name.getRange().load("values");
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
  const block = sheet.getRangeByIndexes(TABLE_TOP, 0, rows.length + 1, 2);
  block.numberFormat = [["@", "General"], ...rows.map((row) => ["@", row.numberFormat])];
  block.values = [["Name", "Value"], ...rows.map((row) => [row.name, row.value])];
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
  const body = table.getDataBodyRange().load("values,rowIndex,columnIndex,rowCount");
  const sheet = table.worksheet.load("name");
  const asOf = context.workbook.names.getItemOrNullObject(policyNames.asOf).load("name");
  const policyName = context.workbook.names.getItemOrNullObject(policyNames.policy).load("name");
  await context.sync();
  const existing = (body.values as unknown[][]).map((row) => foldSettingName(cellText(row[0]) ?? ""));
  const wanted = new Set(rows.map((row) => foldSettingName(row.name)));
  const stale = existing.flatMap((name, index) => (wanted.has(name) || name === "" ? [] : [index]));
  if (stale.length > 0) {
    const conflicts = stale.slice(0, MAX_CONFLICTS).map((index) => ({
      address: blockAddress(sheet.name, body.rowIndex + index, body.columnIndex, 1, 2),
      value: (body.values as unknown[][])[index]?.[0],
    }));
    return { ok: false, conflicts };
  }
  const byName = new Map(rows.map((row) => [foldSettingName(row.name), row]));
  const valueColumn = body.getColumn(1);
  valueColumn.numberFormat = existing.map((name) => [byName.get(name)?.numberFormat ?? "General"]);
  valueColumn.values = existing.map((name, index) => [byName.get(name)?.value ?? (body.values as unknown[][])[index]?.[1] ?? ""]);
  const added = rows.filter((row) => !existing.includes(foldSettingName(row.name)));
  if (added.length > 0) table.rows.add(undefined, added.map((row) => [row.name, row.value]));
  writeAsOf(context, asOf, table.worksheet, asOfSerial);
  // Rows may have been added: point the name at the whole body again.
  if (!policyName.isNullObject) policyName.delete();
  context.workbook.names.add(policyNames.policy, table.getDataBodyRange());
  await context.sync();
}

function writeAsOf(context: Excel.RequestContext, asOf: Excel.NamedItem, sheet: Excel.Worksheet, choice: AsOfChoice): void {
  if (choice.keep && !asOf.isNullObject) return; // keep the date the sheet has
  const cell = asOf.isNullObject ? sheet.getRange("B2") : asOf.getRange();
  cell.numberFormat = [[AS_OF_FORMAT]];
  cell.values = [[choice.fallback]];
  if (asOf.isNullObject) context.workbook.names.add(policyNames.asOf, cell);
}
