/*
 * The fake Excel's evaluator for the AR.* formulas src/excel writes: a thin adapter over
 * src/xlsx/arFormulaValue.ts (the same evaluation the .xlsx adapter caches in its files), which
 * calls the custom-function wrappers of src/functions. Other formulas read as null.
 */
import { arFormulaValue, compileArFormula, type ArFormula } from "../../../src/xlsx/arFormulaValue";
import type { FormulaCells } from "../../../src/xlsx/formulaCells";
import type { CellAt, Evaluator, FakeBook } from "./fakeBook";
import type { FakeFormula, SheetModel } from "./sheetModel";

/** R1C1 and Table formulas read the same on every row: parsed once per formula object. */
const compiled = new WeakMap<FakeFormula, ArFormula | null>();

/**
 * Evaluates AR formulas; a function's cell error becomes its code ("#VALUE!"), as the cell would show it.
 *
 * @example
 * createFakeExcel(state, { evaluate: evaluateArFormula })
 */
export const evaluateArFormula: Evaluator = (formula: FakeFormula, at: CellAt, book: FakeBook): unknown => {
  let parsed = formula.r1c1 || formula.text.includes("[@") ? compiled.get(formula) : undefined;
  if (parsed === undefined) {
    parsed = compileArFormula(formula.text, at, formula.r1c1 ? "r1c1" : "a1");
    if (formula.r1c1 || formula.text.includes("[@")) compiled.set(formula, parsed);
  }
  return parsed ? arFormulaValue(parsed, at, fakeCells(book)) : null;
};

/**
 * The fake workbook as the shared evaluators read it.
 *
 * @example
 * summaryFormulaValue("=SUM(B13:B18)", at, fakeCells(book))
 */
export function fakeCells(book: FakeBook): FormulaCells<SheetModel> {
  const block = (t: { sheet: SheetModel; top: number; left: number; rows: number; columns: number }) => ({ sheet: t.sheet, top: t.top, left: t.left, rows: t.rows, columns: t.columns });
  return {
    value: (sheet, row, column) => book.value(sheet, row, column),
    sheet: (name) => book.sheetNamed(name) ?? null,
    name: (name) => {
      const named = book.names.get(name.toLowerCase());
      return named ? { sheet: named.sheet, ...named.rect } : null;
    },
    table: (name) => {
      const table = book.tableNamed(name);
      return table ? block(table) : null;
    },
    tableAt: (sheet, row, column) => {
      const table = book.tables.find((t) => t.sheet === sheet && row > t.top && row < t.top + t.rows && column >= t.left && column < t.left + t.columns);
      return table ? block(table) : null;
    },
  };
}
