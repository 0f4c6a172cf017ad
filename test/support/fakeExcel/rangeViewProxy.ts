import { blockAddress } from "../../../src/workbook/a1";
import { estimateBytes } from "../../../src/excel/chunking";
import type { FakeContext } from "./fakeContext";
import { FakeOfficeError } from "./fakeOfficeError";
import { FakeProxy } from "./fakeProxy";
import type { Place } from "./rangeProxy";

/** Excel.RangeView: the visible cells of a range (hidden rows and columns skipped), read when the batch runs. */
export class RangeViewProxy extends FakeProxy {
  constructor(context: FakeContext, private readonly locate: () => Place) {
    super(context);
  }

  get cellAddresses(): string[][] { return this.loadedValue("cellAddresses"); }
  get values(): unknown[][] { return this.loadedValue("values"); }
  get rowCount(): number { return this.loadedValue("rowCount"); }
  get columnCount(): number { return this.loadedValue("columnCount"); }

  protected defaultProperties(): readonly string[] { return ["cellAddresses", "values", "rowCount", "columnCount"]; }

  protected read(name: string): unknown {
    const { sheet, rect } = this.locate();
    const book = this.context.book;
    const rows: number[] = [];
    for (let row = rect.top; row < rect.top + rect.rows; row += 1) if (!book.isRowHidden(sheet, row)) rows.push(row);
    const columns = Array.from({ length: rect.columns }, (_, c) => rect.left + c).filter((column) => !book.isColumnHidden(sheet, column));
    // A view with no visible column has no rows either (the cells of a hidden column are not visible).
    if (columns.length === 0) rows.length = 0;
    switch (name) {
      case "rowCount": return rows.length;
      case "columnCount": return columns.length;
      // The real format of these addresses is unverified: the fake gives "Sheet!A3" (readSelection also reads "A3", "$A$3").
      case "cellAddresses": return this.respondWith(rows.map((row) => columns.map((column) => blockAddress(sheet.name, row, column, 1, 1))));
      case "values": return this.respondWith(rows.map((row) => columns.map((column) => book.value(sheet, row, column))));
    }
    throw new FakeOfficeError("InvalidArgument", `The fake RangeView has no property '${name}'.`);
  }

  private respondWith(grid: unknown[][]): unknown[][] {
    this.context.respond(estimateBytes(grid), grid.length * (grid[0]?.length ?? 0));
    return grid;
  }
}
