/// <reference types="office-js" />
import { blockAddress } from "../workbook/a1";
import { MAX_CONFLICTS, type Conflict } from "../workbook/conflicts";

/** A block of cells about to be written: 0-based corner and size. */
export interface Target {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * The non-empty cells among the targets, at most 20, in two round trips whatever their size:
 * one asks each target for its used range (values only), one reads the first rows of those that
 * have one. Formats alone do not count: they are not the user's data.
 *
 * @example
 * await findConflicts(context, sheet, [{ top: 0, left: 8, rows: 120, columns: 6 }]) //=> [{ address: "Sheet1!I5", value: "note" }]
 */
export async function findConflicts(context: Excel.RequestContext, sheet: Excel.Worksheet, targets: readonly Target[]): Promise<Conflict[]> {
  sheet.load("name");
  const used = targets.map((target) =>
    sheet.getRangeByIndexes(target.top, target.left, target.rows, target.columns).getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
  );
  await context.sync();
  const filled = used.filter((range) => !range.isNullObject);
  if (filled.length === 0) return [];
  const heads = filled.map((range) => {
    const head = sheet.getRangeByIndexes(range.rowIndex, range.columnIndex, Math.min(range.rowCount, MAX_CONFLICTS), range.columnCount).load("values");
    return { range, head };
  });
  await context.sync();
  const conflicts: Conflict[] = [];
  for (const { range, head } of heads) {
    (head.values as unknown[][]).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== "" && value !== null) conflicts.push({ address: blockAddress(sheet.name, range.rowIndex + r, range.columnIndex + c, 1, 1), value });
      }),
    );
  }
  return conflicts.slice(0, MAX_CONFLICTS);
}
