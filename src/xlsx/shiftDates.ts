import type ExcelJS from "exceljs";

const DAY_MS = 86_400_000;

/**
 * Moves every date in the workbook by whole days: cells holding a date (a date-formatted number,
 * as ExcelJS reads it), never formulas or text. The sample workbook is dated as of one day; moved
 * to today, its invoices are as overdue as a live desk's instead of ageing with the calendar.
 * Text that only looks like a date ("31/13/2025", a mistake Analyze should find) stays as it is.
 *
 * `moved` hears of every cell changed (the file writer saves those cells anew).
 *
 * @example
 * shiftDates(workbook, 30) // 2026-01-10 → 2026-02-09 in every date cell
 */
export function shiftDates(workbook: ExcelJS.Workbook, days: number, moved: (cell: ExcelJS.Cell) => void = () => undefined): void {
  if (days === 0) return;
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        if (!(cell.value instanceof Date)) return;
        cell.value = new Date(cell.value.getTime() + days * DAY_MS);
        moved(cell);
      });
    });
  }
}
