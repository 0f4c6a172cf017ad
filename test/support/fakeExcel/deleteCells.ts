import type { FakeBook } from "./fakeBook";
import { FakeOfficeError } from "./fakeOfficeError";
import type { Rect, SheetModel } from "./sheetModel";

/**
 * Range.delete("Up") on the fake book: the cells below the block, in its columns, move up by its
 * height (values, formulas, formats). A Table whose whole width the block covers loses the
 * deleted body rows, or moves up when it lies below; cutting through a Table's columns fails, as
 * in Excel. The sheet's used bounds do not shrink (the fake's bounds only grow).
 *
 * @example
 * deleteCellsUp(book, sheet, { top: 2, left: 0, rows: 3, columns: 12 })
 */
export function deleteCellsUp(book: FakeBook, sheet: SheetModel, rect: Rect): void {
  const right = rect.left + rect.columns;
  const tables = book.tables.filter((table) => table.sheet === sheet && table.left < right && table.left + table.columns > rect.left && table.top + table.rows > rect.top);
  for (const table of tables) {
    const covers = table.left >= rect.left && table.left + table.columns <= right;
    const inBody = rect.top > table.top && rect.top + rect.rows <= table.top + table.rows;
    const below = table.top >= rect.top + rect.rows;
    if (!covers || !(inBody || below)) throw new FakeOfficeError("InvalidOperation", "This operation isn't allowed: it would shift cells in a table on the worksheet.");
  }
  const used = sheet.used();
  const bottom = used ? used.top + used.rows : rect.top;
  for (let c = rect.left; c < right; c += 1) {
    for (let r = rect.top; r < bottom; r += 1) {
      const from = r + rect.rows;
      const formula = sheet.formula(from, c);
      if (formula) sheet.setFormula(r, c, formula);
      else sheet.setValue(r, c, sheet.rawValue(from, c));
      sheet.setFormat(r, c, sheet.format(from, c));
    }
  }
  for (const table of tables) {
    if (table.top >= rect.top + rect.rows) table.top -= rect.rows;
    else table.rows -= rect.rows;
  }
}
