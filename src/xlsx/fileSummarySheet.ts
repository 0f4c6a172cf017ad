import type ExcelJS from "exceljs";
import type { Receivables } from "../core/receivables";
import type { AgingData } from "../workbook/agingData";
import type { ArColumnPlan } from "../workbook/arColumnPlan";
import { summaryLayout } from "../workbook/summaryLayout";
import { TEXT_FORMAT } from "../workbook/textCell";
import type { FileBook } from "./fileBook";
import { fileCells } from "./fileCells";
import { summaryFormulaValue, type ColumnMemo } from "./summaryFormulaValue";
import { summarySheetName } from "../workbook/summarySheetName";

/**
 * Adds the summary sheet as the Office adapter does ("AR Summary", or "AR Summary 2"…; totals,
 * buckets live over the AR columns with `plan`, top customers; text from the data as text) and
 * activates it — but WITHOUT the chart: ExcelJS cannot write charts. Formulas carry their cached
 * results, computed from the AR columns' cached results.
 *
 * @example
 * createFileSummarySheet(book, summary, data, plan) //=> undefined; "AR Summary" is active
 */
export function createFileSummarySheet(book: FileBook, summary: Receivables, data: AgingData, plan: ArColumnPlan | null): void {
  const layout = summaryLayout(summary, data.address, plan);
  const sheet = book.addSheet(summarySheetName(book.workbook.worksheets.map((item) => item.name)));
  const formulas: { row: number; column: number; text: string }[] = [];
  layout.cells.forEach((row, r) =>
    [0, 1, 2].forEach((c) => {
      const cell = row[c];
      const format = layout.numberFormats[r]?.[c] ?? "General";
      if (!cell) return void book.write(sheet, r, c, "", format);
      if ("value" in cell) return void book.write(sheet, r, c, cell.value, typeof cell.value === "string" ? TEXT_FORMAT : format);
      book.write(sheet, r, c, "", format);
      formulas.push({ row: r, column: c, text: cell.formula });
    }),
  );
  // The totals above the bucket table add up cells below them: two passes, bottom up.
  const cells = fileCells(book);
  const memo: ColumnMemo<ExcelJS.Worksheet> = new Map();
  for (let pass = 0; pass < 2; pass += 1) {
    for (const { row, column, text } of [...formulas].reverse()) {
      const result = summaryFormulaValue(text, { sheet, row, column }, cells, memo) as ExcelJS.CellFormulaValue["result"];
      book.writeFormula(sheet, row, column, text, result);
    }
  }
  book.select(sheet, [{ top: 0, left: 0, rows: 1, columns: 1 }]);
}
