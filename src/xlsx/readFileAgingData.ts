import type ExcelJS from "exceljs";
import { blockAddress } from "../workbook/a1";
import type { AgingData, AgingScope, ExcelFailure } from "../workbook/agingData";
import { excelMessages } from "../workbook/excelMessages";
import { silentProgress, type Progress } from "../workbook/progress";
import { areaContains, type Area } from "./area";
import type { FileBook } from "./fileBook";
import { currentRegion, usedArea } from "./sheetExtent";
import { OWN_COLUMN_PROBE_ROWS, ownArColumns } from "../workbook/ownCells";

/** Rows read between two progress reports (and cancellation checks). */
const CHUNK_ROWS = 5_000;

/**
 * Reads the aging list of the active sheet, with the Office adapter's scopes: "table" the Table
 * holding the active cell (the selection's last area's first cell), else the sheet's first
 * Table; "region" the current region around the active cell; "usedRange" the used range;
 * "auto" each in turn (no selection: the first Table, else the used range). Values as Excel's API
 * gives them (dates as serials), with their number formats; progress after each chunk of rows.
 *
 * @example
 * await readFileAgingData(book, "auto") //=> { sheetName: "Receivables", address: "Receivables!A3:H43", tableName: "Invoices", top: 2, left: 0, values, numberFormats }
 */
export async function readFileAgingData(book: FileBook, scope: AgingScope, progress: Progress = silentProgress): Promise<AgingData | ExcelFailure> {
  const block = locateFileBlock(book, scope);
  if ("error" in block) return block;
  const { sheet, area } = block;
  const values: unknown[][] = [];
  const numberFormats: string[][] = [];
  progress.report(0, area.rows);
  for (let start = 0; start < area.rows; start += CHUNK_ROWS) {
    if (progress.cancelled) return { error: excelMessages.cancelled };
    const end = Math.min(area.rows, start + CHUNK_ROWS);
    for (let r = start; r < end; r += 1) {
      const rowValues = new Array<unknown>(area.columns);
      const rowFormats = new Array<string>(area.columns);
      const sheetRow = sheet.findRow(area.top + r + 1);
      for (let c = 0; c < area.columns; c += 1) {
        const cell = sheetRow?.findCell(area.left + c + 1);
        rowValues[c] = book.valueOf(cell);
        rowFormats[c] = cell?.numFmt || "General";
      }
      values.push(rowValues);
      numberFormats.push(rowFormats);
    }
    progress.report(end, area.rows);
    await Promise.resolve(); // lets the pane paint and a cancel click arrive between chunks
  }
  const ownColumns = ownArColumns(values, probeFormulas(book, sheet, area));
  return { sheetName: sheet.name, address: blockAddress(sheet.name, area.top, area.left, area.rows, area.columns), tableName: block.tableName, top: area.top, left: area.left, values, numberFormats, ownColumns };
}

/** The formulas of the block's first rows (as Excel's API gives them, "" where none): they tell the desk's own AR columns apart. */
function probeFormulas(book: FileBook, sheet: ExcelJS.Worksheet, area: Area): string[][] {
  const rows = Math.min(area.rows, OWN_COLUMN_PROBE_ROWS);
  return Array.from({ length: rows }, (_, r) => Array.from({ length: area.columns }, (_, c) => book.formula(sheet, area.top + r, area.left + c) ?? ""));
}

interface FileBlock {
  readonly sheet: ExcelJS.Worksheet;
  readonly area: Area;
  readonly tableName: string | null;
}

function locateFileBlock(book: FileBook, scope: AgingScope): FileBlock | ExcelFailure {
  const sheet = book.active;
  const selected = book.selection?.sheet === sheet ? book.selection.areas[book.selection.areas.length - 1] : undefined;
  const cell = selected ? { row: selected.top, column: selected.left } : null;
  if (scope === "auto" || scope === "table") {
    const tables = book.tables(sheet);
    const chosen = (cell ? tables.find((table) => areaContains(table.area, cell.row, cell.column)) : undefined) ?? tables[0];
    if (chosen) return { sheet, area: chosen.area, tableName: chosen.name };
    if (scope === "table") return { error: excelMessages.noTable };
  }
  if ((scope === "auto" || scope === "region") && cell) {
    const region = currentRegion(book, sheet, cell.row, cell.column);
    const onData = region.rows * region.columns > 1 || !book.isBlank(sheet, cell.row, cell.column);
    if (onData) return { sheet, area: region, tableName: null };
  }
  if (scope === "region") return { error: excelMessages.outsideData };
  const used = usedArea(book, sheet);
  return used ? { sheet, area: used, tableName: null } : { error: excelMessages.emptySheet };
}
