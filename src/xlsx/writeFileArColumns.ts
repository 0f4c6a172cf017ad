import type ExcelJS from "exceljs";
import { a1Formula, type A1Formula } from "../workbook/a1Formula";
import type { ArColumn, ArColumnPlan } from "../workbook/arColumnPlan";
import type { ExcelFailure } from "../workbook/agingData";
import type { ConflictResult } from "../workbook/conflicts";
import { excelMessages } from "../workbook/excelMessages";
import type { ArColumnsWritten } from "../workbook/port";
import { silentProgress, type Progress } from "../workbook/progress";
import { arFormulaValue, compileArFormula, type ArFormula } from "./arFormulaValue";
import { cachedResult } from "./cachedResult";
import { fileFormula } from "./customFunctionSpelling";
import type { FileBook } from "./fileBook";
import { fileCells } from "./fileCells";
import { fileConflicts, type ConflictTarget } from "./fileConflicts";
import { resizeFileTable } from "./fileTables";
import { fileTableFormula } from "./tableFormula";

/** Rows written between two progress reports (and cancellation checks). */
const CHUNK_ROWS = 5_000;

/**
 * Writes a plan's AR columns into the file, as the Office adapter does in Excel: non-empty target
 * cells come back as conflicts (nothing written) unless `confirmOverwrite`; in a Table the new
 * columns become Table columns. Each formula is written with A1 same-row references (a file holds
 * neither R1C1 nor `[@…]`) and with its CACHED RESULT, computed by the custom-function wrappers,
 * so any spreadsheet program shows the engine's answers before it recalculates. A column's
 * formula is parsed once; rows are evaluated in chunks, with progress and cancellation between
 * them (cancelling leaves the rows already written).
 *
 * @example
 * await writeFileArColumns(book, plan, { confirmOverwrite: false }) //=> { ok: true, columns: 6, rows: 40 }
 */
export async function writeFileArColumns(
  book: FileBook,
  plan: ArColumnPlan,
  options: { readonly confirmOverwrite: boolean },
  progress: Progress = silentProgress,
): Promise<ArColumnsWritten | ConflictResult | ExcelFailure> {
  const sheet = book.sheet(plan.sheetName);
  if (!sheet) return { error: excelMessages.itemNotFound };
  if (!options.confirmOverwrite) {
    const conflicts = fileConflicts(book, sheet, targets(plan), plan.headerRow);
    if (conflicts.length > 0) return { ok: false, conflicts };
  }
  const headerColumn = headerColumns(book, sheet, plan);
  // Spelled for the file once per column (`_xldudf_AR_…`): rows only join pieces.
  const columns = plan.columns.map((column) => ({ column, formula: a1Formula(fileFormula(column.formula), headerColumn) }));
  const missing = columns.find((column) => column.formula === null);
  if (missing) return { error: excelMessages.tableChanged(plan.tableName ?? plan.sheetName, missing.column.header) };
  writeHeaders(book, sheet, plan);
  recordCalculatedColumns(book, plan);
  const written = await writeRows(book, sheet, plan, columns as { column: ArColumn; formula: A1Formula }[], progress);
  if (written !== true) return written;
  writeCurrencyColumn(book, sheet, plan);
  return { ok: true, columns: plan.columns.length, rows: plan.lastRow - plan.headerRow };
}

/**
 * In a Table every AR column is a calculated column: the Table part gets its formula with the
 * Table's own this-row references, so Excel fills it on rows the user adds. A column with skipped
 * rows (a heading or total inside the Table) is not one formula from top to bottom: left plain.
 */
function recordCalculatedColumns(book: FileBook, plan: ArColumnPlan): void {
  if (!plan.tableName || plan.skippedRows.length > 0) return;
  for (const column of plan.columns) book.written.calculatedColumn(plan.tableName, column.header, fileTableFormula(fileFormula(column.formula), plan.tableName));
}

/** New columns from the header down; reused columns below their header (the Currency column too; the desk's own cells of its own columns are not in the way). */
function targets(plan: ArColumnPlan): ConflictTarget[] {
  return [...plan.columns, ...(plan.currency ? [plan.currency] : [])]
    .map((column) => {
      const top = column.reused ? plan.headerRow + 1 : plan.headerRow;
      return { top, left: column.column, rows: plan.lastRow - top + 1, columns: 1, ...("key" in column ? { key: column.key } : {}) };
    })
    .filter((target) => target.rows > 0);
}

/** A header's 0-based sheet column on the header row (the plan's own columns included). */
function headerColumns(book: FileBook, sheet: ExcelJS.Worksheet, plan: ArColumnPlan): (header: string) => number | null {
  const own = new Map(plan.columns.map((column) => [column.header, column.column]));
  const width = Math.max(sheet.getRow(plan.headerRow + 1).cellCount, ...plan.columns.map((column) => column.column + 1));
  return (header) => {
    for (let column = 0; column < width; column += 1) if (book.value(sheet, plan.headerRow, column) === header) return column;
    return own.get(header) ?? null;
  };
}

function writeHeaders(book: FileBook, sheet: ExcelJS.Worksheet, plan: ArColumnPlan): void {
  const fresh = [...plan.columns, ...(plan.currency ? [plan.currency] : [])].filter((column) => !column.reused);
  for (const column of fresh) book.write(sheet, plan.headerRow, column.column, column.header);
  const table = plan.tableName ? book.table(plan.tableName) : undefined;
  if (table && fresh.length > 0) resizeFileTable(table, table.area.rows, table.area.columns + fresh.length, fresh.map((column) => column.header));
}

async function writeRows(book: FileBook, sheet: ExcelJS.Worksheet, plan: ArColumnPlan, columns: readonly { column: ArColumn; formula: A1Formula }[], progress: Progress): Promise<true | ExcelFailure> {
  const first = plan.headerRow + 1;
  const total = plan.lastRow - plan.headerRow;
  const skipped = new Set(plan.skippedRows);
  const cells = fileCells(book);
  const names = new Map<string, unknown>();
  const parsed = columns.map(({ column, formula }) => ({ column, formula, compiled: compileArFormula(formula.at(first), { row: first, column: column.column }) }));
  progress.report(0, total);
  for (let done = 0; done < total; done += CHUNK_ROWS) {
    if (progress.cancelled) return { error: excelMessages.cancelled };
    const end = Math.min(total, done + CHUNK_ROWS);
    for (let row = first + done; row < first + end; row += 1) {
      for (const { column, formula, compiled } of parsed) {
        if (skipped.has(row)) book.write(sheet, row, column.column, column.key === "nextAction" ? (plan.marks[row] ?? "") : "", column.numberFormat);
        else book.writeFormula(sheet, row, column.column, formula.at(row), resultOf(compiled, { sheet, row, column: column.column }, cells, names), column.numberFormat);
      }
    }
    progress.report(end, total);
    await Promise.resolve();
  }
  return true;
}

/** The desk's Currency column: each invoice row's code as text ("@"), blank elsewhere. */
function writeCurrencyColumn(book: FileBook, sheet: ExcelJS.Worksheet, plan: ArColumnPlan): void {
  const { currency } = plan;
  if (!currency) return;
  for (let row = plan.headerRow + 1; row <= plan.lastRow; row += 1) book.write(sheet, row, currency.column, currency.codes.get(row) ?? "", "@");
}

/** The cached result: the wrapper's answer, an error code as an error value. */
function resultOf(compiled: ArFormula | null, at: { sheet: ExcelJS.Worksheet; row: number; column: number }, cells: ReturnType<typeof fileCells>, names: Map<string, unknown>): ExcelJS.CellFormulaValue["result"] {
  return compiled ? cachedResult(arFormulaValue(compiled, at, cells, names)) : undefined;
}
