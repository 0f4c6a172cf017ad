/// <reference types="office-js" />
import type { ExcelFailure } from "../workbook/agingData";
import { excelMessages } from "../workbook/excelMessages";
import type { ArFormulasReconnected } from "../workbook/port";
import { silentProgress, type Progress } from "../workbook/progress";
import { estimateBytes, firstChunkRows, nextChunkRows } from "./chunking";
import { runExcel } from "./excelRun";

/** A call of an AR function as Excel shows it, or as a file spells it (`_xldudf_AR_…`, any case). */
const AR_CALL = /(?:^|[^\w.])(?:AR\.|_xldudf_AR_)[A-Z]+\(/i;

/**
 * Re-assigns every AR formula of the workbook to its cell, as it is: the documented cure for
 * formulas that did not bind to the add-in (`#NAME?` after opening a file written outside Excel,
 * or before the add-in loaded; OfficeDev/Excel-Custom-Functions#108, office-js #3558, #6395).
 * Every sheet's used range is read in row chunks (formulas and values, one sync per chunk); a
 * cell is an AR cell when its formula calls an AR function and differs from its value (a text
 * cell that only looks like a formula has its text as both, and is left alone). Each vertical
 * run of AR cells in a column is written back in one assignment, a file's `_xldudf_AR_` spelling
 * as `AR.`; no other cell is written. Cancelling stops between chunks.
 *
 * @example
 * await reconnectArFormulas() //=> { ok: true, cells: 240, sheets: ["AR"] }
 */
export async function reconnectArFormulas(progress: Progress = silentProgress): Promise<ArFormulasReconnected | ExcelFailure> {
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const used = sheets.items.map((sheet) => ({ sheet, range: sheet.getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount") }));
    await context.sync();
    const blocks = used.filter(({ range }) => !range.isNullObject);
    const total = blocks.reduce((sum, { range }) => sum + range.rowCount, 0);
    let done = 0;
    let cells = 0;
    const touched: string[] = [];
    progress.report(0, total);
    for (const { sheet, range } of blocks) {
      let rows = firstChunkRows(range.columnCount * 2);
      let before = cells;
      for (let offset = 0; offset < range.rowCount; offset += rows) {
        if (progress.cancelled) return { error: excelMessages.cancelled };
        const count = Math.min(rows, range.rowCount - offset);
        const top = range.rowIndex + offset;
        const chunk = sheet.getRangeByIndexes(top, range.columnIndex, count, range.columnCount).load("formulas,values");
        await context.sync();
        const runs = arRuns(chunk.formulas, chunk.values);
        for (const run of runs) sheet.getRangeByIndexes(top + run.top, range.columnIndex + run.column, run.formulas.length, 1).formulas = run.formulas.map((formula) => [formula]);
        if (runs.length > 0) await context.sync();
        cells += runs.reduce((sum, run) => sum + run.formulas.length, 0);
        rows = nextChunkRows(count, estimateBytes(chunk.formulas, chunk.values), range.columnCount * 2);
        done += count;
        progress.report(done, total);
      }
      if (cells > before) touched.push(sheet.name);
      before = cells;
    }
    return { ok: true, cells, sheets: touched } as const;
  });
}

/** A column's vertical run of AR cells in a chunk: its first row (within the chunk) and formulas. */
interface ArRun {
  readonly column: number;
  readonly top: number;
  readonly formulas: string[];
}

/**
 * The AR cells of a chunk, as vertical runs per column, with the formula each gets again.
 *
 * @example
 * arRuns([["=AR.AGINGBUCKET(J2)"], ["x"]], [["31-60"], ["x"]]) //=> [{ column: 0, top: 0, formulas: ["=AR.AGINGBUCKET(J2)"] }]
 */
export function arRuns(formulas: readonly (readonly unknown[])[], values: readonly (readonly unknown[])[]): ArRun[] {
  const runs: ArRun[] = [];
  const open = new Map<number, ArRun>();
  formulas.forEach((row, r) => {
    row.forEach((formula, c) => {
      const isAr = typeof formula === "string" && formula.startsWith("=") && AR_CALL.test(formula) && formula !== values[r]?.[c];
      if (!isAr) {
        open.delete(c);
        return;
      }
      const text = formula.replace(/_xldudf_AR_([A-Z][A-Z0-9]*)\(/gi, (_, name: string) => `AR.${name.toUpperCase()}(`);
      const run = open.get(c);
      if (run && run.top + run.formulas.length === r) run.formulas.push(text);
      else {
        const started = { column: c, top: r, formulas: [text] };
        runs.push(started);
        open.set(c, started);
      }
    });
  });
  return runs;
}
