/// <reference types="office-js" />
import type { ArColumn, ArColumnPlan } from "../workbook/arColumnPlan";
import type { ExcelFailure } from "../workbook/agingData";
import { nextChunkRows } from "./chunking";
import { findConflicts, type Target } from "./findConflicts";
import type { ConflictResult } from "../workbook/conflicts";
import { excelMessages } from "../workbook/excelMessages";
import { runExcel } from "./excelRun";
import { silentProgress, type Progress } from "../workbook/progress";
import type { ArColumnsWritten } from "../workbook/port";
export type { ArColumnsWritten };

/**
 * Writes a plan's AR columns. First checks every target cell: if any is non-empty, nothing is
 * written and the first 20 come back as conflicts, unless `confirmOverwrite`. In a Table the new
 * columns are added as Table columns and each AR column becomes a calculated column (see
 * `writeCalculatedColumns`); elsewhere the headers go in the header row. The formulas
 * go in row chunks, each one 2-D array per run of adjacent columns with its number formats in the
 * same batch, calculation suspended until the chunk's sync: round trips follow the bytes written.
 * Cancelling stops between chunks and leaves the rows already written (run again with
 * `confirmOverwrite` to finish). (Unverified in a real Excel: how `columns.add` treats confirmed
 * non-empty cells right of a Table — the fake overwrites them.)
 *
 * @example
 * await writeArColumns(plan, { confirmOverwrite: false }) //=> { ok: true, columns: 6, rows: 119 }
 * await writeArColumns(plan, { confirmOverwrite: false }) //=> { ok: false, conflicts: [{ address: "Sheet1!I5", value: "note" }] }
 */
export async function writeArColumns(
  plan: ArColumnPlan,
  options: { readonly confirmOverwrite: boolean },
  progress: Progress = silentProgress,
): Promise<ArColumnsWritten | ConflictResult | ExcelFailure> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(plan.sheetName);
    if (!options.confirmOverwrite) {
      const conflicts = await findConflicts(context, sheet, targets(plan), plan.headerRow);
      if (conflicts.length > 0) return { ok: false, conflicts } as const;
    }
    writeHeaders(sheet, plan);
    const written = await writeFormulas(context, sheet, plan, progress);
    if (written !== true) return written;
    await writeCurrencyColumn(context, sheet, plan);
    return { ok: true, columns: plan.columns.length, rows: plan.lastRow - plan.headerRow } as const;
  });
}

/** New columns from the header down; reused columns below their header (the Currency column too; the desk's own cells of its own columns are not in the way). */
function targets(plan: ArColumnPlan): Target[] {
  return [...plan.columns, ...(plan.currency ? [plan.currency] : [])].map((column) => {
    const top = column.reused ? plan.headerRow + 1 : plan.headerRow;
    return { top, left: column.column, rows: plan.lastRow - top + 1, columns: 1, ...("key" in column ? { key: column.key } : {}) };
  }).filter((target) => target.rows > 0);
}

function writeHeaders(sheet: Excel.Worksheet, plan: ArColumnPlan): void {
  const fresh = [...plan.columns, ...(plan.currency ? [plan.currency] : [])].filter((column) => !column.reused);
  if (plan.tableName) {
    const table = sheet.tables.getItem(plan.tableName);
    for (const column of fresh) table.columns.add(undefined, undefined, column.header);
    return;
  }
  for (const run of adjacentRuns(fresh)) {
    sheet.getRangeByIndexes(plan.headerRow, run[0]?.column ?? 0, 1, run.length).values = [run.map((column) => column.header)];
  }
}

async function writeFormulas(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: ArColumnPlan, progress: Progress): Promise<true | ExcelFailure> {
  if (plan.tableName && plan.skippedRows.length === 0) return writeCalculatedColumns(context, sheet, plan, progress);
  const first = plan.headerRow + 1;
  const total = plan.lastRow - plan.headerRow;
  const runs = adjacentRuns(plan.columns);
  const skipped = new Set(plan.skippedRows);
  const bytesPerRow = plan.columns.reduce((sum, column) => sum + column.formula.length + column.numberFormat.length + 6, 0);
  const rows = nextChunkRows(1, bytesPerRow, plan.columns.length);
  progress.report(0, total);
  for (let done = 0; done < total; done += rows) {
    if (progress.cancelled) return { error: excelMessages.cancelled };
    const count = Math.min(rows, total - done);
    context.application.suspendApiCalculationUntilNextSync();
    for (const run of runs) {
      const range = sheet.getRangeByIndexes(first + done, run[0]?.column ?? 0, count, run.length);
      range.numberFormat = grid(run, count, first + done, new Set(), (column) => column.numberFormat);
      const formulas = grid(run, count, first + done, skipped, (column) => column.formula, plan.marks);
      if (plan.notation === "a1") range.formulas = formulas;
      else range.formulasR1C1 = formulas;
    }
    await context.sync();
    progress.report(done + count, total);
  }
  // With nothing below the header the headers still need their sync.
  if (total <= 0) await context.sync();
  return true;
}

/**
 * In a Table, each AR column gets its formula on its whole body in ONE write where the request
 * allows (about 20,000 rows): Excel then makes it a calculated column, which it fills on every row
 * the user adds (OfficeDev/office-js #5909, #2093: one write of a Table column's body becomes its
 * calculated column). A longer Table goes in row chunks of the same formula; Excel's default
 * "Fill formulas in tables to create calculated columns" turns that into one too (unverified).
 * One column per request, so a request stays under the byte budget.
 */
async function writeCalculatedColumns(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: ArColumnPlan, progress: Progress): Promise<true | ExcelFailure> {
  const first = plan.headerRow + 1;
  const total = plan.lastRow - plan.headerRow;
  const none = new Set<number>();
  progress.report(0, total * plan.columns.length);
  for (const [index, column] of plan.columns.entries()) {
    const rows = nextChunkRows(1, column.formula.length + column.numberFormat.length + 6, 1);
    for (let done = 0; done < total; done += rows) {
      if (progress.cancelled) return { error: excelMessages.cancelled };
      const count = Math.min(rows, total - done);
      context.application.suspendApiCalculationUntilNextSync();
      const range = sheet.getRangeByIndexes(first + done, column.column, count, 1);
      range.numberFormat = grid([column], count, first + done, none, (item) => item.numberFormat);
      range.formulas = grid([column], count, first + done, none, (item) => item.formula);
      await context.sync();
      progress.report(index * total + done + count, total * plan.columns.length);
    }
  }
  if (total <= 0) await context.sync();
  return true;
}

/**
 * The desk's Currency column: each invoice row's code as text (the "@" format set in the same
 * batch first, so nothing is ever read as a formula), blank elsewhere; row chunks like the formulas.
 */
async function writeCurrencyColumn(context: Excel.RequestContext, sheet: Excel.Worksheet, plan: ArColumnPlan): Promise<void> {
  const { currency } = plan;
  if (!currency) return;
  const first = plan.headerRow + 1;
  const total = plan.lastRow - plan.headerRow;
  const rows = nextChunkRows(1, 12, 1);
  for (let done = 0; done < total; done += rows) {
    const count = Math.min(rows, total - done);
    const range = sheet.getRangeByIndexes(first + done, currency.column, count, 1);
    range.numberFormat = Array.from({ length: count }, () => ["@"]);
    range.values = Array.from({ length: count }, (_, r) => [currency.codes.get(first + done + r) ?? ""]);
    await context.sync();
  }
}

/** A chunk's 2-D array: the column's text on every row, "" on skipped rows (blank cells). */
function grid(run: readonly ArColumn[], count: number, firstRow: number, skipped: ReadonlySet<number>, text: (column: ArColumn) => string, marks: Readonly<Record<number, string>> = {}): string[][] {
  const full = run.map(text);
  const blank = run.map(() => "");
  const rows: string[][] = new Array<string[]>(count);
  for (let row = 0; row < count; row += 1) {
    const mark = marks[firstRow + row];
    // A mark is plain text ("Duplicate of row 7"): it never starts with "=", so Excel keeps it a value.
    rows[row] = !skipped.has(firstRow + row) ? full : mark === undefined ? blank : run.map((column) => (column.key === "nextAction" ? mark : ""));
  }
  return rows;
}

/** Columns grouped into runs of adjacent sheet columns, left to right. */
function adjacentRuns<C extends { readonly column: number }>(columns: readonly C[]): C[][] {
  const sorted = [...columns].sort((a, b) => a.column - b.column);
  const runs: C[][] = [];
  for (const column of sorted) {
    const last = runs[runs.length - 1];
    const previous = last?.[last.length - 1];
    if (last && previous && previous.column + 1 === column.column) last.push(column);
    else runs.push([column]);
  }
  return runs;
}
