import type ExcelJS from "exceljs";
import { blockAddress } from "../workbook/a1";
import { MAX_CONFLICTS, type Conflict } from "../workbook/conflicts";
import type { ArFormulaKey } from "../workbook/arFormulas";
import { arColumnOfHeader, isOwnArCell } from "../workbook/ownCells";
import type { Area } from "./area";
import type { FileBook } from "./fileBook";

/** Cells about to be written; `key`: the AR column going there, whose own cells are not in the way where the sheet's header names it. */
export type ConflictTarget = Area & { readonly key?: ArFormulaKey };

/**
 * The non-empty cells among the targets, at most 20, as the Office adapter lists them: per
 * target, the non-empty cells of the first 20 rows from its first non-empty row. Formats alone
 * do not count, nor the desk's own cells of an AR column whose header on `headerRow` is the
 * desk's (`isOwnArCell`; the header itself too): a re-run refreshes them, even from a plan made
 * before the columns were written.
 *
 * @example
 * fileConflicts(book, sheet, [{ top: 0, left: 8, rows: 120, columns: 1 }]) //=> [{ address: "Sheet1!I5", value: "note" }]
 */
export function fileConflicts(book: FileBook, sheet: ExcelJS.Worksheet, targets: readonly ConflictTarget[], headerRow?: number): Conflict[] {
  const conflicts: Conflict[] = [];
  for (const target of targets) {
    const { key } = target;
    const own = key !== undefined && headerRow !== undefined && arColumnOfHeader(book.value(sheet, headerRow, target.left)) === key;
    const isOwn = (row: number, column: number) => own && (row === headerRow || isOwnArCell(key, book.formula(sheet, row, column), book.value(sheet, row, column)));
    const inTheWay = (row: number, column: number) => !book.isBlank(sheet, row, column) && !isOwn(row, column);
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
