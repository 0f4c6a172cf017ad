import { looksLikeFormula } from "../../../src/workbook/textCell";
import { areaRect } from "./areaRect";
import { SheetModel, type FakeFormula, type Rect } from "./sheetModel";
import type { FakeWorkbookState } from "./state";

/** A Table: where it is (header row included) and its name. */
export interface TableModel {
  name: string;
  sheet: SheetModel;
  top: number;
  left: number;
  rows: number;
  columns: number;
  /**
   * Calculated columns: column offset within the Table → the formula Excel fills into every row,
   * rows added later included. Excel makes one when a single write gives a Table column's whole
   * body one formula (OfficeDev/office-js #5909, #2093); the fake models that rule only.
   */
  calculated?: Map<number, string>;
}

/** A defined name: the block it refers to. */
export interface NameModel {
  readonly name: string;
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

/** A chart as written: its type, source block, title and where it was put. */
export interface ChartModel {
  readonly sheet: SheetModel;
  readonly type: string;
  readonly source: Rect;
  readonly seriesBy: string;
  title: string;
  legendVisible: boolean;
  position: readonly string[];
}

/** Where a formula sits, for the evaluator. */
export interface CellAt {
  readonly sheet: SheetModel;
  readonly row: number;
  readonly column: number;
}

/** Computes a formula cell's value (tests plug in the AR evaluator); without one, formula cells read as null. */
export type Evaluator = (formula: FakeFormula, at: CellAt, book: FakeBook) => unknown;

/**
 * The whole in-memory workbook: sheets, Tables, names, charts, the active sheet and selection,
 * and the document settings. Proxies read and write it when a batch is synced.
 */
export class FakeBook {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  readonly names = new Map<string, NameModel>();
  readonly charts: ChartModel[] = [];
  readonly settings = new Map<string, unknown>();
  active: SheetModel;
  /** Several selected areas (Ctrl+click) on the selection's sheet, or null: the selection is the active cell. */
  areas: Rect[] | null = null;
  /** Hidden rows (filtered out or hidden by hand), 0-based, by sheet. */
  readonly hiddenRows = new Map<SheetModel, Set<number>>();
  /** Hidden columns, 0-based, by sheet. */
  readonly hiddenColumns = new Map<SheetModel, Set<number>>();
  evaluator: Evaluator | null = null;
  /** One formula object per distinct text: a million rows of one column share it. */
  private readonly formulaObjects = new Map<string, FakeFormula>();
  private current: { sheet: SheetModel; row: number; column: number };

  constructor(state: FakeWorkbookState) {
    for (const sheetState of state.sheets) {
      const sheet = this.addSheet(sheetState.name);
      sheetState.values.forEach((row, r) => row.forEach((value, c) => value !== null && value !== undefined && value !== "" && sheet.setValue(r, c, value)));
      for (const [column, format] of Object.entries(sheetState.columnFormats ?? {})) {
        for (let r = 1; r < sheetState.values.length; r += 1) sheet.setFormat(r, Number(column), format);
      }
      sheetState.numberFormats?.forEach((row, r) => row.forEach((format, c) => format !== undefined && format !== "General" && sheet.setFormat(r, c, format)));
      for (const [key, text] of Object.entries(sheetState.formulas ?? {})) {
        const [r, c] = key.split(",").map(Number);
        sheet.setFormula(r ?? 0, c ?? 0, { text, r1c1: false });
      }
      for (const table of sheetState.tables ?? []) this.tables.push({ ...table, sheet });
      this.hideRows(sheet, sheetState.hiddenRows ?? []);
    }
    if (this.sheets.length === 0) this.addSheet("Sheet1");
    this.active = this.sheetNamed(state.activeSheet ?? "") ?? (this.sheets[0] as SheetModel);
    this.current = { sheet: this.active, row: state.activeCell?.row ?? 0, column: state.activeCell?.column ?? 0 };
    if (state.selection) this.select(state.selection.sheet, state.selection.areas);
    for (const [key, value] of Object.entries(state.settings ?? {})) this.settings.set(key, value);
  }

  /** The active cell. Setting it (Range.select) also drops a multi-area selection, as a click does. */
  get selection(): { sheet: SheetModel; row: number; column: number } {
    return this.current;
  }

  set selection(cell: { sheet: SheetModel; row: number; column: number }) {
    this.current = cell;
    this.areas = null;
  }

  /** Selects areas (A1 without the sheet) on a sheet, which becomes active; the active cell is the last area's first cell, as after Ctrl+click. */
  select(sheetName: string, areas: readonly string[]): void {
    const sheet = this.sheetNamed(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const rects = areas.map(areaRect);
    const last = rects[rects.length - 1];
    if (!last) throw new Error("select at least one area");
    this.active = sheet;
    this.selection = { sheet, row: last.top, column: last.left };
    this.areas = rects;
  }

  /** The selected areas: the multi-area selection, or the active cell. */
  selectedAreas(): { sheet: SheetModel; rects: Rect[] } {
    const { sheet, row, column } = this.current;
    return { sheet, rects: this.areas ?? [{ top: row, left: column, rows: 1, columns: 1 }] };
  }

  hideRows(sheet: SheetModel, rows: readonly number[]): void {
    if (rows.length === 0) return;
    const hidden = this.hiddenRows.get(sheet) ?? new Set<number>();
    rows.forEach((row) => hidden.add(row));
    this.hiddenRows.set(sheet, hidden);
  }

  hideColumns(sheet: SheetModel, columns: readonly number[]): void {
    const hidden = this.hiddenColumns.get(sheet) ?? new Set<number>();
    columns.forEach((column) => hidden.add(column));
    this.hiddenColumns.set(sheet, hidden);
  }

  isColumnHidden(sheet: SheetModel, column: number): boolean {
    return this.hiddenColumns.get(sheet)?.has(column) ?? false;
  }

  isRowHidden(sheet: SheetModel, row: number): boolean {
    return this.hiddenRows.get(sheet)?.has(row) ?? false;
  }

  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    return sheet;
  }

  sheetNamed(name: string): SheetModel | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  tableNamed(name: string): TableModel | undefined {
    return this.tables.find((table) => table.name.toLowerCase() === name.toLowerCase());
  }

  /** A cell's value as Excel returns it: "" when empty, the evaluator's answer for a formula. */
  value(sheet: SheetModel, row: number, column: number): unknown {
    const formula = sheet.formula(row, column);
    if (formula) return this.evaluator ? this.evaluator(formula, { sheet, row, column }, this) : null;
    const value = sheet.rawValue(row, column);
    return value === undefined || value === null ? "" : value;
  }

  /**
   * Writes what a script assigns to `values` (asFormula false) or `formulas`: null leaves the cell,
   * a leading ' makes text, a "@"-formatted cell keeps text, and otherwise text that starts with
   * = + - @ becomes a formula — as Excel does.
   */
  write(sheet: SheetModel, row: number, column: number, input: unknown, formula: "no" | "a1" | "r1c1"): void {
    if (input === null || input === undefined) return;
    if (typeof input !== "string") return sheet.setValue(row, column, input);
    if (input.startsWith("'")) return sheet.setValue(row, column, input.slice(1));
    if (sheet.format(row, column) === "@") return sheet.setValue(row, column, input);
    const isFormula = formula === "no" ? looksLikeFormula(input) : input.startsWith("=") && input.length > 1;
    if (isFormula) return sheet.setFormula(row, column, this.formulaObject(input.startsWith("=") ? input : `=${input}`, formula === "r1c1"));
    sheet.setValue(row, column, input);
  }

  /**
   * After a `formulas` write of a block: every Table column whose whole body the block covered
   * with one formula becomes a calculated column (Excel's rule for one write; see TableModel).
   */
  markCalculatedColumns(sheet: SheetModel, rect: Rect, grid: readonly (readonly unknown[])[]): void {
    for (const table of this.tables) {
      if (table.sheet !== sheet || rect.top !== table.top + 1 || rect.rows !== table.rows - 1) continue;
      for (let c = 0; c < rect.columns; c += 1) {
        const offset = rect.left + c - table.left;
        if (offset < 0 || offset >= table.columns) continue;
        const first = grid[0]?.[c];
        if (typeof first !== "string" || !first.startsWith("=") || grid.some((row) => row[c] !== first)) continue;
        table.calculated ??= new Map();
        table.calculated.set(offset, first);
      }
    }
  }

  private formulaObject(text: string, r1c1: boolean): FakeFormula {
    const key = `${r1c1 ? "R" : "A"}${text}`;
    let formula = this.formulaObjects.get(key);
    if (!formula) {
      formula = { text, r1c1 };
      this.formulaObjects.set(key, formula);
    }
    return formula;
  }
}
