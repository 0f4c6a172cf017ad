import type ExcelJS from "exceljs";
import type { Area } from "./area";
import { apiValue, formulaText } from "./apiValue";
import { shownFormula } from "./customFunctionSpelling";
import { fileTables, type FileTable } from "./fileTables";
import { recalculate } from "./recalculate";
import { WrittenCells } from "./writtenCells";

const MERGED = 1; // ExcelJS ValueType.Merge: a merged cell other than the top-left one
const FORMULA = 6; // ExcelJS ValueType.Formula
const NULL = 0; // ExcelJS ValueType.Null

/**
 * The open workbook and what the file does not hold: the active sheet, the selection and who
 * listens to `selectCell`. Cell access is 0-based and never creates rows or cells by reading.
 */
export class FileBook {
  active: ExcelJS.Worksheet;
  selection: { sheet: ExcelJS.Worksheet; areas: Area[] } | null = null;
  readonly listeners: ((sheetName: string, row: number, column: number) => void)[] = [];
  readonly date1904: boolean;
  /** What the desk wrote: the only cells the saved file changes. */
  readonly written = new WrittenCells();
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();
  /** Cells the formulas read were written since the cached results were computed. */
  private stale = false;

  constructor(readonly workbook: ExcelJS.Workbook) {
    this.date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
    const visible = this.visibleSheets();
    const view = (workbook.views as { activeTab?: number }[] | undefined)?.[0];
    const tab = view?.activeTab !== undefined ? workbook.worksheets[view.activeTab] : undefined;
    const first = (tab && tab.state === "visible" ? tab : visible[0]) ?? workbook.addWorksheet("Sheet1");
    this.active = first;
  }

  /** Cells the AR or summary formulas may read were written: recompute before the next read or save. */
  changed(): void {
    this.stale = true;
  }

  /** Recomputes the formulas' cached results if cells they read changed (see `recalculate`). */
  calculate(): void {
    if (!this.stale) return;
    this.stale = false;
    recalculate(this);
  }

  visibleSheets(): ExcelJS.Worksheet[] {
    return this.workbook.worksheets.filter((sheet) => sheet.state === "visible" || sheet.state === undefined);
  }

  sheet(name: string): ExcelJS.Worksheet | undefined {
    const lower = name.toLowerCase();
    return this.workbook.worksheets.find((sheet) => sheet.name.toLowerCase() === lower);
  }

  addSheet(name: string): ExcelJS.Worksheet {
    return this.workbook.addWorksheet(name);
  }

  cell(sheet: ExcelJS.Worksheet, row: number, column: number): ExcelJS.Cell | undefined {
    return sheet.findRow(row + 1)?.findCell(column + 1);
  }

  /** A cell's value as Excel's API gives it ("" when empty; a formula's cached result). */
  value(sheet: ExcelJS.Worksheet, row: number, column: number): unknown {
    return this.valueOf(this.cell(sheet, row, column));
  }

  /** The value of a cell found already (`cell`), for loops that walk a row. */
  valueOf(cell: ExcelJS.Cell | undefined): unknown {
    if (!cell || Number(cell.type) === MERGED) return "";
    // cell.value drops a falsy result (0, "", FALSE): ExcelJS 4.4's FormulaValue copies only truthy fields.
    if (Number(cell.type) === FORMULA) {
      const result: unknown = cell.result;
      // ExcelJS 4.4 turns the error result of a date-formatted cell into an invalid Date when
      // loading, losing the code: the AR functions' errors are #VALUE! (the Next contact column).
      if (result instanceof Date && Number.isNaN(result.getTime())) return "#VALUE!";
      return apiValue(cell.result ?? null, this.date1904);
    }
    return apiValue(cell.value, this.date1904);
  }

  /**
   * Writes a formula ("=…" or without) with its cached result. The cell is emptied first: ExcelJS
   * 4.4 keeps a falsy result (0, "", FALSE) only when the cell becomes a formula cell anew.
   */
  writeFormula(sheet: ExcelJS.Worksheet, row: number, column: number, formula: string, result: ExcelJS.CellFormulaValue["result"], numberFormat?: string): void {
    const cell = sheet.getRow(row + 1).getCell(column + 1);
    this.written.cell(sheet, row, column);
    if (numberFormat !== undefined) cell.style = this.sharedStyle(numberFormat);
    if (Number(cell.type) !== NULL) cell.value = null;
    cell.value = { formula: formula.startsWith("=") ? formula.slice(1) : formula, result } as ExcelJS.CellFormulaValue;
  }

  /**
   * Replaces a formula cell's cached result, keeping its formula (emptied first, as in
   * `writeFormula`, so a falsy result survives).
   */
  setResult(cell: ExcelJS.Cell, result: ExcelJS.CellFormulaValue["result"]): void {
    const formula = cell.formula || formulaText(cell.value);
    if (!formula) return;
    this.written.cell(cell.worksheet, Number(cell.row) - 1, Number(cell.col) - 1);
    const style = cell.style;
    cell.value = null;
    cell.style = style;
    cell.value = { formula: formula.startsWith("=") ? formula.slice(1) : formula, result } as ExcelJS.CellFormulaValue;
  }

  numberFormat(sheet: ExcelJS.Worksheet, row: number, column: number): string {
    return this.cell(sheet, row, column)?.numFmt || "General";
  }

  /** The formula ("=…", custom functions spelled as Excel shows them), or null. */
  formula(sheet: ExcelJS.Worksheet, row: number, column: number): string | null {
    const text = formulaText(this.cell(sheet, row, column)?.value);
    return text === null ? null : shownFormula(text);
  }

  isBlank(sheet: ExcelJS.Worksheet, row: number, column: number): boolean {
    const cell = this.cell(sheet, row, column);
    if (!cell || Number(cell.type) === MERGED) return true;
    return formulaText(cell.value) === null && apiValue(cell.value, this.date1904) === "";
  }

  /**
   * Writes a value (the number format first when given); text always stays text in a file. The
   * style object is replaced, never changed: cells may share one (see `sharedStyle`).
   */
  write(sheet: ExcelJS.Worksheet, row: number, column: number, value: unknown, numberFormat?: string): void {
    const cell = sheet.getRow(row + 1).getCell(column + 1);
    this.written.cell(sheet, row, column);
    if (numberFormat !== undefined) cell.style = { ...cell.style, numFmt: numberFormat };
    cell.value = value === "" || value === undefined ? null : (value as ExcelJS.CellValue);
  }

  /**
   * One style object per number format for the cells Dunning Desk fills in bulk: ExcelJS saves a
   * style object it has seen once without rendering it again (100,000 rows × 6 columns).
   */
  sharedStyle(numberFormat: string): Partial<ExcelJS.Style> {
    let style = this.styles.get(numberFormat);
    if (!style) {
      style = { numFmt: numberFormat };
      this.styles.set(numberFormat, style);
    }
    return style;
  }

  tables(sheet?: ExcelJS.Worksheet): FileTable[] {
    return fileTables(sheet ? [sheet] : this.workbook.worksheets);
  }

  table(name: string): FileTable | undefined {
    const lower = name.toLowerCase();
    return this.tables().find((table) => table.name.toLowerCase() === lower);
  }

  select(sheet: ExcelJS.Worksheet, areas: Area[]): void {
    this.active = sheet;
    this.selection = { sheet, areas };
  }
}
