/// <reference types="office-js" />
import type { ContactEntry } from "../mail/reminderRecord";
import { cellText } from "../core/ledgerCells";
import type { ExcelFailure } from "../workbook/agingData";
import { excelMessages } from "../workbook/excelMessages";
import { runExcel } from "./excelRun";
import { silentProgress } from "../workbook/progress";
import { findTooLong, writeTableRows, type TableRowsTarget } from "./tableRows";
import { CONTACT_LOG_SHEET, contactLogLayout, contactLogValues, loggedIds, splitLogged } from "../workbook/contactLogLayout";
import { matchOwnedTable } from "../workbook/ownedTable";
export { CONTACT_LOG_SHEET, contactLogLayout, contactLogValues };
import type { ContactsLogged } from "../workbook/port";
export type { ContactsLogged };

/** One row, as src/mail builds it (mail is part of the domain: the adapter depends on it). */
export type ContactLogEntry = ContactEntry;

/**
 * Appends contacts to the append-only Contact Log (R16): sheet "Contact Log", Table
 * "DunningContactLog", created on first use. Existing rows are never changed. An entry whose
 * draft id the log already holds is skipped (marking a reminder as sent twice logs it once); so is
 * a repeat within `entries` (the first is logged); an entry without a draft id is always logged.
 * Texts are written as text. A sheet "Contact Log" without the Table is never written into; a Table
 * whose columns were changed is refused. Two reads (one sync to find the Table, one for its header
 * and Draft id column), then one sync per ~2 MB chunk.
 *
 * @example
 * await appendContactLog([entry]) //=> { ok: true, appended: ["2026-02-05-3f9a"], alreadyLogged: [] }
 * await appendContactLog([entry]) //=> { ok: true, appended: [], alreadyLogged: ["2026-02-05-3f9a"] }
 */
export async function appendContactLog(entries: readonly ContactLogEntry[]): Promise<ContactsLogged | ExcelFailure> {
  const values = entries.map(contactLogValues);
  const tooLong = findTooLong(values, contactLogLayout.headers);
  if (tooLong) return { error: excelMessages.cellTooLong(entries[tooLong.row]?.customer ?? "", tooLong.column) };
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(CONTACT_LOG_SHEET).load("name");
    const table = context.workbook.tables.getItemOrNullObject(contactLogLayout.name).load("name");
    await context.sync();
    const found = table.isNullObject ? await freshLog(context, sheet) : await existingLog(context, table);
    if ("error" in found) return found;
    const { fresh, logged } = splitLogged(entries, found.draftIds);
    const rows = fresh.map(contactLogValues);
    if (rows.length > 0) found.migrate?.();
    const written = await writeTableRows(context, found.target, contactLogLayout, rows, silentProgress);
    if (written !== true) return written;
    return { ok: true, appended: fresh.map((entry) => entry.draftId), alreadyLogged: logged } as const;
  });
}

interface FoundLog {
  readonly target: TableRowsTarget;
  readonly draftIds: ReadonlySet<string>;
  /** Queues the columns an older log lacks. */
  readonly migrate?: () => void;
}

async function freshLog(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<FoundLog | ExcelFailure> {
  if (!sheet.isNullObject) {
    const used = sheet.getUsedRangeOrNullObject(true).load("address");
    await context.sync();
    if (!used.isNullObject) return { error: excelMessages.sheetWithoutTable(CONTACT_LOG_SHEET, contactLogLayout.name) };
  }
  const target = sheet.isNullObject ? context.workbook.worksheets.add(CONTACT_LOG_SHEET) : sheet;
  return { target: { sheet: target, table: null, top: 0, left: 0, start: 0, bodyRows: 0 }, draftIds: new Set() };
}

/**
 * Reads the header and the body's extent, then the Draft id and Undoes columns (found by name),
 * in two syncs. A version-1 log (no "Marked by", "Undoes") gets them added at its end, queued
 * with the write.
 */
async function existingLog(context: Excel.RequestContext, table: Excel.Table): Promise<FoundLog | ExcelFailure> {
  const header = table.getHeaderRowRange().load("values,rowIndex,columnIndex");
  const body = table.getDataBodyRange().load("rowIndex,rowCount");
  const used = table.getDataBodyRange().getUsedRangeOrNullObject(true).load("rowIndex,rowCount");
  await context.sync();
  const match = matchOwnedTable(contactLogLayout, header.values);
  if (!match.ok) return { error: excelMessages.tableChanged(contactLogLayout.name, contactLogLayout.headers.join(", ")) };
  const undoesColumn = header.values[0]?.findIndex((cell) => (cellText(cell) ?? "").trim().toLowerCase() === "undoes") ?? -1;
  const ids = table.getDataBodyRange().getColumn(match.keyColumn).load("values");
  const undoes = undoesColumn < 0 ? null : table.getDataBodyRange().getColumn(undoesColumn).load("values");
  await context.sync();
  // Rows below the last filled one are blank (a Table keeps one row when all are deleted): fill them first.
  const start = used.isNullObject ? 0 : used.rowIndex + used.rowCount - body.rowIndex;
  const rows = (ids.values as unknown[][]).map((row, r) => ({ draftId: cellText(row[0]) ?? "", undoes: cellText((undoes?.values as unknown[][] | undefined)?.[r]?.[0]) ?? "" }));
  const migrate = () => {
    for (const name of match.missing) table.columns.add(undefined, undefined, name);
  };
  return { target: { sheet: table.worksheet, table, top: header.rowIndex, left: header.columnIndex, start, bodyRows: body.rowCount }, draftIds: loggedIds(rows), migrate };
}
