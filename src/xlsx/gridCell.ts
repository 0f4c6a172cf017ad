import type ExcelJS from "exceljs";
import type { FileBook } from "./fileBook";
import { displayText } from "./displayText";

/** One cell for the pane's grid: the text a spreadsheet shows, the value and the formula. */
export interface GridCell {
  readonly text: string;
  readonly value: unknown;
  readonly formula: string | null;
}

/**
 * A cell as the grid preview shows it (0-based).
 *
 * @example
 * gridCell(book, sheet, 3, 2) //=> { text: "2026-01-05", value: 46027, formula: null }
 */
export function gridCell(book: FileBook, sheet: ExcelJS.Worksheet, row: number, column: number): GridCell {
  const value = book.value(sheet, row, column);
  const format = book.numberFormat(sheet, row, column);
  return { text: displayText(value, format, book.date1904), value, formula: book.formula(sheet, row, column) };
}
