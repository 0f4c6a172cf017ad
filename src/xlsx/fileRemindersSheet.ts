import type { ReminderRecord } from "../mail/reminderRecord";
import { blockAddress } from "../workbook/a1";
import type { ExcelFailure } from "../workbook/agingData";
import { excelMessages } from "../workbook/excelMessages";
import type { RemindersNotReplaced, RemindersWritten } from "../workbook/port";
import { silentProgress, type Progress } from "../workbook/progress";
import { REMINDERS_SHEET, reminderValues, remindersLayout } from "../workbook/remindersLayout";
import { findTooLong, sameHeaders } from "../workbook/tableLayout";
import type { FileBook } from "./fileBook";
import { filledBodyRows, headerValues, writeFileTableRows } from "./fileTableRows";
import { usedArea } from "./sheetExtent";

/**
 * Writes the batch to the Table "DunningReminders" on "Reminders", as the Office adapter does:
 * the Table holds the latest batch only, so an earlier batch is replaced only with
 * `confirmReplace` (else its row count comes back, nothing written); a text over a cell's limit
 * is refused first; a "Reminders" sheet holding anything but the Table is never written into.
 * Old rows past the new batch are emptied and the Table shrinks to the batch (Office deletes them
 * and shifts cells below the Table up; in the file, cells below stay where they are).
 *
 * @example
 * await writeFileRemindersSheet(book, rows, { confirmReplace: false }) //=> { ok: true, address: "Reminders!A1:L41", rows: 40 }
 */
export async function writeFileRemindersSheet(book: FileBook, rows: readonly ReminderRecord[], options: { readonly confirmReplace: boolean }, progress: Progress = silentProgress): Promise<RemindersWritten | RemindersNotReplaced | ExcelFailure> {
  const values = rows.map(reminderValues);
  const tooLong = findTooLong(values, remindersLayout.headers);
  if (tooLong) return { error: excelMessages.cellTooLong(rows[tooLong.row]?.customer ?? "", tooLong.column) };
  const table = book.table(remindersLayout.name);
  const existingSheet = book.sheet(REMINDERS_SHEET);
  if (!table && existingSheet && usedArea(book, existingSheet)) return { error: excelMessages.sheetWithoutTable(REMINDERS_SHEET, remindersLayout.name) };
  if (table && !sameHeaders(headerValues(book, table), remindersLayout.headers)) return { error: excelMessages.tableChanged(remindersLayout.name, remindersLayout.headers.join(", ")) };
  if (table) {
    const existingRows = filledBodyRows(book, table);
    if (existingRows > 0 && !options.confirmReplace) return { ok: false, existingRows };
    for (let r = 1; r < table.area.rows; r += 1) for (let c = 0; c < table.area.columns; c += 1) book.write(table.sheet, table.area.top + r, table.area.left + c, "");
  }
  const sheet = table?.sheet ?? existingSheet ?? book.addSheet(REMINDERS_SHEET);
  const top = table?.area.top ?? 0;
  const left = table?.area.left ?? 0;
  const shrunk = table ? { ...table, area: { ...table.area, rows: 2 } } : null;
  const written = await writeFileTableRows(book, { sheet, table: shrunk, top, left, start: 0 }, remindersLayout, values, progress);
  if (written !== true) return written;
  return { ok: true, address: blockAddress(sheet.name, top, left, Math.max(1, values.length) + 1, remindersLayout.headers.length), rows: values.length };
}
