// Sheet addresses for the problems list: the pane shows "B7" and selects that cell.
import { columnLetters } from "../workbook/a1";

/** Where a value of the read range sits on its sheet: 0-based sheet row and column. */
export interface SheetCell {
  readonly row: number;
  readonly column: number;
}

/**
 * The sheet cell of a problem found at (row, column) of the values read from a range whose
 * top-left cell is (top, left); a problem about a whole row points at the row's first cell.
 *
 * @example
 * sheetCellOf({ top: 4, left: 1 }, 3, null) //=> { row: 7, column: 1 }
 */
export function sheetCellOf(origin: { readonly top: number; readonly left: number }, row: number, column: number | null): SheetCell {
  return { row: origin.top + row, column: origin.left + (column ?? 0) };
}

/**
 * The A1 address of a 0-based sheet cell.
 *
 * @example
 * a1Address({ row: 6, column: 1 }) //=> "B7"
 */
export function a1Address(cell: SheetCell): string {
  return `${columnLetters(cell.column)}${cell.row + 1}`;
}
