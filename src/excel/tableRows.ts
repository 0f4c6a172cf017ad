/// <reference types="office-js" />
import type { ExcelFailure } from "../workbook/agingData";
import { byteChunks, rowBytes } from "./byteChunks";
import { chunkLimits } from "./chunking";
import { excelMessages } from "../workbook/excelMessages";
import type { Progress } from "../workbook/progress";
import type { TableLayout } from "../workbook/tableLayout";
export { CELL_TEXT_LIMIT, findTooLong, sameHeaders, type TableLayout } from "../workbook/tableLayout";

/** Where rows go: the Table (null: create it over the header and the first chunk) and its corner. */
export interface TableRowsTarget {
  readonly sheet: Excel.Worksheet;
  readonly table: Excel.Table | null;
  /** 0-based sheet row of the header and column of the first Table column. */
  readonly top: number;
  readonly left: number;
  /** The body row the first new row goes to. */
  readonly start: number;
  /** Body rows the Table has: rows from `start` up to here are written over, the rest added. */
  readonly bodyRows: number;
}

/**
 * Writes rows into a Table in byte-sized chunks, one sync each, calculation suspended. Each chunk
 * grows the Table with one `rows.add` of blank rows, then sets the formats and then the values
 * of those rows: a value written by `rows.add` itself would be parsed before any text format
 * could apply ("0012" becomes 12, "=HYPERLINK(…)" a formula). Cancelling stops between chunks.
 *
 * @example
 * await writeTableRows(context, { sheet, table: null, top: 0, left: 0, start: 0, bodyRows: 0 }, layout, rows, progress) //=> true
 */
export async function writeTableRows(context: Excel.RequestContext, target: TableRowsTarget, layout: TableLayout, rows: readonly (readonly unknown[])[], progress: Progress): Promise<true | ExcelFailure> {
  const width = layout.headers.length;
  const formatBytes = rowBytes(layout.formats);
  // Besides each row's values and formats: a blank row for rows.add, and the header in the first chunk.
  const perRow = formatBytes + rowBytes(layout.headers.map(() => ""));
  const budget = chunkLimits.budgetBytes - rowBytes(layout.headers) - formatBytes;
  let { table, bodyRows } = target;
  let at = target.start;
  progress.report(0, rows.length);
  for (const { start, end } of byteChunks(rows, perRow, budget)) {
    if (progress.cancelled) return { error: excelMessages.cancelled };
    const chunk = rows.slice(start, end);
    context.application.suspendApiCalculationUntilNextSync();
    if (table === null) {
      const block = target.sheet.getRangeByIndexes(target.top, target.left, chunk.length + 1, width);
      block.numberFormat = [layout.headers.map(() => "@"), ...chunk.map(() => [...layout.formats])];
      block.values = [[...layout.headers], ...chunk.map((row) => [...row])];
      table = createTable(target.sheet, block, layout.name);
      bodyRows = chunk.length;
    } else {
      const missing = at + chunk.length - bodyRows;
      if (missing > 0) table.rows.add(undefined, blankRows(missing, width));
      bodyRows = Math.max(bodyRows, at + chunk.length);
      const block = target.sheet.getRangeByIndexes(target.top + 1 + at, target.left, chunk.length, width);
      block.numberFormat = chunk.map(() => [...layout.formats]);
      block.values = chunk.map((row) => [...row]);
    }
    at += chunk.length;
    await context.sync();
    progress.report(end, rows.length);
  }
  return true;
}

/**
 * Creates the Table over its header and one blank row, for a batch with no rows.
 *
 * @example
 * createEmptyTable(sheet, 0, 0, layout) // queued; sync to apply
 */
export function createEmptyTable(sheet: Excel.Worksheet, top: number, left: number, layout: TableLayout): Excel.Table {
  const block = sheet.getRangeByIndexes(top, left, 2, layout.headers.length);
  block.numberFormat = [layout.headers.map(() => "@"), [...layout.formats]];
  block.values = [[...layout.headers], layout.headers.map(() => "")];
  return createTable(sheet, block, layout.name);
}

function createTable(sheet: Excel.Worksheet, block: Excel.Range, name: string): Excel.Table {
  const table = sheet.tables.add(block, true);
  table.name = name;
  return table;
}

function blankRows(rows: number, columns: number): string[][] {
  return Array.from({ length: rows }, () => new Array<string>(columns).fill(""));
}
