/*
 * Node only: a workbook browser mode saved, read back with ExcelJS, and its AR formulas computed
 * again by the engine — the custom-function wrappers of src/functions, fed the saved cells through
 * src/xlsx/arFormulaValue — to compare with the values cached in the file.
 */
import ExcelJS from "exceljs";
import { excelJsReadable } from "../../src/xlsx/package/excelJsReadable";
import { readPackage } from "../../src/xlsx/package/packageEntries";
import { arFormulaValue, compileArFormula } from "../../src/xlsx/arFormulaValue";
import type { FormulaCells, SheetBlock } from "../../src/xlsx/formulaCells";
import "./customFunctionsGlobal"; // the wrappers throw CustomFunctions.Error

const UNIX_EPOCH_SERIAL = 25_569; // 1970-01-01 in the 1900 date system

/** A cell as saved: its formula (without "="), and its value as Excel's API gives it (a formula's cached result). */
export interface SavedCell {
  readonly formula: string | null;
  readonly value: unknown;
}

/**
 * Reads saved .xlsx bytes.
 *
 * @example
 * const book = await readSavedWorkbook(fs.readFileSync("aging (Dunning Desk).xlsx"))
 */
export async function readSavedWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  // ExcelJS 4.4 cannot read a Table's calculated columns (src/xlsx/package/excelJsReadable.ts):
  // it reads the same copy the desk's own opener does.
  const readable = excelJsReadable(readPackage(bytes));
  await book.xlsx.load(Buffer.from(readable) as unknown as ArrayBuffer);
  return book;
}

/** A cell of a saved sheet (0-based). */
export function savedCell(book: ExcelJS.Workbook, sheetName: string, row: number, column: number): SavedCell {
  const sheet = book.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  return cellOf(sheet.getCell(row + 1, column + 1));
}

/** ExcelJS 4.4's `value` of a formula cell leaves out a falsy cached result (0, "", FALSE); `result` keeps it. */
function cellOf(cell: ExcelJS.Cell): SavedCell {
  const formula = cell.formula ? String(cell.formula) : null;
  // As the desk's opener reads it (src/xlsx/fileBook.ts): ExcelJS 4.4 turns the error result of a
  // date-formatted cell into an invalid Date; the AR functions' errors are #VALUE!.
  if (formula && cell.result instanceof Date && Number.isNaN(cell.result.getTime())) return { formula, value: "#VALUE!" };
  return { formula, value: formula ? apiValue(cell.result ?? null) : apiValue(cell.value) };
}

/** The rows of a saved sheet's values from its first row, `columns` wide. */
export function savedRows(book: ExcelJS.Workbook, sheetName: string, columns: number): unknown[][] {
  const sheet = book.getWorksheet(sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  return Array.from({ length: sheet.rowCount }, (_, r) => Array.from({ length: columns }, (_, c) => cellOf(sheet.getCell(r + 1, c + 1)).value));
}

/**
 * What the engine computes for an AR formula cell of the saved workbook (null for another formula).
 *
 * @example
 * engineValue(book, "Aging", 1, 12) //=> 11
 */
export function engineValue(book: ExcelJS.Workbook, sheetName: string, row: number, column: number): unknown {
  const { formula } = savedCell(book, sheetName, row, column);
  const compiled = formula ? compileArFormula(formula, { row, column }) : null;
  const sheet = book.getWorksheet(sheetName);
  if (!compiled || !sheet) return null;
  return arFormulaValue(compiled, { sheet, row, column }, cellsOf(book));
}

function cellsOf(book: ExcelJS.Workbook): FormulaCells<ExcelJS.Worksheet> {
  const tables = book.worksheets.flatMap((sheet) => tablesOf(sheet));
  return {
    value: (sheet, row, column) => cellOf(sheet.getCell(row + 1, column + 1)).value,
    sheet: (name) => book.getWorksheet(name) ?? null,
    name: (name) => {
      const ranges = (book.definedNames as unknown as { getRanges(name: string): { ranges: string[] } }).getRanges(name).ranges;
      return ranges[0] ? blockOf(book, ranges[0]) : null;
    },
    table: (name) => tables.find((table) => table.name.toLowerCase() === name.toLowerCase())?.block ?? null,
    tableAt: (sheet, row, column) =>
      tables.find(({ block: t }) => t.sheet === sheet && row >= t.top && row < t.top + t.rows && column >= t.left && column < t.left + t.columns)?.block ?? null,
  };
}

function tablesOf(sheet: ExcelJS.Worksheet): { name: string; block: SheetBlock<ExcelJS.Worksheet> }[] {
  const tables = (sheet as unknown as { tables?: Record<string, { table: { name: string; tableRef?: string; ref?: string } }> }).tables ?? {};
  return Object.values(tables).map(({ table }) => ({ name: table.name, block: rangeBlock(sheet, table.tableRef ?? table.ref ?? "A1") }));
}

function blockOf(book: ExcelJS.Workbook, reference: string): SheetBlock<ExcelJS.Worksheet> | null {
  const match = /^'?(.+?)'?!(.+)$/.exec(reference);
  const sheet = match?.[1] ? book.getWorksheet(match[1].replace(/''/g, "'")) : undefined;
  return sheet && match?.[2] ? rangeBlock(sheet, match[2]) : null;
}

function rangeBlock(sheet: ExcelJS.Worksheet, range: string): SheetBlock<ExcelJS.Worksheet> {
  const [start, end] = range.replace(/\$/g, "").split(":");
  const [top, left] = cellIndex(start ?? "A1");
  const [bottom, right] = cellIndex(end ?? start ?? "A1");
  return { sheet, top, left, rows: bottom - top + 1, columns: right - left + 1 };
}

function cellIndex(address: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/i.exec(address);
  const column = [...(match?.[1] ?? "A").toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return [Number(match?.[2] ?? 1) - 1, column];
}

/** A value as Excel's API gives it: dates as 1900-system serials, rich text as text, a formula's cached result, "" when empty. */
export function apiValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.getTime() / 86_400_000 + UNIX_EPOCH_SERIAL;
  if (typeof value !== "object") return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return value.text;
  if ("formula" in value || "sharedFormula" in value) return apiValue((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("error" in value) return value.error;
  return "";
}
