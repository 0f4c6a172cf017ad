import type ExcelJS from "exceljs";

/**
 * The cells, column widths and defined names Dunning Desk wrote into an open workbook, per sheet:
 * what the file writer (`savePackage`) serialises. Every other cell of the file is copied from the
 * original bytes as it was ("only our own cells", design.md).
 *
 * @example
 * written.cell(sheet, 4, 9); written.rows(sheet) //=> Map { 4 => Set { 9 } }
 */
export class WrittenCells {
  private readonly cells = new Map<ExcelJS.Worksheet, Map<number, Set<number>>>();
  private readonly widths = new Map<ExcelJS.Worksheet, Map<number, number>>();
  /** Defined names set by the desk: name → its reference ('Sheet'!$A$1:$B$9). */
  readonly names = new Map<string, string>();
  /** Calculated columns the desk made in Tables: Table name (lower case) → column header → formula as the file spells it. */
  private readonly calculated = new Map<string, Map<string, string>>();

  /** Marks a 0-based cell as the desk's. */
  cell(sheet: ExcelJS.Worksheet, row: number, column: number): void {
    let columns = this.rowsOf(sheet).get(row);
    if (!columns) {
      columns = new Set();
      this.rowsOf(sheet).set(row, columns);
    }
    columns.add(column);
  }

  /** A column width (in characters) the desk chose for a 0-based column. */
  width(sheet: ExcelJS.Worksheet, column: number, characters: number): void {
    let columns = this.widths.get(sheet);
    if (!columns) {
      columns = new Map();
      this.widths.set(sheet, columns);
    }
    columns.set(column, characters);
  }

  /** A Table column the desk filled with one formula: Excel fills it on the rows the user adds. */
  calculatedColumn(tableName: string, header: string, fileFormula: string): void {
    const key = tableName.toLowerCase();
    let columns = this.calculated.get(key);
    if (!columns) {
      columns = new Map();
      this.calculated.set(key, columns);
    }
    columns.set(header, fileFormula);
  }

  /** A Table's calculated columns the desk made: header → formula as the file spells it. */
  calculatedColumns(tableName: string): ReadonlyMap<string, string> {
    return this.calculated.get(tableName.toLowerCase()) ?? new Map();
  }

  /** The desk's cells of a sheet: 0-based row → 0-based columns. */
  rows(sheet: ExcelJS.Worksheet): ReadonlyMap<number, ReadonlySet<number>> {
    return this.cells.get(sheet) ?? new Map();
  }

  /** The desk's column widths of a sheet: 0-based column → characters. */
  columnWidths(sheet: ExcelJS.Worksheet): ReadonlyMap<number, number> {
    return this.widths.get(sheet) ?? new Map();
  }

  /** Whether the desk wrote a cell. */
  has(sheet: ExcelJS.Worksheet, row: number, column: number): boolean {
    return this.cells.get(sheet)?.get(row)?.has(column) ?? false;
  }

  /** Whether the desk wrote anything on a sheet (cells or widths). */
  touched(sheet: ExcelJS.Worksheet): boolean {
    return (this.cells.get(sheet)?.size ?? 0) > 0 || (this.widths.get(sheet)?.size ?? 0) > 0;
  }

  private rowsOf(sheet: ExcelJS.Worksheet): Map<number, Set<number>> {
    let rows = this.cells.get(sheet);
    if (!rows) {
      rows = new Map();
      this.cells.set(sheet, rows);
    }
    return rows;
  }
}
