/// <reference types="office-js" />
import type { ExcelFailure } from "../workbook/agingData";
import { runExcel } from "./excelRun";

/**
 * Activates a sheet and selects one cell (0-based sheet coordinates): the pane's "show me this
 * bad row".
 *
 * @example
 * await selectCell("Open Invoices", 41, 3) //=> undefined; D42 is selected
 */
export async function selectCell(sheetName: string, row: number, column: number): Promise<void | ExcelFailure> {
  return runExcel(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getCell(row, column).select();
    await context.sync();
  });
}
