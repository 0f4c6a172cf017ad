/// <reference types="office-js" />
import type { AgingData, ExcelFailure } from "../workbook/agingData";
import { runExcel } from "./excelRun";

/**
 * The values of up to `rows` rows right above the block read, over its columns, top first: a
 * report's title lines ("As of 23 Nov 2026") sit there when the block around the active cell
 * stops at the blank row under them. One round trip; [] when the block starts at the top.
 *
 * @example
 * await readTitleRows({ sheetName: "AR", top: 4, left: 0, values: [["Customer", …]], … }, 10)
 * //=> [["Harbor Lights Trading Co."], ["A/R Aging Detail"], ["As of November 23, 2026"], [""]]
 */
export async function readTitleRows(data: AgingData, rows: number): Promise<unknown[][] | ExcelFailure> {
  const count = Math.min(rows, data.top);
  const width = Math.max(1, data.values[0]?.length ?? 1);
  if (count <= 0) return [];
  return runExcel(async (context) => {
    const range = context.workbook.worksheets.getItem(data.sheetName).getRangeByIndexes(data.top - count, data.left, count, width).load("values");
    await context.sync();
    return range.values as unknown[][];
  });
}
