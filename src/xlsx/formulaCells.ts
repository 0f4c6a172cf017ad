/*
 * What the formula evaluators (arFormulaValue, summaryFormulaValue) read: cells, defined names and
 * Tables of a workbook, whatever holds it (the .xlsx adapter's ExcelJS workbook, the tests' fake
 * Excel). `S` is the host's handle of a sheet. Coordinates are 0-based.
 */

/** A block of one sheet: 0-based corner and size. */
export interface SheetBlock<S> {
  readonly sheet: S;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/** Where a formula sits. */
export interface FormulaAt<S> {
  readonly sheet: S;
  readonly row: number;
  readonly column: number;
}

/** The workbook as the evaluators see it. */
export interface FormulaCells<S> {
  /** A cell's value as Excel's API gives it: "" when empty, the computed value of a formula. */
  value(sheet: S, row: number, column: number): unknown;
  sheet(name: string): S | null;
  /** The block a defined name refers to. */
  name(name: string): SheetBlock<S> | null;
  /** A Table by name (header row included). */
  table(name: string): SheetBlock<S> | null;
  /** The Table holding a cell (header row included). */
  tableAt(sheet: S, row: number, column: number): SheetBlock<S> | null;
}
