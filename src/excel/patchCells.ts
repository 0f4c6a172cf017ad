/// <reference types="office-js" />
import type { ExcelFailure } from "../workbook/agingData";
import type { CellPatch, CellState, PatchTarget } from "../workbook/port";
import { readColumnCells } from "./columnCells";
import { runExcel } from "./excelRun";

/**
 * The cells at every row × column given (0-based sheet coordinates), in one sync: per column a
 * block over the rows when they are dense, else one cell per row (see readColumnCells).
 *
 * @example
 * await readCells("AR", [4, 9], [0, 7]) //=> [[{ value: "Acme", formula: null, numberFormat: "General" }, …], …]
 */
export async function readCells(sheetName: string, rows: readonly number[], columns: readonly number[]): Promise<CellState[][] | ExcelFailure> {
  if (rows.length === 0 || columns.length === 0) return rows.map(() => []);
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const read = columns.map((column) => readColumnCells(sheet, column, rows, ["values", "formulas", "numberFormat"]));
    await context.sync();
    return rows.map((row) =>
      read.map((cells) => {
        const cell = cells.at(row);
        const formula = typeof cell.formula === "string" && cell.formula.startsWith("=") ? cell.formula : null;
        return { value: cell.value ?? "", formula, numberFormat: cell.numberFormat };
      }),
    );
  });
}

/** Columns on a sheet (A:XFD). */
const EXCEL_COLUMNS = 16_384;

/**
 * The rightmost filled column of a row, or -1; for a Table, its right edge (a Table grows at its
 * own end). One sync.
 *
 * @example
 * await rowEnd("AR", 0, null) //=> 9
 */
export async function rowEnd(sheetName: string, row: number, tableName: string | null): Promise<number | ExcelFailure> {
  return runExcel(async (context) => {
    if (tableName !== null) {
      const header = context.workbook.tables.getItem(tableName).getHeaderRowRange().load("columnIndex,columnCount");
      await context.sync();
      return header.columnIndex + header.columnCount - 1;
    }
    const used = context.workbook.worksheets.getItem(sheetName).getRangeByIndexes(row, 0, 1, EXCEL_COLUMNS).getUsedRangeOrNullObject(true).load("columnIndex,columnCount");
    await context.sync();
    return used.isNullObject ? -1 : used.columnIndex + used.columnCount - 1;
  });
}

/**
 * Writes a row patch: the created columns first (Table columns in a Table, else headers right of
 * the block), then every cell as a value — its number format set first, so a text never turns
 * into a formula. One sync.
 *
 * @example
 * await patchCells({ sheetName: "AR", tableName: null, headerRow: 0 }, { created: [], cells: [{ row: 4, column: 7, value: 46058, numberFormat: "yyyy-mm-dd" }] })
 */
export async function patchCells(target: PatchTarget, patch: CellPatch): Promise<void | ExcelFailure> {
  if (patch.created.length === 0 && patch.cells.length === 0) return;
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(target.sheetName);
    const table = target.tableName === null ? null : context.workbook.tables.getItem(target.tableName);
    for (const { column, header } of patch.created) {
      if (table) table.columns.add(undefined, undefined, header);
      else sheet.getRangeByIndexes(target.headerRow, column, 1, 1).values = [[header]];
    }
    for (const cell of patch.cells) {
      const range = sheet.getRangeByIndexes(cell.row, cell.column, 1, 1);
      if (cell.numberFormat !== null) range.numberFormat = [[cell.numberFormat]];
      range.values = [[cell.value]];
    }
    await context.sync();
  });
}

/**
 * A Table's values, header row first, or null without it. One sync (two for a Table found).
 *
 * @example
 * await readTable("DunningReminders") //=> [["To", …, "Draft id"], ["ap@acme.example", …, "2026-02-05-…"]]
 */
export async function readTable(name: string): Promise<unknown[][] | null | ExcelFailure> {
  return runExcel(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(name).load("name");
    await context.sync();
    if (table.isNullObject) return null;
    const range = table.getRange().load("values");
    await context.sync();
    return range.values as unknown[][];
  });
}
