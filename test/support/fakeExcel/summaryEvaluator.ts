/*
 * Just enough of SUM, SUMIFS and COUNTIFS for the summary sheet's live formulas: ranges as
 * 'Sheet'!$H$6:$H$27 or Table[Column], criteria as a cell of the formula's sheet (A13) matched
 * for equality. With evaluateArFormula below it, the bucket table can be checked against the engine.
 */
import { evaluateArFormula } from "./arEvaluator";
import type { CellAt, Evaluator, FakeBook } from "./fakeBook";
import type { SheetModel } from "./sheetModel";

interface Column { readonly sheet: SheetModel; readonly column: number; readonly top: number; readonly rows: number }

/**
 * Evaluates AR formulas and the summary's SUM/SUMIFS/COUNTIFS; anything else reads as null.
 *
 * @example
 * createFakeExcel(state, { evaluate: evaluateWorkbookFormula })
 */
export const evaluateWorkbookFormula: Evaluator = (formula, at, book) => {
  const match = /^=(SUMIFS|COUNTIFS|SUM)\((.*)\)$/.exec(formula.text);
  if (!match) return evaluateArFormula(formula, at, book);
  const args = (match[2] ?? "").split(",");
  const column = (text: string) => columnOf(text, at, book);
  const cells = (range: Column) => Array.from({ length: range.rows }, (_, r) => book.value(range.sheet, range.top + r, range.column));
  if (match[1] === "SUM") return cells(column(args[0] ?? "")).reduce((sum: number, value) => sum + (typeof value === "number" ? value : 0), 0);
  const criterion = book.value(at.sheet, ...cellIndex(args[match[1] === "SUMIFS" ? 2 : 1] ?? ""));
  const matches = cells(column(args[match[1] === "SUMIFS" ? 1 : 0] ?? "")).map((value) => value === criterion);
  if (match[1] === "COUNTIFS") return matches.filter(Boolean).length;
  return cells(column(args[0] ?? "")).reduce((sum: number, value, i) => sum + (matches[i] && typeof value === "number" ? value : 0), 0);
};

function columnOf(text: string, at: CellAt, book: FakeBook): Column {
  const table = /^(\w+)\[(.+)\]$/.exec(text);
  if (table) {
    const model = book.tableNamed(table[1] ?? "");
    if (!model) throw new Error(`no Table ${table[1]}`);
    const header = (table[2] ?? "").replace(/'(.)/g, "$1");
    const offset = Array.from({ length: model.columns }, (_, c) => book.value(model.sheet, model.top, model.left + c)).indexOf(header);
    return { sheet: model.sheet, column: model.left + offset, top: model.top + 1, rows: model.rows - 1 };
  }
  const ranged = /^(?:'?(.+?)'?!)?(\$?[A-Z]+\$?\d+):(\$?[A-Z]+\$?\d+)$/.exec(text);
  if (!ranged) throw new Error(`the evaluator cannot read ${text}`);
  const sheet = ranged[1] ? book.sheetNamed(ranged[1].replace(/''/g, "'")) : at.sheet;
  if (!sheet) throw new Error(`no sheet ${ranged[1]}`);
  const [top, column] = cellIndex(ranged[2] ?? "");
  const [bottom] = cellIndex(ranged[3] ?? "");
  return { sheet, column, top, rows: bottom - top + 1 };
}

function cellIndex(address: string): [number, number] {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.trim());
  const column = [...(match?.[1] ?? "A")].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return [Number(match?.[2] ?? 1) - 1, column];
}
