import type ExcelJS from "exceljs";
import type { FileBook } from "../fileBook";
import { fittedWidth, WRAP_AFTER } from "../columnFit";
import { cellXml } from "./cellXml";
import { sheetCells } from "./newSheetXml";
import { partText, setPartText, writePackage, type PackageDeflate, type PackageEntries } from "./packageEntries";
import { CONTENT_TYPES, TYPES, addRelationship, removeRelationships, setContentType } from "./packageParts";
import { relationships, workbookPath } from "./partPaths";
import { SaveRefusal } from "./saveRefusal";
import { StyleAppender } from "./styleAppender";
import { saveSheet, type SheetContext } from "./saveSheet";
import { withCalculation, withDefinedNames, withSheets, workbookSheets, type SheetEntry } from "./workbookXml";

/**
 * The saved workbook: the ORIGINAL package with only what the desk wrote changed. Sheets the desk
 * did not touch, charts, pivot tables and caches, drawings, images, comments, VBA projects,
 * custom XML, themes and every other part are copied byte for byte; a sheet the desk wrote cells
 * on gets those cells replaced in its own XML (everything else in it kept as text); the desk's
 * new sheets and Tables are added; styles are only appended to, shared strings never change (the
 * desk writes inline strings); calcChain.xml is dropped (Excel rebuilds it). Throws `SaveRefusal`
 * when saving would lose something of the user's.
 *
 * @example
 * savePackage(book, readPackage(originalBytes)) //=> Uint8Array (the .xlsx to write)
 */
export function savePackage(book: FileBook, original: PackageEntries, deflate?: PackageDeflate): Uint8Array {
  const entries: PackageEntries = new Map(original);
  const workbook = workbookPath(entries);
  const workbookText = workbook === null ? null : partText(entries, workbook);
  if (workbook === null || workbookText === null) throw new SaveRefusal("the workbook's structure (it has no workbook part the desk can read)");
  const links = relationships(entries, workbook);
  const stylesPath = links.find((link) => link.type === "styles")?.path;
  const stylesText = stylesPath ? partText(entries, stylesPath) : null;
  if (!stylesPath || stylesText === null || !/<cellXfs\b/.test(stylesText)) throw new SaveRefusal("the workbook's cell formats (its styles part has no cell formats the desk can append to)");
  const styles = new StyleAppender(stylesText);
  const listed = workbookSheets(workbookText);
  const added: (SheetEntry & { hidden: boolean })[] = [];
  let nextSheetId = Math.max(0, ...listed.map((sheet) => sheet.sheetId)) + 1;
  const context: SheetContext = { book, entries, render: renderer(book, styles), nextTableId: tableIds(entries) };
  for (const sheet of book.workbook.worksheets) {
    const entry = listed.find((item) => item.name.toLowerCase() === sheet.name.toLowerCase());
    const path = entry ? links.find((link) => link.id === entry.relationshipId)?.path : undefined;
    if (entry && !path) throw new SaveRefusal(`the sheet ${sheet.name} (the desk cannot find its part)`);
    const created = saveSheet(context, sheet, path ?? null, fitted(book, sheet, !entry));
    if (entry || created === null) continue;
    const relationshipId = addRelationship(entries, workbook, TYPES.worksheet, relativeTarget(workbook, created));
    setContentType(entries, created, CONTENT_TYPES.worksheet);
    added.push({ name: sheet.name, sheetId: nextSheetId++, relationshipId, hidden: sheet.state === "hidden" || sheet.state === "veryHidden" });
  }
  setPartText(entries, workbook, withCalculation(withDefinedNames(withSheets(workbookText, added), book.written.names)));
  setPartText(entries, stylesPath, styles.xml());
  dropCalculationChain(entries, workbook, links.find((link) => link.type === "calcChain")?.path);
  return writePackage(entries, deflate);
}

/**
 * Renders a desk cell of a sheet with a style appended for it. A formula cell of a calculated
 * column the desk made is written with the column's formula (`Table[[#This Row],[…]]`), as Excel
 * saves it, so the cells and the column agree; its cached result is the same.
 */
function renderer(book: FileBook, styles: StyleAppender): SheetContext["render"] {
  return (sheet) => {
    const columnFormula = calculatedCells(book, sheet);
    return (row, column, originalStyle) => {
      const cell = book.cell(sheet, row, column);
      const value = book.valueOf(cell); // the cell found once: this runs for every desk cell
      const wrap = Boolean(cell?.alignment?.wrapText) || (typeof value === "string" && value.length > WRAP_AFTER);
      return cellXml(cell, row, column, styles.index(originalStyle, { numberFormat: cell?.numFmt || "General", wrap }), book.date1904, columnFormula(row, column));
    };
  };
}

/** The calculated-column formula of a cell of a sheet's Tables' body, or undefined. */
function calculatedCells(book: FileBook, sheet: ExcelJS.Worksheet): (row: number, column: number) => string | undefined {
  const byColumn = new Map<number, { top: number; bottom: number; formula: string }>();
  for (const table of book.tables(sheet)) {
    const formulas = book.written.calculatedColumns(table.name);
    table.model.columns.forEach((tableColumn, index) => {
      const formula = formulas.get(tableColumn.name);
      if (formula !== undefined) byColumn.set(table.area.left + index, { top: table.area.top + 1, bottom: table.area.top + table.area.rows - 1, formula });
    });
  }
  if (byColumn.size === 0) return () => undefined;
  return (row, column) => {
    const found = byColumn.get(column);
    return found && row >= found.top && row <= found.bottom ? found.formula : undefined;
  };
}

/** Column widths for the desk's cells: every column of a new sheet, the written columns of another. */
function fitted(book: FileBook, sheet: ExcelJS.Worksheet, whole: boolean): Map<number, number> {
  const rows = whole ? sheetCells(sheet) : book.written.rows(sheet);
  const byColumn = new Map<number, number[]>();
  for (const [row, columns] of rows) {
    for (const column of columns) {
      const list = byColumn.get(column);
      if (list) list.push(row);
      else byColumn.set(column, [row]);
    }
  }
  const widths = new Map([...byColumn].map(([column, list]) => [column, fittedWidth(book, sheet, column, list)]));
  for (const [column, width] of book.written.columnWidths(sheet)) widths.set(column, width);
  return widths;
}

/** The largest Table id in the package (ids are unique across a workbook). */
function tableIds(entries: PackageEntries): number {
  let largest = 0;
  for (const path of entries.keys()) {
    if (!/^xl\/tables\/[^/]+\.xml$/i.test(path)) continue;
    const id = Number(/<table\b[^>]*\sid="(\d+)"/.exec(partText(entries, path) ?? "")?.[1] ?? 0);
    largest = Math.max(largest, id);
  }
  return largest + 1;
}

function relativeTarget(source: string, path: string): string {
  const folder = source.slice(0, source.lastIndexOf("/") + 1);
  return path.startsWith(folder) ? path.slice(folder.length) : `/${path}`;
}

/** calcChain.xml lists formula cells in calculation order; Excel rebuilds it when it is missing. */
function dropCalculationChain(entries: PackageEntries, workbook: string, path: string | undefined): void {
  if (!path) return;
  entries.delete(path);
  removeRelationships(entries, workbook, path.split("/").pop() ?? "calcChain.xml");
  setContentType(entries, path, null);
}
