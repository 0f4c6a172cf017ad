/*
 * Node only (exceljs reads the file): loads an .xlsx into the fake Excel's starting state, with
 * values as Excel's API gives them — dates as 1900-system serials, rich text and hyperlinks as
 * their text, formulas with their cached result — number formats, and the Tables.
 */
import ExcelJS from "exceljs";
import type { FakeSheetState, FakeTableState, FakeWorkbookState } from "./state";

const UNIX_EPOCH_SERIAL = 25_569; // 1970-01-01 in the 1900 date system

/**
 * Reads a workbook file into a FakeWorkbookState.
 *
 * @example
 * const state = await fromXlsx("test/fixtures/plain-table.xlsx"); state.sheets[0].tables[0].name //=> "Invoices"
 */
export async function fromXlsx(path: string, extra: Omit<FakeWorkbookState, "sheets"> = {}): Promise<FakeWorkbookState> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return { ...extra, sheets: workbook.worksheets.map(sheetState) };
}

function sheetState(sheet: ExcelJS.Worksheet): FakeSheetState {
  const values: unknown[][] = [];
  const numberFormats: (string | undefined)[][] = [];
  const formulas: Record<string, string> = {};
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      const [r, c] = [rowNumber - 1, columnNumber - 1];
      (values[r] ??= [])[c] = valueOf(cell.value);
      if (cell.numFmt) (numberFormats[r] ??= [])[c] = cell.numFmt;
      const formula = formulaOf(cell.value);
      if (formula) formulas[`${r},${c}`] = `=${formula}`;
    });
  });
  for (let r = 0; r < values.length; r += 1) values[r] ??= [];
  return { name: sheet.name, values, numberFormats, formulas, tables: tablesOf(sheet) };
}

function valueOf(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.getTime() / 86_400_000 + UNIX_EPOCH_SERIAL;
  if (typeof value !== "object") return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return value.text;
  if ("formula" in value || "sharedFormula" in value) return valueOf((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ("error" in value) return value.error;
  return "";
}

function formulaOf(value: ExcelJS.CellValue): string | null {
  return typeof value === "object" && value !== null && "formula" in value && typeof value.formula === "string" ? value.formula : null;
}

function tablesOf(sheet: ExcelJS.Worksheet): FakeTableState[] {
  const tables = (sheet as unknown as { tables?: Record<string, { table: { name: string; tableRef?: string; ref?: string } }> }).tables ?? {};
  return Object.values(tables).map(({ table }) => {
    const [start, end] = (table.tableRef ?? table.ref ?? "A1").split(":");
    const [top, left] = cellIndex(start ?? "A1");
    const [bottom, right] = cellIndex(end ?? start ?? "A1");
    return { name: table.name, top, left, rows: bottom - top + 1, columns: right - left + 1 };
  });
}

function cellIndex(address: string): [number, number] {
  const match = /^([A-Z]+)(\d+)$/i.exec(address.replace(/\$/g, ""));
  const letters = match?.[1] ?? "A";
  const column = [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return [Number(match?.[2] ?? 1) - 1, column];
}
