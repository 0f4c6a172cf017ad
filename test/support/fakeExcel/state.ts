/*
 * The plain-data description of a workbook the fake Excel starts from (tests build it by hand,
 * fromXlsx.ts builds it from a file). Coordinates are 0-based.
 */
export interface FakeTableState {
  readonly name: string;
  /** Header row and left column of the Table, 0-based. */
  readonly top: number;
  readonly left: number;
  /** Rows including the header row. */
  readonly rows: number;
  readonly columns: number;
}

export interface FakeSheetState {
  readonly name: string;
  /** Values row by row from A1 (dates as serials, as Excel gives them). */
  readonly values: readonly (readonly unknown[])[];
  /** Number formats of the same shape; missing cells are "General". */
  readonly numberFormats?: readonly (readonly (string | undefined)[])[];
  /** A number format for every cell of a column below the first row (cheaper than `numberFormats` for big sheets). */
  readonly columnFormats?: Readonly<Record<number, string>>;
  /** Formulas (A1 text) by "row,column". */
  readonly formulas?: Readonly<Record<string, string>>;
  readonly tables?: readonly FakeTableState[];
  /** Rows hidden by a filter or by hand, 0-based: `getVisibleView()` skips them. */
  readonly hiddenRows?: readonly number[];
}

export interface FakeWorkbookState {
  readonly sheets: readonly FakeSheetState[];
  /** Defaults to the first sheet. */
  readonly activeSheet?: string;
  /** The active (selected) cell on the active sheet; defaults to A1. */
  readonly activeCell?: { readonly row: number; readonly column: number };
  /**
   * Several selected areas (Ctrl+click) on one sheet, as A1 addresses without the sheet: "A3:C5",
   * "A:A", "2:4", "B7". Without it the selection is the active cell.
   */
  readonly selection?: { readonly sheet: string; readonly areas: readonly string[] };
  readonly settings?: Readonly<Record<string, unknown>>;
}
