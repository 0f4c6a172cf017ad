/// <reference types="office-js" />
import type { AgingData, AgingScope, ExcelFailure } from "../workbook/agingData";
import { estimateBytes, firstChunkRows, nextChunkRows, chunkLimits } from "./chunking";
import { excelMessages } from "../workbook/excelMessages";
import { isPayloadTooLarge, runExcel } from "./excelRun";
import { locateBlock, type Block } from "./locateBlock";
import { silentProgress, type Progress } from "../workbook/progress";
import { OWN_COLUMN_PROBE_ROWS, ownArColumns } from "../workbook/ownCells";

/**
 * Reads the aging report's block (see `locateBlock` for the scopes) in row chunks: one load of
 * values and number formats and one sync per chunk, the chunk size following the bytes moved
 * (5,000 rows first, then aiming at ~2 MB, halved when Excel still finds it too large).
 * Reports progress after each chunk and stops when the user cancels.
 *
 * @param scope - "auto", "table", "region" or "usedRange"
 * @param progress - told rows done / total; its `cancelled` is read before every chunk
 *
 * @example
 * await readAgingData("auto") //=> { sheetName: "Sheet1", address: "Sheet1!A1:H120", tableName: null, top: 0, left: 0, values, numberFormats }
 * await readAgingData("region") //=> { error: "The selected cell is not inside any data: …" }
 */
export async function readAgingData(scope: AgingScope, progress: Progress = silentProgress): Promise<AgingData | ExcelFailure> {
  return runExcel(async (context) => {
    const block = await locateBlock(context, scope);
    if ("error" in block) return block;
    return readBlock(context, block, progress);
  });
}

async function readBlock(context: Excel.RequestContext, block: Block, progress: Progress): Promise<AgingData | ExcelFailure> {
  const sheet = context.workbook.worksheets.getItem(block.sheetName);
  const values: unknown[][] = [];
  const numberFormats: string[][] = [];
  let rows = firstChunkRows(block.columnCount);
  // Once Excel refused a size, later chunks stay below it.
  let ceiling: number = chunkLimits.maxRows;
  let ownColumns: number[] = [];
  progress.report(0, block.rowCount);
  while (values.length < block.rowCount) {
    if (progress.cancelled) return { error: excelMessages.cancelled };
    const count = Math.min(rows, block.rowCount - values.length);
    const range = sheet.getRangeByIndexes(block.top + values.length, block.left, count, block.columnCount).load("values,numberFormat");
    // The first rows' formulas too (same sync): they tell the desk's own AR columns apart.
    const probe = values.length === 0 ? sheet.getRangeByIndexes(block.top, block.left, Math.min(count, OWN_COLUMN_PROBE_ROWS), block.columnCount).load("formulas") : null;
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || count <= chunkLimits.minRows) throw error;
      ceiling = Math.max(chunkLimits.minRows, Math.floor(count / 2));
      rows = ceiling;
      continue;
    }
    if (probe) ownColumns = ownArColumns(range.values as unknown[][], probe.formulas as unknown[][]);
    const chunkValues = range.values as unknown[][];
    const chunkFormats = range.numberFormat as string[][];
    for (let row = 0; row < count; row += 1) {
      values.push(chunkValues[row] ?? []);
      numberFormats.push(chunkFormats[row] ?? []);
    }
    progress.report(values.length, block.rowCount);
    rows = Math.min(ceiling, nextChunkRows(count, estimateBytes(chunkValues, chunkFormats), block.columnCount));
  }
  const { sheetName, address, tableName, top, left } = block;
  return { sheetName, address, tableName, top, left, values, numberFormats, ownColumns };
}
