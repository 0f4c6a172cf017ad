import type ExcelJS from "exceljs";
import { areaContains } from "./area";
import type { FileBook } from "./fileBook";
import { definedName } from "./fileNames";
import type { FormulaCells, SheetBlock } from "./formulaCells";

/**
 * The open workbook as the formula evaluators read it: formula cells give their cached results.
 *
 * @example
 * arFormulaValue(formula, { sheet, row: 6, column: 9 }, fileCells(book))
 */
export function fileCells(book: FileBook): FormulaCells<ExcelJS.Worksheet> {
  const block = (sheet: ExcelJS.Worksheet, area: { top: number; left: number; rows: number; columns: number }): SheetBlock<ExcelJS.Worksheet> => ({ sheet, ...area });
  return {
    value: (sheet, row, column) => book.value(sheet, row, column),
    sheet: (name) => book.sheet(name) ?? null,
    name: (name) => {
      const found = definedName(book, name);
      return found ? block(found.sheet, found.area) : null;
    },
    table: (name) => {
      const found = book.table(name);
      return found ? block(found.sheet, found.area) : null;
    },
    tableAt: (sheet, row, column) => {
      const found = book.tables(sheet).find((table) => areaContains(table.area, row, column));
      return found ? block(found.sheet, found.area) : null;
    },
  };
}
