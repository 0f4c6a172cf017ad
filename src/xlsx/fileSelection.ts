import type { AgingData, ExcelFailure } from "../workbook/agingData";
import { areaAddress } from "../workbook/areaAddress";
import { excelMessages } from "../workbook/excelMessages";
import type { SelectedRows } from "../workbook/port";
import { clipToList, listBounds, mergeSpans, type Span } from "../workbook/selectionSpans";
import type { FileBook } from "./fileBook";

/**
 * The user's selection (set with `FileWorkbook.select`; else the active sheet's A1) as rows of
 * the list read, as the Office adapter's readSelection gives them: visible invoice rows, the
 * count of selected hidden rows (ExcelJS `row.hidden`), and the areas that miss the list.
 *
 * @example
 * readFileSelection(book, data, 0) //=> { rows: [2, 3, 4], hiddenRows: 1, outside: [], address: "AR!A3:C6" }
 */
export function readFileSelection(book: FileBook, data: AgingData, headerRow: number): SelectedRows {
  const sheet = book.selection?.sheet ?? book.active;
  const areas = book.selection?.areas ?? [{ top: 0, left: 0, rows: 1, columns: 1 }];
  const onListSheet = sheet.name.toLowerCase() === data.sheetName.toLowerCase();
  const list = listBounds(data, headerRow);
  const spans: Span[] = [];
  const outside: string[] = [];
  for (const area of areas) {
    const span = onListSheet ? clipToList(area, list) : null;
    if (span) spans.push(span);
    else outside.push(areaAddress(sheet.name, area));
  }
  const rows: number[] = [];
  let selected = 0;
  for (const span of mergeSpans(spans)) {
    selected += span.count;
    for (let row = span.top; row < span.top + span.count; row += 1) if (!sheet.findRow(row + 1)?.hidden) rows.push(row - data.top);
  }
  return { rows, hiddenRows: selected - rows.length, outside, address: areas.map((area) => areaAddress(sheet.name, area)).join(", ") };
}

/**
 * Activates a sheet and selects one cell; the grid's listeners scroll there.
 *
 * @example
 * selectFileCell(book, "Open Invoices", 41, 3) //=> undefined; D42 is selected
 */
export function selectFileCell(book: FileBook, sheetName: string, row: number, column: number): void | ExcelFailure {
  const sheet = book.sheet(sheetName);
  if (!sheet) return { error: excelMessages.itemNotFound };
  book.select(sheet, [{ top: row, left: column, rows: 1, columns: 1 }]);
  for (const listener of book.listeners) listener(sheet.name, row, column);
}
