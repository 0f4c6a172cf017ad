import type ExcelJS from "exceljs";
import { blockAddress } from "../workbook/a1";
import { MAX_CONFLICTS, type Conflict } from "../workbook/conflicts";
import type { Area } from "./area";
import type { FileBook } from "./fileBook";

/**
 * The non-empty cells among the targets, at most 20, as the Office adapter lists them: per
 * target, the non-empty cells of the first 20 rows from its first non-empty row. Formats alone
 * do not count.
 *
 * @example
 * fileConflicts(book, sheet, [{ top: 0, left: 8, rows: 120, columns: 1 }]) //=> [{ address: "Sheet1!I5", value: "note" }]
 */
export function fileConflicts(book: FileBook, sheet: ExcelJS.Worksheet, targets: readonly Area[]): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const target of targets) {
    const first = firstFilledRow(book, sheet, target);
    if (first === null) continue;
    for (let row = first; row < Math.min(first + MAX_CONFLICTS, target.top + target.rows); row += 1) {
      for (let column = target.left; column < target.left + target.columns; column += 1) {
        if (!book.isBlank(sheet, row, column)) conflicts.push({ address: blockAddress(sheet.name, row, column, 1, 1), value: book.value(sheet, row, column) });
      }
    }
  }
  return conflicts.slice(0, MAX_CONFLICTS);
}

function firstFilledRow(book: FileBook, sheet: ExcelJS.Worksheet, target: Area): number | null {
  for (let row = target.top; row < target.top + target.rows; row += 1) {
    if (!sheet.findRow(row + 1)) continue;
    for (let column = target.left; column < target.left + target.columns; column += 1) if (!book.isBlank(sheet, row, column)) return row;
  }
  return null;
}
