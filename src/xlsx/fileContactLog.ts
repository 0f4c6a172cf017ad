import { cellText } from "../core/ledgerCells";
import type { ContactEntry } from "../mail/reminderRecord";
import type { ExcelFailure } from "../workbook/agingData";
import { CONTACT_LOG_SHEET, contactLogLayout, contactLogValues, loggedIds, splitLogged } from "../workbook/contactLogLayout";
import { matchOwnedTable } from "../workbook/ownedTable";
import { excelMessages } from "../workbook/excelMessages";
import type { ContactsLogged } from "../workbook/port";
import { silentProgress } from "../workbook/progress";
import { findTooLong } from "../workbook/tableLayout";
import type { FileBook } from "./fileBook";
import { filledBodyRows, headerValues, writeFileTableRows } from "./fileTableRows";
import { resizeFileTable, type FileTable } from "./fileTables";
import { usedArea } from "./sheetExtent";

/**
 * Appends to the append-only Contact Log (Table "DunningContactLog" on "Contact Log"), as the
 * Office adapter does: existing rows are never changed, draft ids the log holds (and repeats
 * within `entries`) are skipped, texts stay text, a sheet without the Table is never written into.
 *
 * @example
 * await appendFileContactLog(book, [entry]) //=> { ok: true, appended: ["2026-02-05-3f9a"], alreadyLogged: [] }
 */
export async function appendFileContactLog(book: FileBook, entries: readonly ContactEntry[]): Promise<ContactsLogged | ExcelFailure> {
  const tooLong = findTooLong(entries.map(contactLogValues), contactLogLayout.headers);
  if (tooLong) return { error: excelMessages.cellTooLong(entries[tooLong.row]?.customer ?? "", tooLong.column) };
  const table = book.table(contactLogLayout.name);
  const existingSheet = book.sheet(CONTACT_LOG_SHEET);
  if (!table && existingSheet && usedArea(book, existingSheet)) return { error: excelMessages.sheetWithoutTable(CONTACT_LOG_SHEET, contactLogLayout.name) };
  const match = table ? matchOwnedTable(contactLogLayout, headerValues(book, table)) : null;
  if (match && !match.ok) return { error: excelMessages.tableChanged(contactLogLayout.name, contactLogLayout.headers.join(", ")) };
  const found = table ? (headerValues(book, table)[0] ?? []).map((cell) => (cellText(cell) ?? "").trim().toLowerCase()) : [];
  const text = (r: number, column: number) => (table && column >= 0 ? cellText(book.value(table.sheet, table.area.top + r, table.area.left + column)) ?? "" : "");
  const rows: { draftId: string; undoes: string }[] = [];
  if (table) for (let r = 1; r < table.area.rows; r += 1) rows.push({ draftId: text(r, found.indexOf("draft id")), undoes: text(r, found.indexOf("undoes")) });
  const { fresh, logged } = splitLogged(entries, loggedIds(rows));
  const migrated = table && match?.ok && match.missing.length > 0 && fresh.length > 0 ? migrateFileTable(book, table, match.missing) : table;
  const sheet = table?.sheet ?? existingSheet ?? book.addSheet(CONTACT_LOG_SHEET);
  if (fresh.length > 0 || table) {
    const target = { sheet, table: migrated ?? null, top: table?.area.top ?? 0, left: table?.area.left ?? 0, start: table ? filledBodyRows(book, table) : 0 };
    const written = await writeFileTableRows(book, target, contactLogLayout, fresh.map(contactLogValues), silentProgress);
    if (written !== true) return written;
  }
  return { ok: true, appended: fresh.map((entry) => entry.draftId), alreadyLogged: logged };
}

/** An older log gets its missing columns at its end (headers written, the Table widened over them). */
function migrateFileTable(book: FileBook, table: FileTable, missing: readonly string[]): FileTable {
  missing.forEach((header, index) => book.write(table.sheet, table.area.top, table.area.left + table.area.columns + index, header));
  resizeFileTable(table, table.area.rows, table.area.columns + missing.length, missing);
  return { ...table, area: { ...table.area, columns: table.area.columns + missing.length } };
}
