import type ExcelJS from "exceljs";
import { cellAddress } from "../workbook/a1";
import { areaOfA1, type Area } from "./area";

/** The part of ExcelJS's table model Dunning Desk reads and changes (ExcelJS types leave it out). */
interface TableModel {
  name: string;
  displayName?: string;
  ref?: string;
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string; totalsRowFunction?: string; filterButton?: boolean }[];
}

/** A Table of the workbook: its name, sheet and area (header row included). */
export interface FileTable {
  readonly name: string;
  readonly sheet: ExcelJS.Worksheet;
  readonly area: Area;
  readonly model: TableModel;
}

/**
 * The Tables of some sheets, in sheet order.
 *
 * @example
 * fileTables(workbook.worksheets)[0] //=> { name: "Invoices", sheet, area: { top: 2, left: 0, rows: 41, columns: 8 }, model }
 */
export function fileTables(sheets: readonly ExcelJS.Worksheet[]): FileTable[] {
  return sheets.flatMap((sheet) => {
    const tables = (sheet as unknown as { tables?: Record<string, { table?: TableModel; model?: TableModel }> }).tables ?? {};
    return Object.values(tables).flatMap((table) => {
      const model = table.table ?? table.model;
      if (!model) return [];
      return [{ name: model.name, sheet, area: areaOfA1(model.tableRef ?? model.ref ?? "A1"), model }];
    });
  });
}

/**
 * Creates a Table over a block whose header cells are already written (header + at least one body row).
 *
 * @example
 * createFileTable(sheet, "DunningReminders", 0, 0, headers, 40)
 */
export function createFileTable(sheet: ExcelJS.Worksheet, name: string, top: number, left: number, headers: readonly string[], bodyRows: number): void {
  sheet.addTable({
    name,
    displayName: name,
    ref: cellAddress(top, left),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: headers.map((header) => ({ name: header, filterButton: true })),
    rows: [],
  });
  const created = fileTables([sheet]).find((table) => table.name === name);
  if (created) resizeFileTable(created, 1 + Math.max(1, bodyRows), headers.length);
}

/**
 * Sets a Table's size (rows with the header, columns), its corner kept; added columns get these headers.
 *
 * @example
 * resizeFileTable(table, 41, 14, ["Days overdue", …])
 */
export function resizeFileTable(table: FileTable, rows: number, columns: number, newHeaders: readonly string[] = []): void {
  const { model, area } = table;
  newHeaders.forEach((header) => model.columns.push({ name: header, totalsRowFunction: "none", filterButton: true }));
  const ref = `${cellAddress(area.top, area.left)}:${cellAddress(area.top + rows - 1, area.left + columns - 1)}`;
  model.tableRef = ref;
  model.ref = cellAddress(area.top, area.left);
  model.autoFilterRef = ref;
}
