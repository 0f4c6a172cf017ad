import { blockAddress, columnLetters, sheetReference } from "../../../src/workbook/a1";
import { FakeOfficeError } from "./fakeOfficeError";
import type { Rect } from "./sheetModel";

/** The size of an Excel sheet (Excel 2007 and later). */
export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;

/**
 * The rectangle of an A1 area without a sheet: a cell or block ("B7", "$A$3:C5"), whole columns
 * ("A:A", "B:D") or whole rows ("2:4").
 *
 * @example
 * areaRect("A:A") //=> { top: 0, left: 0, rows: 1048576, columns: 1 }
 * areaRect("2:4") //=> { top: 1, left: 0, rows: 3, columns: 16384 }
 */
export function areaRect(address: string): Rect {
  const [start = "", end = start] = address.replace(/\$/g, "").toUpperCase().split(":");
  const first = corner(start);
  const last = corner(end);
  if (!first || !last) throw new FakeOfficeError("InvalidArgument", `The fake cannot read the area '${address}'.`);
  const top = first.row ?? 0;
  const left = first.column ?? 0;
  const bottom = last.row ?? SHEET_ROWS - 1;
  const right = last.column ?? SHEET_COLUMNS - 1;
  return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

/**
 * An area's address as Excel gives it: "AR!A:A" for whole columns, "AR!3:5" for whole rows,
 * else a block or cell address.
 *
 * @example
 * areaAddress("AR", { top: 0, left: 0, rows: 1048576, columns: 1 }) //=> "AR!A:A"
 */
export function areaAddress(sheetName: string, rect: Rect): string {
  if (rect.rows === SHEET_ROWS) return `${sheetReference(sheetName)}!${columnLetters(rect.left)}:${columnLetters(rect.left + rect.columns - 1)}`;
  if (rect.columns === SHEET_COLUMNS) return `${sheetReference(sheetName)}!${rect.top + 1}:${rect.top + rect.rows}`;
  return blockAddress(sheetName, rect.top, rect.left, rect.rows, rect.columns);
}

function corner(text: string): { row: number | null; column: number | null } | null {
  const match = /^([A-Z]*)(\d*)$/.exec(text);
  if (!match || text === "") return null;
  const letters = match[1] ?? "";
  const digits = match[2] ?? "";
  return {
    column: letters === "" ? null : [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1,
    row: digits === "" ? null : Number(digits) - 1,
  };
}
