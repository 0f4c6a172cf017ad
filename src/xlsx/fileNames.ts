import type ExcelJS from "exceljs";
import { blockAddress } from "../workbook/a1";
import { areaOfA1, type Area } from "./area";
import type { FileBook } from "./fileBook";

/** The part of ExcelJS's defined names Dunning Desk uses (its types leave the matrix out). */
interface DefinedNames {
  readonly matrixMap: Record<string, unknown>;
  add(location: string, name: string): void;
  getRanges(name: string): { readonly ranges: readonly string[] };
}

/**
 * The block a workbook-level defined name refers to (its first range), or null.
 *
 * @example
 * definedName(book, "DunningAsOf") //=> { sheet, area: { top: 1, left: 1, rows: 1, columns: 1 } }
 */
export function definedName(book: FileBook, name: string): { readonly sheet: ExcelJS.Worksheet; readonly area: Area } | null {
  const names = book.workbook.definedNames as unknown as DefinedNames;
  const key = Object.keys(names.matrixMap).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  const range = key === undefined ? undefined : names.getRanges(key).ranges[0];
  if (!range) return null;
  const bang = range.lastIndexOf("!");
  const sheet = book.sheet(range.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'"));
  return sheet ? { sheet, area: areaOfA1(range.slice(bang + 1)) } : null;
}

/**
 * Points a defined name at a block (replacing what it referred to): a real name in the saved file.
 *
 * @example
 * setDefinedName(book, "DunningAsOf", sheet, { top: 1, left: 1, rows: 1, columns: 1 })
 */
export function setDefinedName(book: FileBook, name: string, sheet: ExcelJS.Worksheet, area: Area): void {
  const names = book.workbook.definedNames as unknown as DefinedNames;
  for (const key of Object.keys(names.matrixMap)) if (key.toLowerCase() === name.toLowerCase()) delete names.matrixMap[key];
  const reference = blockAddress(sheet.name, area.top, area.left, area.rows, area.columns, true);
  names.add(reference, name);
  book.written.names.set(name, reference);
}
