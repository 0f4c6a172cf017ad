import type ExcelJS from "exceljs";
import { cellAddress } from "../../workbook/a1";
import type { RenderCell } from "./patchSheetXml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** What a sheet the desk creates holds besides its cells. */
export interface NewSheet {
  /** 0-based row → 0-based columns of the cells to write. */
  readonly cells: ReadonlyMap<number, ReadonlySet<number>>;
  /** 0-based column → width in characters. */
  readonly widths: ReadonlyMap<number, number>;
  /** Rows frozen at the top (the header), 0 for none. */
  readonly frozenRows: number;
  /** Relationship ids of the sheet's Table parts. */
  readonly tableIds: readonly string[];
}

/**
 * The part of a sheet the desk creates (summary, policy, Reminders, Contact Log, Templates,
 * settings): its cells, column widths, a frozen header and its Tables.
 *
 * @example
 * newSheetXml(sheet, render) //=> '<?xml …?><worksheet …><sheetViews>…</sheetViews><cols>…</cols><sheetData>…</sheetData></worksheet>'
 */
export function newSheetXml(sheet: NewSheet, render: RenderCell): string {
  const rows = [...sheet.cells.keys()].sort((a, b) => a - b).map((row) => {
    const cells = [...(sheet.cells.get(row) ?? [])].sort((a, b) => a - b).map((column) => render(row, column, 0) ?? "");
    return `<row r="${row + 1}">${cells.join("")}</row>`;
  });
  const cols = [...sheet.widths].sort(([a], [b]) => a - b).map(([column, width]) => `<col min="${column + 1}" max="${column + 1}" width="${width}" customWidth="1"/>`);
  const tables = sheet.tableIds.length === 0 ? "" : `<tableParts count="${sheet.tableIds.length}">${sheet.tableIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    `<sheetViews><sheetView workbookViewId="0">${frozenPane(sheet.frozenRows)}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols.length ? `<cols>${cols.join("")}</cols>` : ""}` +
    `<sheetData>${rows.join("")}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${tables}</worksheet>`
  );
}

function frozenPane(rows: number): string {
  if (rows <= 0) return "";
  const below = cellAddress(rows, 0);
  return `<pane ySplit="${rows}" topLeftCell="${below}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="${below}" sqref="${below}"/>`;
}

/**
 * The cells of an ExcelJS sheet that hold something, as `NewSheet.cells`.
 *
 * @example
 * sheetCells(sheet) //=> Map { 0 => Set { 0, 1, 2 }, … }
 */
export function sheetCells(sheet: ExcelJS.Worksheet): Map<number, Set<number>> {
  const cells = new Map<number, Set<number>>();
  sheet.eachRow((row, rowNumber) => {
    const columns = new Set<number>();
    row.eachCell((_cell, columnNumber) => void columns.add(columnNumber - 1));
    if (columns.size > 0) cells.set(rowNumber - 1, columns);
  });
  return cells;
}
