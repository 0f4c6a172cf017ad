/// <reference types="office-js" />
import type { Receivables } from "../core/receivables";
import type { AgingData, ExcelFailure } from "../workbook/agingData";
import type { ArColumnPlan } from "../workbook/arColumnPlan";
import { runExcel } from "./excelRun";
import { summaryLayout } from "../workbook/summaryLayout";
import { TEXT_FORMAT } from "../workbook/textCell";
import { summarySheetName } from "../workbook/summarySheetName";

/**
 * Adds a summary sheet ("AR Summary", or "AR Summary 2"… — an existing sheet is never
 * overwritten): totals, the aging buckets, the top customers by overdue amount, and a native
 * column chart of the buckets. With AR columns written (`plan`), bucket figures are SUMIFS over
 * the data and stay live. Text from the data is written as text ("@" format before the value):
 * a customer called "=HYPERLINK(…)" or "-5 Co" stays a name. Two round trips.
 *
 * @example
 * await createSummarySheet(summary, data, plan) //=> undefined; the sheet "AR Summary" is active
 */
export async function createSummarySheet(summary: Receivables, data: AgingData, plan: ArColumnPlan | null): Promise<void | ExcelFailure> {
  const layout = summaryLayout(summary, data.address, plan);
  return runExcel(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const sheet = context.workbook.worksheets.add(summarySheetName(sheets.items.map((item) => item.name)));
    const block = sheet.getRangeByIndexes(0, 0, layout.cells.length, 3);
    block.numberFormat = layout.numberFormats.map((row, r) =>
      row.map((format, c) => {
        const cell = layout.cells[r]?.[c];
        return cell && "value" in cell && typeof cell.value === "string" ? TEXT_FORMAT : format;
      }),
    );
    // null leaves a cell as it is: formula cells are written one by one below.
    block.values = layout.cells.map((row) => [0, 1, 2].map((c) => { const cell = row[c]; return cell && "value" in cell ? cell.value : null; }));
    layout.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell && "formula" in cell) sheet.getRangeByIndexes(r, c, 1, 1).formulas = [[cell.formula]];
      }),
    );
    const { first, last } = layout.chartRows;
    const chart = sheet.charts.add("ColumnClustered", sheet.getRangeByIndexes(first, 0, last - first + 1, 2), "Columns");
    chart.title.text = "Receivables by aging bucket";
    chart.legend.visible = false;
    chart.setPosition("E2", "L18");
    sheet.activate();
    await context.sync();
  });
}
