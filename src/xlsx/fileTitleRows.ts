import type { AgingData, ExcelFailure } from "../workbook/agingData";
import { excelMessages } from "../workbook/excelMessages";
import type { FileBook } from "./fileBook";

/**
 * The values of up to `rows` rows right above the block read, over its columns, top first, as
 * the Office adapter's readTitleRows gives them: where a report's title lines sit.
 *
 * @example
 * readFileTitleRows(book, { sheetName: "AR", top: 4, left: 0, values: [["Customer", …]], … }, 10)
 * //=> [["Harbor Lights Trading Co."], ["A/R Aging Detail"], ["As of November 23, 2026"], [""]]
 */
export function readFileTitleRows(book: FileBook, data: AgingData, rows: number): unknown[][] | ExcelFailure {
  const sheet = book.sheet(data.sheetName);
  if (!sheet) return { error: excelMessages.itemNotFound };
  const count = Math.min(rows, data.top);
  const width = Math.max(1, data.values[0]?.length ?? 1);
  return Array.from({ length: Math.max(0, count) }, (_, index) => {
    const row = sheet.getRow(data.top - count + index + 1);
    return Array.from({ length: width }, (_, column) => book.valueOf(row.getCell(data.left + column + 1)));
  });
}
