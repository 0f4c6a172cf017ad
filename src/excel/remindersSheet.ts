/// <reference types="office-js" />
import type { ReminderRecord } from "../mail/reminderRecord";
import { blockAddress } from "../workbook/a1";
import type { ExcelFailure } from "../workbook/agingData";
import { excelMessages } from "../workbook/excelMessages";
import { runExcel } from "./excelRun";
import { silentProgress, type Progress } from "../workbook/progress";
import { createEmptyTable, findTooLong, sameHeaders, writeTableRows, type TableRowsTarget } from "./tableRows";
import { REMINDERS_SHEET, reminderValues, remindersLayout } from "../workbook/remindersLayout";
export { REMINDERS_SHEET, reminderValues, remindersLayout };
import type { RemindersWritten, RemindersNotReplaced } from "../workbook/port";
export type { RemindersWritten, RemindersNotReplaced };

/** One row, as src/mail builds it (mail is part of the domain: the adapter depends on it). */
export type ReminderSheetRow = ReminderRecord;

/**
 * Writes the drafted emails to the Table "DunningReminders" (sheet "Reminders", header in row 1)
 * for a Word/Outlook mail merge or an automation flow. The Table holds the latest batch only: when
 * it has rows, nothing is written and their count comes back unless `confirmReplace`; then the
 * old rows go (one delete, the Table and its name stay, so a flow bound to it keeps working) and
 * the new batch is written. Texts are written as text; a text over Excel's 32,767-character cell
 * limit is refused before anything is written. Rows go in chunks of about 2 MB (one sync each:
 * Excel on the web refuses requests over 5 MB); cancelling leaves the chunks already written. A
 * sheet "Reminders" holding anything but the Table is never written into.
 *
 * @param rows - one row per drafted email
 * @param options - `confirmReplace`: the user agreed to replace the batch in the Table
 * @param progress - reports rows written after each chunk; cancel between chunks
 *
 * @example
 * await writeRemindersSheet(rows, { confirmReplace: false }) //=> { ok: true, address: "Reminders!A1:L41", rows: 40 }
 * await writeRemindersSheet(rows, { confirmReplace: false }) //=> { ok: false, existingRows: 40 }
 */
export async function writeRemindersSheet(
  rows: readonly ReminderSheetRow[],
  options: { readonly confirmReplace: boolean },
  progress: Progress = silentProgress,
): Promise<RemindersWritten | RemindersNotReplaced | ExcelFailure> {
  const values = rows.map(reminderValues);
  const tooLong = findTooLong(values, remindersLayout.headers);
  if (tooLong) return { error: excelMessages.cellTooLong(rows[tooLong.row]?.customer ?? "", tooLong.column) };
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(REMINDERS_SHEET).load("name");
    const table = context.workbook.tables.getItemOrNullObject(remindersLayout.name).load("name");
    await context.sync();
    const target = table.isNullObject ? await freshTarget(context, sheet) : await replaceTarget(context, table, options.confirmReplace);
    if ("error" in target || "existingRows" in target) return target;
    if (values.length === 0 && target.target.table === null) createEmptyTable(target.target.sheet, 0, 0, remindersLayout);
    const written = await writeTableRows(context, target.target, remindersLayout, values, progress);
    if (written !== true) return written;
    if (values.length === 0) await context.sync();
    return { ok: true, address: blockAddress(target.sheetName, target.target.top, target.target.left, Math.max(1, values.length) + 1, remindersLayout.headers.length), rows: values.length } as const;
  });
}

interface Prepared {
  readonly target: TableRowsTarget;
  readonly sheetName: string;
}

/** No Table yet: a new sheet, or the empty sheet "Reminders"; a non-empty one is the user's. */
async function freshTarget(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<Prepared | ExcelFailure> {
  if (!sheet.isNullObject) {
    const used = sheet.getUsedRangeOrNullObject(true).load("address");
    await context.sync();
    if (!used.isNullObject) return { error: excelMessages.sheetWithoutTable(REMINDERS_SHEET, remindersLayout.name) };
  }
  const target = sheet.isNullObject ? context.workbook.worksheets.add(REMINDERS_SHEET) : sheet;
  return { target: { sheet: target, table: null, top: 0, left: 0, start: 0, bodyRows: 0 }, sheetName: REMINDERS_SHEET };
}

/** The Table is there: count its rows; with confirmation, delete all but its first body row (a Table keeps one). */
async function replaceTarget(context: Excel.RequestContext, table: Excel.Table, confirm: boolean): Promise<Prepared | RemindersNotReplaced | ExcelFailure> {
  const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
  const body = table.getDataBodyRange().load("rowIndex,rowCount");
  const used = table.getDataBodyRange().getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
  const sheet = table.worksheet.load("name");
  await context.sync();
  if (!sameHeaders(header.values, remindersLayout.headers)) return { error: excelMessages.tableChanged(remindersLayout.name, remindersLayout.headers.join(", ")) };
  const existingRows = used.isNullObject ? 0 : used.rowIndex + used.rowCount - body.rowIndex;
  if (existingRows > 0 && !confirm) return { ok: false, existingRows };
  const width = remindersLayout.headers.length;
  if (body.rowCount > 1) sheet.getRangeByIndexes(body.rowIndex + 1, header.columnIndex, body.rowCount - 1, width).delete("Up");
  const kept = Math.min(1, body.rowCount);
  // The kept row is overwritten by the first chunk; cleared here for an empty batch.
  if (kept > 0) sheet.getRangeByIndexes(body.rowIndex, header.columnIndex, 1, width).values = [remindersLayout.headers.map(() => "")];
  return { target: { sheet, table, top: header.rowIndex, left: header.columnIndex, start: 0, bodyRows: kept }, sheetName: sheet.name };
}
