import type ExcelJS from "exceljs";
import { cellAddress } from "../../workbook/a1";
import type { FileBook } from "../fileBook";
import type { FileTable } from "../fileTables";
import { newSheetXml, sheetCells } from "./newSheetXml";
import { partText, setPartText, type PackageEntries } from "./packageEntries";
import { CONTENT_TYPES, TYPES, addRelationship, freePath, setContentType, withTableParts } from "./packageParts";
import { relationships, relativePath } from "./partPaths";
import { patchSheetPart, type RenderCell } from "./patchSheetXml";
import { grownTableXml, newTableXml } from "./tableXml";
import { attribute, findElement } from "./xmlText";

/** What saving one sheet needs: the book, the package being written, a cell renderer, the next Table id. */
export interface SheetContext {
  readonly book: FileBook;
  readonly entries: PackageEntries;
  readonly render: (sheet: ExcelJS.Worksheet) => RenderCell;
  nextTableId: number;
}

/**
 * Writes one sheet into the package: a sheet the file had is patched only where the desk wrote
 * (untouched, it stays byte for byte); a sheet the desk created gets a new part. Returns the new
 * part's path, or null for a sheet the file had.
 *
 * @example
 * saveSheet(context, summarySheet, null, widths) //=> "xl/worksheets/sheet3.xml"
 */
export function saveSheet(context: SheetContext, sheet: ExcelJS.Worksheet, path: string | null, widths: ReadonlyMap<number, number>): string | null {
  if (path !== null) {
    patchExistingSheet(context, sheet, path, widths);
    return null;
  }
  const created = freePath(context.entries, "xl/worksheets/sheet");
  context.entries.set(created, new Uint8Array()); // reserves the name while its Tables are added
  const tableIds = context.book.tables(sheet).map((table) => addTable(context, created, table));
  const tables = context.book.tables(sheet);
  const frozenRows = frozenHeader(sheet, tables);
  setPartText(context.entries, created, newSheetXml({ cells: sheetCells(sheet), widths, frozenRows, tableIds }, context.render(sheet)));
  return created;
}

function patchExistingSheet(context: SheetContext, sheet: ExcelJS.Worksheet, path: string, widths: ReadonlyMap<number, number>): void {
  const { book, entries } = context;
  const known = new Map(relationships(entries, path).filter((link) => link.type === "table").map((link) => [tableName(partText(entries, link.path) ?? ""), link.path]));
  const tables = book.tables(sheet);
  const fresh = tables.filter((table) => !known.has(table.name.toLowerCase()));
  const grown = tables.filter((table) => known.has(table.name.toLowerCase()) && changed(partText(entries, known.get(table.name.toLowerCase()) ?? "") ?? "", table, book.written.calculatedColumns(table.name)));
  if (!book.written.touched(sheet) && fresh.length === 0 && grown.length === 0) return;
  const original = partText(entries, path) ?? "";
  for (const table of grown) {
    const tablePath = known.get(table.name.toLowerCase()) ?? "";
    setPartText(entries, tablePath, grownTableXml(partText(entries, tablePath) ?? "", table, book.written.calculatedColumns(table.name)));
  }
  const tableIds = fresh.map((table) => addTable(context, path, table));
  if (!book.written.touched(sheet)) setPartText(entries, path, withTableParts(original, tableIds));
  else entries.set(path, patchSheetPart(original, book.written.rows(sheet), context.render(sheet), widths, sheet.name, (part) => withTableParts(part, tableIds)));
}

/** Adds a Table part for a table the desk created; returns the sheet's relationship id to it. */
function addTable(context: SheetContext, sheetPath: string, table: FileTable): string {
  const path = freePath(context.entries, "xl/tables/table");
  setPartText(context.entries, path, newTableXml(table, context.nextTableId++, context.book.written.calculatedColumns(table.name)));
  setContentType(context.entries, path, CONTENT_TYPES.table);
  return addRelationship(context.entries, sheetPath, TYPES.table, relativePath(sheetPath, path));
}

/** Whether the desk changed a Table the file had: its range, its columns or their calculated formulas. */
function changed(xml: string, table: FileTable, formulas: ReadonlyMap<string, string>): boolean {
  const ref = attribute(findElement(xml, "table")?.tag ?? "", "ref") ?? "";
  const columns = (xml.match(/<tableColumn\b/g) ?? []).length;
  const { area } = table;
  return ref.replace(/\$/g, "").toUpperCase() !== tableRange(area) || columns !== table.model.columns.length || formulas.size > 0;
}

function tableRange(area: FileTable["area"]): string {
  return `${cellAddress(area.top, area.left)}:${cellAddress(area.top + area.rows - 1, area.left + area.columns - 1)}`;
}

function tableName(xml: string): string {
  return (attribute(findElement(xml, "table")?.tag ?? "", "name") ?? "").toLowerCase();
}

/** A new sheet's frozen rows: as the desk set them, or down to its first Table's header. */
function frozenHeader(sheet: ExcelJS.Worksheet, tables: readonly FileTable[]): number {
  const view = (sheet.views as { state?: string; ySplit?: number }[] | undefined)?.[0];
  if (view?.state === "frozen" && view.ySplit) return view.ySplit;
  const first = tables[0];
  return first ? first.area.top + 1 : 0;
}
