import { blockAddress } from "../../../src/workbook/a1";
import { estimateBytes } from "../../../src/excel/chunking";
import type { FakeContext } from "./fakeContext";
import { deleteCellsUp } from "./deleteCells";
import { FakeOfficeError } from "./fakeOfficeError";
import { FakeProxy } from "./fakeProxy";
import { RangeViewProxy } from "./rangeViewProxy";
import { currentRegion, type Rect, type SheetModel } from "./sheetModel";

/** Where a range proxy points when its batch runs; null for a null object. */
export interface Place {
  readonly sheet: SheetModel;
  readonly rect: Rect;
}

const GRID_PROPERTIES = ["values", "numberFormat", "formulas", "formulasR1C1", "text"];

/** Excel.Range over the fake book: geometry, cell grids, and the few methods src/excel uses. */
export class RangeProxy extends FakeProxy {
  constructor(
    context: FakeContext,
    readonly locate: () => Place | null,
    nullable = false,
  ) {
    super(context);
    if (nullable) this.resolveNullAtSync(() => locate() === null);
  }

  get address(): string { return this.loadedValue("address"); }
  get rowIndex(): number { return this.loadedValue("rowIndex"); }
  get columnIndex(): number { return this.loadedValue("columnIndex"); }
  get rowCount(): number { return this.loadedValue("rowCount"); }
  get columnCount(): number { return this.loadedValue("columnCount"); }
  get cellCount(): number { return this.loadedValue("cellCount"); }
  /** True when every column of the range is hidden, false when none is, null when mixed (as Excel). */
  get columnHidden(): boolean | null { return this.loadedValue("columnHidden"); }
  get values(): unknown[][] { return this.loadedValue("values"); }
  set values(grid: unknown[][]) { this.writeGrid(grid, "values"); }
  get numberFormat(): string[][] { return this.loadedValue("numberFormat"); }
  set numberFormat(grid: string[][]) { this.writeGrid(grid, "numberFormat"); }
  get formulas(): unknown[][] { return this.loadedValue("formulas"); }
  set formulas(grid: unknown[][]) { this.writeGrid(grid, "formulas"); }
  get formulasR1C1(): unknown[][] { return this.loadedValue("formulasR1C1"); }
  set formulasR1C1(grid: unknown[][]) { this.writeGrid(grid, "formulasR1C1"); }

  getCell(row: number, column: number): RangeProxy {
    return this.derived((place) => ({ ...place, rect: { top: place.rect.top + row, left: place.rect.left + column, rows: 1, columns: 1 } }));
  }

  getColumn(column: number): RangeProxy {
    return this.derived((place) => ({ ...place, rect: { ...place.rect, left: place.rect.left + column, columns: 1 } }));
  }

  /** The visible rows of this range (hidden rows skipped). */
  getVisibleView(): RangeViewProxy {
    return new RangeViewProxy(this.context, () => this.place());
  }

  getSurroundingRegion(): RangeProxy {
    return this.derived((place) => ({ sheet: place.sheet, rect: currentRegion(place.sheet, place.rect.top, place.rect.left) }));
  }

  /** The bounding box of the cells with values or formulas inside this range (formats never count here). */
  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const place = this.place();
      return usedWithin(place);
    }, true);
  }

  /** Deletes the cells; only "Up" is modelled (see deleteCells.ts). */
  delete(shift: string): void {
    if (shift !== "Up") throw new FakeOfficeError("InvalidArgument", `The fake deletes cells with shift "Up" only, not '${shift}'.`);
    this.context.enqueue(() => {
      const { sheet, rect } = this.place();
      deleteCellsUp(this.context.book, sheet, rect);
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const { sheet, rect } = this.place();
      this.context.book.active = sheet;
      this.context.book.selection = { sheet, row: rect.top, column: rect.left };
    });
  }

  /** The place, or ItemNotFound when a null object is used as a range. */
  place(): Place {
    const place = this.locate();
    if (!place) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return place;
  }

  protected defaultProperties(): readonly string[] {
    return ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount", "values", "numberFormat", "formulas"];
  }

  protected read(name: string): unknown {
    const place = this.locate();
    if (!place) return null;
    const { sheet, rect } = place;
    switch (name) {
      case "address": return blockAddress(sheet.name, rect.top, rect.left, rect.rows, rect.columns);
      case "rowIndex": return rect.top;
      case "columnIndex": return rect.left;
      case "rowCount": return rect.rows;
      case "columnCount": return rect.columns;
      case "cellCount": return rect.rows * rect.columns;
      case "columnHidden": {
        const hidden = Array.from({ length: rect.columns }, (_, c) => this.context.book.isColumnHidden(sheet, rect.left + c));
        return hidden.every(Boolean) ? true : hidden.some(Boolean) ? null : false;
      }
    }
    if (!GRID_PROPERTIES.includes(name)) throw new FakeOfficeError("InvalidArgument", `The fake Range has no property '${name}'.`);
    const grid = this.readGrid(place, name);
    this.context.respond(estimateBytes(grid), rect.rows * rect.columns);
    return grid;
  }

  private readGrid({ sheet, rect }: Place, name: string): unknown[][] {
    const book = this.context.book;
    const grid: unknown[][] = new Array<unknown[]>(rect.rows);
    for (let r = 0; r < rect.rows; r += 1) {
      const row: unknown[] = new Array<unknown>(rect.columns);
      for (let c = 0; c < rect.columns; c += 1) {
        const [sr, sc] = [rect.top + r, rect.left + c];
        const formula = sheet.formula(sr, sc);
        if (name === "numberFormat") row[c] = sheet.format(sr, sc);
        else if ((name === "formulas" || name === "formulasR1C1") && formula) row[c] = formula.text;
        else row[c] = book.value(sheet, sr, sc);
      }
      grid[r] = row;
    }
    return grid;
  }

  private writeGrid(grid: readonly (readonly unknown[])[], name: "values" | "numberFormat" | "formulas" | "formulasR1C1"): void {
    const cells = grid.reduce((sum, row) => sum + row.length, 0);
    this.context.enqueue(() => {
      const { sheet, rect } = this.place();
      if (grid.length !== rect.rows || grid.some((row) => row.length !== rect.columns)) {
        throw new FakeOfficeError("InvalidArgument", "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
      }
      const book = this.context.book;
      const mode = name === "formulas" ? "a1" : name === "formulasR1C1" ? "r1c1" : "no";
      for (let r = 0; r < rect.rows; r += 1) {
        const row = grid[r] as readonly unknown[];
        for (let c = 0; c < rect.columns; c += 1) {
          const input = row[c];
          if (name === "numberFormat") {
            if (typeof input === "string") sheet.setFormat(rect.top + r, rect.left + c, input);
          } else book.write(sheet, rect.top + r, rect.left + c, input, mode);
        }
      }
      if (name === "formulas") book.markCalculatedColumns(sheet, rect, grid);
    }, estimateBytes(grid), cells);
  }

  private derived(map: (place: Place) => Place): RangeProxy {
    return new RangeProxy(this.context, () => map(this.place()));
  }
}

function usedWithin({ sheet, rect }: Place): Place | null {
  let top = Infinity, left = Infinity, bottom = -1, right = -1;
  const used = sheet.used();
  if (!used) return null;
  const lastRow = Math.min(rect.top + rect.rows, used.top + used.rows);
  const lastColumn = Math.min(rect.left + rect.columns, used.left + used.columns);
  for (let c = Math.max(rect.left, used.left); c < lastColumn; c += 1) {
    for (let r = Math.max(rect.top, used.top); r < lastRow; r += 1) {
      if (sheet.isEmpty(r, c)) continue;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
  }
  return bottom < 0 ? null : { sheet, rect: { top, left, rows: bottom - top + 1, columns: right - left + 1 } };
}
