import type ExcelJS from "exceljs";
import { blockAddress } from "../workbook/a1";
import { MAX_CONFLICTS, type Conflict } from "../workbook/conflicts";
import type { ArFormulaKey } from "../workbook/arFormulas";
import { isOwnArCell } from "../workbook/ownCells";
import type { Area } from "./area";
import type { FileBook } from "./fileBook";

/** Cells about to be written; `own`: a column of the desk's own AR formulas, whose own cells are not in the way. */
export type ConflictTarget = Area & { readonly own?: ArFormulaKey };

/**
 * The non-empty cells among the targets, at most 20, as the Office adapter lists them: per
 * target, the non-empty cells of the first 20 rows from its first non-empty row. Formats alone
 * do not count, nor, in an `own` target, the desk's own cells (`isOwnArCell`): a re-run refreshes them.
 *
 * @example
 * fileConflicts(book, sheet, [{ top: 0, left: 8, rows: 120, columns: 1 }]) //=> [{ address: "Sheet1!I5", value: "note" }]
 */
export function fileConflicts(book: FileBook, sheet: ExcelJS.Worksheet, targets: readonly ConflictTarget[]): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const target of targets) {
    const inTheWay = (row: number, column: number) => !book.isBlank(sheet, row, column) && !(target.own && isOwnArCell(target.own, book.formula(sheet, row, column), book.value(sheet, row, column)));
    const first = firstFilledRow(sheet, target, inTheWay);
    if (first === null) continue;
    for (let row = first; row < Math.min(first + MAX_CONFLICTS, target.top + target.rows); row += 1) {
      for (let column = target.left; column < target.left + target.columns; column += 1) {
        if (inTheWay(row, column)) conflicts.push({ address: blockAddress(sheet.name, row, column, 1, 1), value: book.value(sheet, row, column) });
      }
    }
  }
  return conflicts.slice(0, MAX_CONFLICTS);
}

function firstFilledRow(sheet: ExcelJS.Worksheet, target: Area, inTheWay: (row: number, column: number) => boolean): number | null {
  for (let row = target.top; row < target.top + target.rows; row += 1) {
    if (!sheet.findRow(row + 1)) continue;
    for (let column = target.left; column < target.left + target.columns; column += 1) if (inTheWay(row, column)) return row;
  }
  return null;
}
