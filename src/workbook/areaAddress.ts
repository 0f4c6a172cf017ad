import { blockAddress, columnLetters, sheetReference } from "./a1";

/** Rows and columns of a sheet (A1:XFD1048576): an area this tall is whole columns, this wide whole rows. */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/**
 * A selected area's address as Excel gives it: whole columns "AR!B:C", whole rows "AR!2:4", else A1.
 *
 * @example
 * areaAddress("AR", { top: 0, left: 1, rows: 1_048_576, columns: 2 }) //=> "AR!B:C"
 * areaAddress("AR", { top: 2, left: 0, rows: 3, columns: 3 }) //=> "AR!A3:C5"
 */
export function areaAddress(sheetName: string, area: { readonly top: number; readonly left: number; readonly rows: number; readonly columns: number }): string {
  if (area.rows >= SHEET_ROWS) return `${sheetReference(sheetName)}!${columnLetters(area.left)}:${columnLetters(area.left + area.columns - 1)}`;
  if (area.columns >= SHEET_COLUMNS) return `${sheetReference(sheetName)}!${area.top + 1}:${area.top + area.rows}`;
  return blockAddress(sheetName, area.top, area.left, area.rows, area.columns);
}
