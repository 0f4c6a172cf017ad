/// <reference types="office-js" />
import { blockAddress } from "../workbook/a1";
import type { ArFormulaKey } from "../workbook/arFormulas";
import { MAX_CONFLICTS, type Conflict } from "../workbook/conflicts";
import { arColumnOfHeader, isOwnArCell } from "../workbook/ownCells";

/** A block of cells about to be written: 0-based corner and size; `key`: the AR column going there. */
export interface Target {
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  readonly key?: ArFormulaKey;
}

/** Rows of an own column read per round trip: its formulas (~80 bytes each) and values stay far below 5 MB. */
const OWN_CHUNK_ROWS = 10_000;

/**
 * The non-empty cells among the targets, at most 20, in two round trips whatever their size:
 * one asks each target for its used range (values only), one reads the first rows of those that
 * have one. Formats alone do not count: they are not the user's data. Nor do the desk's own cells
 * (`isOwnArCell`, the header too) of an AR column whose header on `headerRow` is the desk's (a
 * re-run, even from a plan made before the columns were written): such a column's formulas are
 * read in chunks of 10,000 rows to find what else is there.
 *
 * @example
 * await findConflicts(context, sheet, [{ top: 0, left: 8, rows: 120, columns: 6 }]) //=> [{ address: "Sheet1!I5", value: "note" }]
 */
export async function findConflicts(context: Excel.RequestContext, sheet: Excel.Worksheet, targets: readonly Target[], headerRow?: number): Promise<Conflict[]> {
  sheet.load("name");
  const used = targets.map((target) =>
    sheet.getRangeByIndexes(target.top, target.left, target.rows, target.columns).getUsedRangeOrNullObject(true).load("rowIndex,columnIndex,rowCount,columnCount"),
  );
  const headers = headerRow === undefined ? [] : targets.map((target) => (target.key === undefined ? null : sheet.getRangeByIndexes(headerRow, target.left, 1, 1).load("values")));
  await context.sync();
  const ownKey = (index: number): ArFormulaKey | undefined => {
    const key = targets[index]?.key;
    return key !== undefined && arColumnOfHeader(headers[index]?.values[0]?.[0]) === key ? key : undefined;
  };
  const filled = used.flatMap((range, index) => (range.isNullObject ? [] : [{ range, own: ownKey(index) }]));
  const plain = filled.filter((target) => target.own === undefined).map((target) => target.range);
  const conflicts = await plainConflicts(context, sheet, plain);
  for (const target of filled) {
    if (target.own === undefined || conflicts.length >= MAX_CONFLICTS) continue;
    conflicts.push(...(await ownConflicts(context, sheet, target.range, target.own, headerRow)));
  }
  return conflicts.slice(0, MAX_CONFLICTS);
}

async function plainConflicts(context: Excel.RequestContext, sheet: Excel.Worksheet, filled: readonly Excel.Range[]): Promise<Conflict[]> {
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
  return conflicts;
}

/** The cells of an own column's used part that are not the desk's, up to 20. */
async function ownConflicts(context: Excel.RequestContext, sheet: Excel.Worksheet, used: Excel.Range, key: ArFormulaKey, headerRow: number | undefined): Promise<Conflict[]> {
  const conflicts: Conflict[] = [];
  for (let done = 0; done < used.rowCount && conflicts.length < MAX_CONFLICTS; done += OWN_CHUNK_ROWS) {
    const count = Math.min(OWN_CHUNK_ROWS, used.rowCount - done);
    const chunk = sheet.getRangeByIndexes(used.rowIndex + done, used.columnIndex, count, used.columnCount).load("values,formulas");
    await context.sync();
    const formulas = chunk.formulas as unknown[][];
    (chunk.values as unknown[][]).forEach((row, r) =>
      row.forEach((value, c) => {
        const own = used.rowIndex + done + r === headerRow || isOwnArCell(key, formulas[r]?.[c], value);
        if (!own && value !== "" && value !== null) conflicts.push({ address: blockAddress(sheet.name, used.rowIndex + done + r, used.columnIndex + c, 1, 1), value });
      }),
    );
  }
  return conflicts;
}
