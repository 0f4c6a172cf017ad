import type { ExcelFailure } from "../workbook/agingData";
import { excelMessages } from "../workbook/excelMessages";
import type { CellPatch, CellState, PatchTarget } from "../workbook/port";
import type { FileBook } from "./fileBook";
import { resizeFileTable } from "./fileTables";

/**
 * The cells at every row × column given, as the Office adapter reads them: a formula's cached
 * result as the value, the formula as Excel shows it.
 *
 * @example
 * readFileCells(book, "AR", [4], [0]) //=> [[{ value: "Acme", formula: null, numberFormat: "General" }]]
 */
export function readFileCells(book: FileBook, sheetName: string, rows: readonly number[], columns: readonly number[]): CellState[][] | ExcelFailure {
  const sheet = book.sheet(sheetName);
  if (!sheet) return { error: excelMessages.itemNotFound };
  return rows.map((row) => columns.map((column) => ({ value: book.value(sheet, row, column), formula: book.formula(sheet, row, column), numberFormat: book.numberFormat(sheet, row, column) })));
}

/**
 * The rightmost filled column of a row, or -1; a Table's right edge when `tableName`.
 *
 * @example
 * fileRowEnd(book, "AR", 0, null) //=> 9
 */
export function fileRowEnd(book: FileBook, sheetName: string, row: number, tableName: string | null): number | ExcelFailure {
  if (tableName !== null) {
    const table = book.table(tableName);
    if (!table) return { error: excelMessages.itemNotFound };
    return table.area.left + table.area.columns - 1;
  }
  const sheet = book.sheet(sheetName);
  if (!sheet) return { error: excelMessages.itemNotFound };
  let last = -1;
  sheet.findRow(row + 1)?.eachCell({ includeEmpty: false }, (_cell, column) => {
    if (!book.isBlank(sheet, row, column - 1)) last = Math.max(last, column - 1);
  });
  return last;
}

/**
 * Writes a row patch as the Office adapter does: created columns (the Table widened over them),
 * then the cells as values with their number formats.
 *
 * @example
 * patchFileCells(book, { sheetName: "AR", tableName: null, headerRow: 0 }, { created: [], cells: [{ row: 4, column: 7, value: 46058, numberFormat: "yyyy-mm-dd" }] })
 */
export function patchFileCells(book: FileBook, target: PatchTarget, patch: CellPatch): void | ExcelFailure {
  const sheet = book.sheet(target.sheetName);
  if (!sheet) return { error: excelMessages.itemNotFound };
  for (const { column, header } of patch.created) book.write(sheet, target.headerRow, column, header);
  const table = target.tableName === null ? undefined : book.table(target.tableName);
  if (table && patch.created.length > 0) resizeFileTable(table, table.area.rows, table.area.columns + patch.created.length, patch.created.map((column) => column.header));
  for (const cell of patch.cells) book.write(sheet, cell.row, cell.column, cell.value, cell.numberFormat ?? undefined);
}

/**
 * A Table's values, header row first, or null without it, as the Office adapter reads them.
 *
 * @example
 * readFileTable(book, "DunningReminders") //=> [["To", …, "Draft id"], […]]
 */
export function readFileTable(book: FileBook, name: string): unknown[][] | null {
  const table = book.table(name);
  if (!table) return null;
  const { sheet, area } = table;
  return Array.from({ length: area.rows }, (_, r) => Array.from({ length: area.columns }, (_, c) => book.value(sheet, area.top + r, area.left + c)));
}
