/// <reference types="office-js" />
import type { AgingScope, ExcelFailure } from "../workbook/agingData";
import { excelMessages } from "../workbook/excelMessages";

/** A block of a sheet: its address, 0-based corner and size, and the Table it is, if any. */
export interface Block {
  readonly sheetName: string;
  readonly address: string;
  readonly tableName: string | null;
  readonly top: number;
  readonly left: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

const GEOMETRY = "address,rowIndex,columnIndex,rowCount,columnCount";

/**
 * Finds the block to read for a scope, in at most two round trips (ExcelApi 1.7): "table" the Table holding the
 * active cell, else the sheet's first Table; "region" the current region around the active cell;
 * "usedRange" the sheet's used range (values only); "auto" each of these in turn.
 *
 * @example
 * await locateBlock(context, "auto") //=> { sheetName: "Sheet1", address: "Sheet1!A1:H120", tableName: null, top: 0, … }
 */
export async function locateBlock(context: Excel.RequestContext, scope: AgingScope): Promise<Block | ExcelFailure> {
  const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
  const cell = context.workbook.getActiveCell().load("values,rowIndex,columnIndex");
  const tables = sheet.tables.load("items/name");
  const region = cell.getSurroundingRegion().load(GEOMETRY);
  const used = sheet.getUsedRangeOrNullObject(true).load(GEOMETRY);
  await context.sync();
  if ((scope === "auto" || scope === "table") && tables.items.length > 0) {
    const ranges = tables.items.map((table) => ({ name: table.name, range: table.getRange().load(GEOMETRY) }));
    await context.sync();
    const chosen = ranges.find(({ range }) => contains(range, cell.rowIndex, cell.columnIndex)) ?? ranges[0];
    if (chosen) return blockOf(sheet.name, chosen.range, chosen.name);
  }
  if (scope === "table") return { error: excelMessages.noTable };
  const onData = region.rowCount * region.columnCount > 1 || !isBlank(cell.values[0]?.[0]);
  if ((scope === "auto" || scope === "region") && onData) return blockOf(sheet.name, region, null);
  if (scope === "region") return { error: excelMessages.outsideData };
  return used.isNullObject ? { error: excelMessages.emptySheet } : blockOf(sheet.name, used, null);
}

function blockOf(sheetName: string, range: Excel.Range, tableName: string | null): Block {
  return { sheetName, address: range.address, tableName, top: range.rowIndex, left: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount };
}

function contains(range: Excel.Range, row: number, column: number): boolean {
  return row >= range.rowIndex && row < range.rowIndex + range.rowCount && column >= range.columnIndex && column < range.columnIndex + range.columnCount;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === "";
}
