import type ExcelJS from "exceljs";
import type { Area } from "./area";
import type { FileBook } from "./fileBook";

/**
 * The used range "values only" (as Excel's getUsedRange(true)): the smallest block holding every
 * non-empty cell, or null for an empty sheet.
 *
 * @example
 * usedArea(book, sheet) //=> { top: 0, left: 0, rows: 27, columns: 8 }
 */
export function usedArea(book: FileBook, sheet: ExcelJS.Worksheet): Area | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (_cell, columnNumber) => {
      if (book.isBlank(sheet, rowNumber - 1, columnNumber - 1)) return;
      top = Math.min(top, rowNumber - 1);
      bottom = Math.max(bottom, rowNumber - 1);
      left = Math.min(left, columnNumber - 1);
      right = Math.max(right, columnNumber - 1);
    });
  });
  return bottom < 0 ? null : { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

/**
 * The current region around a cell (Excel's Ctrl+*, getSurroundingRegion): the block grown while
 * any cell touching it, diagonals included, is non-empty. A lone empty cell is its own region.
 *
 * @example
 * currentRegion(book, sheet, 7, 2) //=> { top: 5, left: 0, rows: 12, columns: 10 }
 */
export function currentRegion(book: FileBook, sheet: ExcelJS.Worksheet, row: number, column: number): Area {
  let top = row;
  let bottom = row;
  let left = column;
  let right = column;
  const filledRow = (r: number) => r >= 0 && rangeFilled(book, sheet, r, r, Math.max(0, left - 1), right + 1);
  const filledColumn = (c: number) => c >= 0 && rangeFilled(book, sheet, Math.max(0, top - 1), bottom + 1, c, c);
  for (let grown = true; grown; ) {
    const before = [top, bottom, left, right].join();
    while (filledRow(top - 1)) top -= 1;
    while (filledRow(bottom + 1)) bottom += 1;
    while (filledColumn(left - 1)) left -= 1;
    while (filledColumn(right + 1)) right += 1;
    grown = [top, bottom, left, right].join() !== before;
  }
  return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

function rangeFilled(book: FileBook, sheet: ExcelJS.Worksheet, top: number, bottom: number, left: number, right: number): boolean {
  for (let r = top; r <= bottom; r += 1) {
    if (!sheet.findRow(r + 1)) continue;
    for (let c = left; c <= right; c += 1) if (!book.isBlank(sheet, r, c)) return true;
  }
  return false;
}
