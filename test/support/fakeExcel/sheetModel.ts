/** A formula as written: its text and the notation it was written in. */
export interface FakeFormula {
  readonly text: string;
  readonly r1c1: boolean;
}

/** A rectangle of a sheet, 0-based. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * One sheet's cells, stored column by column (a million-row column is one array, not a million
 * row arrays): values, formulas and number formats, and the bounds of the cells with content.
 */
export class SheetModel {
  name: string;
  private readonly values: unknown[][] = [];
  private readonly formulas: (FakeFormula | undefined)[][] = [];
  private readonly formats: (string | undefined)[][] = [];
  private bounds: { top: number; left: number; bottom: number; right: number } | null = null;

  constructor(name: string) {
    this.name = name;
  }

  rawValue(row: number, column: number): unknown {
    return this.values[column]?.[row];
  }

  formula(row: number, column: number): FakeFormula | undefined {
    return this.formulas[column]?.[row];
  }

  format(row: number, column: number): string {
    return this.formats[column]?.[row] ?? "General";
  }

  isEmpty(row: number, column: number): boolean {
    if (this.formulas[column]?.[row]) return false;
    const value = this.values[column]?.[row];
    return value === undefined || value === null || value === "";
  }

  /** Stores a constant (clearing any formula). */
  setValue(row: number, column: number, value: unknown): void {
    (this.formulas[column] ??= [])[row] = undefined;
    (this.values[column] ??= [])[row] = value;
    if (value !== "" && value !== null && value !== undefined) this.grow(row, column);
  }

  setFormula(row: number, column: number, formula: FakeFormula): void {
    (this.values[column] ??= [])[row] = undefined;
    (this.formulas[column] ??= [])[row] = formula;
    this.grow(row, column);
  }

  setFormat(row: number, column: number, format: string): void {
    (this.formats[column] ??= [])[row] = format;
  }

  /** The bounds of the cells with values or formulas, or null for an empty sheet. */
  used(): Rect | null {
    const b = this.bounds;
    return b ? { top: b.top, left: b.left, rows: b.bottom - b.top + 1, columns: b.right - b.left + 1 } : null;
  }

  private grow(row: number, column: number): void {
    const b = this.bounds;
    if (!b) this.bounds = { top: row, left: column, bottom: row, right: column };
    else {
      if (row < b.top) b.top = row;
      if (row > b.bottom) b.bottom = row;
      if (column < b.left) b.left = column;
      if (column > b.right) b.right = column;
    }
  }
}

/**
 * Excel's current region around a cell: the rectangle grown while any cell bordering it
 * (diagonals included) holds something. An empty cell with empty neighbours is its own region.
 */
export function currentRegion(sheet: SheetModel, row: number, column: number): Rect {
  const used = sheet.used();
  if (!used) return { top: row, left: column, rows: 1, columns: 1 };
  let top = row, left = column, bottom = row, right = column;
  const rowHas = (r: number) => r >= used.top && r < used.top + used.rows && anyIn(r, r, Math.max(0, left - 1), right + 1);
  const columnHas = (c: number) => c >= used.left && c < used.left + used.columns && anyIn(Math.max(0, top - 1), bottom + 1, c, c);
  function anyIn(r1: number, r2: number, c1: number, c2: number): boolean {
    for (let c = c1; c <= c2; c += 1) for (let r = r1; r <= r2; r += 1) if (!sheet.isEmpty(r, c)) return true;
    return false;
  }
  for (let grew = true; grew; ) {
    grew = false;
    while (rowHas(bottom + 1)) { bottom += 1; grew = true; }
    while (top > 0 && rowHas(top - 1)) { top -= 1; grew = true; }
    while (columnHas(right + 1)) { right += 1; grew = true; }
    while (left > 0 && columnHas(left - 1)) { left -= 1; grew = true; }
  }
  return { top, left, rows: bottom - top + 1, columns: right - left + 1 };
}
