import type ExcelJS from "exceljs";
import type { ExcelFailure } from "../workbook/agingData";
import { excelMessages } from "../workbook/excelMessages";
import type { Progress } from "../workbook/progress";
import type { TableLayout } from "../workbook/tableLayout";
import { TEXT_FORMAT } from "../workbook/textCell";
import type { FileBook } from "./fileBook";
import { createFileTable, resizeFileTable, type FileTable } from "./fileTables";

/** Rows written between two progress reports (and cancellation checks). */
const CHUNK_ROWS = 2_000;

/** Where rows go: the Table (null: create it, header in `top`), its corner, and the body row to start at. */
export interface FileRowsTarget {
  readonly sheet: ExcelJS.Worksheet;
  readonly table: FileTable | null;
  readonly top: number;
  readonly left: number;
  readonly start: number;
}

/**
 * Writes rows into a Table (created over its header and rows when `table` is null; a Table keeps
 * at least one body row), each cell with its column's format; the Table grows to hold them.
 * Progress after each chunk; cancelling stops between chunks and leaves what was written.
 *
 * @example
 * await writeFileTableRows(book, { sheet, table: null, top: 0, left: 0, start: 0 }, remindersLayout, rows, progress) //=> true
 */
export async function writeFileTableRows(book: FileBook, target: FileRowsTarget, layout: TableLayout, rows: readonly (readonly unknown[])[], progress: Progress): Promise<true | ExcelFailure> {
  const { sheet, top, left } = target;
  if (target.table === null) layout.headers.forEach((header, c) => book.write(sheet, top, left + c, header, TEXT_FORMAT));
  const write = (at: number, row: readonly unknown[]) => layout.formats.forEach((format, c) => book.write(sheet, top + 1 + at, left + c, row[c] ?? "", format));
  if (rows.length === 0 && target.table === null) write(0, []);
  progress.report(0, rows.length);
  for (let done = 0; done < rows.length; done += CHUNK_ROWS) {
    if (progress.cancelled) return { error: excelMessages.cancelled };
    const end = Math.min(rows.length, done + CHUNK_ROWS);
    for (let i = done; i < end; i += 1) write(target.start + i, rows[i] ?? []);
    progress.report(end, rows.length);
    await Promise.resolve();
  }
  const bodyRows = Math.max(1, target.start + rows.length, target.table ? target.table.area.rows - 1 : 0);
  if (target.table === null) createFileTable(sheet, layout.name, top, left, layout.headers, bodyRows);
  else resizeFileTable(target.table, 1 + bodyRows, target.table.area.columns);
  return true;
}

/**
 * The rows of a Table's body up to its last non-empty one (a Table keeps a blank row when emptied).
 *
 * @example
 * filledBodyRows(book, table) //=> 40
 */
export function filledBodyRows(book: FileBook, table: FileTable): number {
  const { sheet, area } = table;
  for (let r = area.rows - 1; r >= 1; r -= 1) {
    for (let c = 0; c < area.columns; c += 1) if (!book.isBlank(sheet, area.top + r, area.left + c)) return r;
  }
  return 0;
}

/**
 * A Table's header row values, for `sameHeaders`.
 *
 * @example
 * headerValues(book, table) //=> [["To", "Cc", …]]
 */
export function headerValues(book: FileBook, table: FileTable): unknown[][] {
  return [Array.from({ length: table.area.columns }, (_, c) => book.value(table.sheet, table.area.top, table.area.left + c))];
}
