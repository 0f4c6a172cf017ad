import type { TableModel } from "./fakeBook";
import type { FakeContext } from "./fakeContext";
import { FakeOfficeError } from "./fakeOfficeError";
import { RangeProxy } from "./rangeProxy";

/** Excel.TableRow: one body row of a Table (0-based index below the header), found when the batch runs. */
export class TableRowProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly table: () => TableModel,
    private readonly index: () => number,
  ) {}

  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { table, row } = this.locate();
      return { sheet: table.sheet, rect: { top: table.top + 1 + row, left: table.left, rows: 1, columns: table.columns } };
    });
  }

  /** Deletes the row: the Table's rows below move up (cells outside the Table stay, unlike Excel's shift of the cells below). */
  delete(): void {
    this.context.enqueue(() => {
      const { table, row } = this.locate();
      const { sheet } = table;
      const last = table.top + table.rows - 1;
      for (let r = table.top + 1 + row; r <= last; r += 1) {
        for (let c = table.left; c < table.left + table.columns; c += 1) {
          const formula = r < last ? sheet.formula(r + 1, c) : undefined;
          if (formula) sheet.setFormula(r, c, formula);
          else sheet.setValue(r, c, r < last ? sheet.rawValue(r + 1, c) : undefined);
          sheet.setFormat(r, c, r < last ? sheet.format(r + 1, c) : "General");
        }
      }
      table.rows -= 1;
    });
  }

  private locate(): { table: TableModel; row: number } {
    const table = this.table();
    const row = this.index();
    if (row < 0 || row >= table.rows - 1) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return { table, row };
  }
}
