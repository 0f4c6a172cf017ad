/// <reference types="office-js" />

/** One cell as read: its value, its formula (or the value when it has none) and its number format. */
export interface CellRead {
  readonly value: unknown;
  readonly formula: unknown;
  readonly numberFormat: string;
}

/** The cells of one column on some rows, readable after the sync. */
export interface ColumnCells {
  at(row: number): CellRead;
}

/**
 * Queues a read of one column's cells on the given rows (0-based sheet coordinates): one block
 * from the first to the last row when the rows are dense, else one cell per row, so a few rows
 * scattered over a 100,000-row sheet do not move the whole column. Read `at(row)` after the sync.
 *
 * @example
 * const cells = readColumnCells(sheet, 4, [7, 9, 12]); await context.sync(); cells.at(9).value //=> "Acme"
 */
export function readColumnCells(sheet: Excel.Worksheet, column: number, rows: readonly number[], properties: readonly ("values" | "formulas" | "numberFormat")[]): ColumnCells {
  const load = properties.join(",");
  const first = Math.min(...rows);
  const span = Math.max(...rows) - first + 1;
  if (span <= rows.length * 2 + 20) {
    const block = sheet.getRangeByIndexes(first, column, span, 1).load(load);
    return { at: (row) => cellOf(block, row - first, properties) };
  }
  const cells = new Map(rows.map((row) => [row, sheet.getRangeByIndexes(row, column, 1, 1).load(load)]));
  return {
    at: (row) => {
      const cell = cells.get(row);
      if (!cell) throw new Error(`Row ${row} was not read.`);
      return cellOf(cell, 0, properties);
    },
  };
}

/** Reads only what was loaded: any other property would throw PropertyNotLoaded. */
function cellOf(range: Excel.Range, offset: number, properties: readonly string[]): CellRead {
  const has = (name: string) => properties.includes(name);
  return {
    value: has("values") ? (range.values as unknown[][])[offset]?.[0] : undefined,
    formula: has("formulas") ? (range.formulas as unknown[][])[offset]?.[0] : undefined,
    numberFormat: has("numberFormat") ? (range.numberFormat as string[][])[offset]?.[0] ?? "General" : "General",
  };
}
