/*
 * Just enough of SUM, SUMIFS, COUNTIFS and the summary's IF(…>0,(…)/…,"") to compute the summary
 * sheet's live formulas (src/workbook/summaryLayout.ts): ranges as 'Sheet'!$H$6:$H$27, B13:B18 or
 * Table[Column], criteria as a cell of the formula's sheet or a quoted text ("EUR"), matched for
 * equality, as many criterion pairs as the formula has.
 */
import type { FormulaAt, FormulaCells, SheetBlock } from "./formulaCells";

/** The summary formulas this module computes. */
const SUMMARY_FORMULA = /^=?(SUMIFS|COUNTIFS|SUM)\((.*)\)$/;
const SHARE_FORMULA = /^=?IF\((\$?[A-Z]+\$?\d+)>0,\((.*)\)\/(\$?[A-Z]+\$?\d+),""\)$/;

/**
 * Whether a formula is one `summaryFormulaValue` computes.
 *
 * @example
 * isSummaryFormula("=SUM(B13:B18)") //=> true
 */
export function isSummaryFormula(text: string): boolean {
  return SUMMARY_FORMULA.test(text) || SHARE_FORMULA.test(text);
}

/**
 * The value of a summary formula at a cell (numbers; "" for the share of an empty total).
 *
 * @example
 * summaryFormulaValue("=COUNTIFS(AR!$J$2:$J$120,A13)", { sheet, row: 12, column: 2 }, cells) //=> 14
 */
export function summaryFormulaValue<S>(text: string, at: FormulaAt<S>, cells: FormulaCells<S>, memo: ColumnMemo<S> = new Map()): unknown {
  const share = SHARE_FORMULA.exec(text);
  if (share) {
    const cell = (address: string) => Number(cells.value(at.sheet, ...cellIndex(address)) || 0);
    const total = cell(share[3] ?? "");
    if (!(cell(share[1] ?? "") > 0)) return "";
    return (share[2] ?? "").split("+").reduce((sum, address) => sum + (/^\d+$/.test(address) ? Number(address) : cell(address)), 0) / total;
  }
  const match = SUMMARY_FORMULA.exec(text);
  if (!match) throw new Error(`not a summary formula: ${text}`);
  const args = (match[2] ?? "").split(",");
  const column = (part: string) => columnOf(part, at, cells);
  const values = (range: SheetBlock<S>) => columnValues(range, at, cells, memo);
  if (match[1] === "SUM") return values(column(args[0] ?? "")).reduce((sum: number, value) => sum + (typeof value === "number" ? value : 0), 0);
  // Criterion pairs (range, criterion) after SUMIFS' sum range; a row counts when every pair matches.
  const pairs = args.slice(match[1] === "SUMIFS" ? 1 : 0);
  let matches: boolean[] | null = null;
  for (let pair = 0; pair + 1 < pairs.length; pair += 2) {
    const criterion = criterionValue(pairs[pair + 1] ?? "", at, cells);
    const each = values(column(pairs[pair] ?? "")).map((value) => value === criterion);
    matches = matches === null ? each : matches.map((both, i) => both && (each[i] ?? false));
  }
  matches ??= [];
  if (match[1] === "COUNTIFS") return matches.filter(Boolean).length;
  return values(column(args[0] ?? "")).reduce((sum: number, value, i) => sum + (matches[i] && typeof value === "number" ? value : 0), 0);
}

/**
 * Columns read on other sheets than the formula's, kept over one calculation pass: the bucket
 * table's SUMIFS and COUNTIFS read the same 100,000-row Balance and Bucket columns a dozen times.
 * The formula's own sheet is always read afresh (the totals add cells computed in the same pass).
 */
export type ColumnMemo<S> = Map<S, Map<string, unknown[]>>;

function columnValues<S>(range: SheetBlock<S>, at: FormulaAt<S>, cells: FormulaCells<S>, memo: ColumnMemo<S>): unknown[] {
  const read = () => Array.from({ length: range.rows }, (_, r) => cells.value(range.sheet, range.top + r, range.left));
  if (range.sheet === at.sheet) return read();
  const key = `${range.top},${range.left},${range.rows}`;
  let sheet = memo.get(range.sheet);
  if (!sheet) memo.set(range.sheet, (sheet = new Map<string, unknown[]>()));
  let column = sheet.get(key);
  if (!column) sheet.set(key, (column = read()));
  return column;
}

function columnOf<S>(text: string, at: FormulaAt<S>, cells: FormulaCells<S>): SheetBlock<S> {
  const table = /^(\w+)\[(.+)\]$/.exec(text);
  if (table) {
    const model = cells.table(table[1] ?? "");
    if (!model) throw new Error(`no Table ${table[1]}`);
    const header = (table[2] ?? "").replace(/'(.)/g, "$1");
    const offset = Array.from({ length: model.columns }, (_, c) => cells.value(model.sheet, model.top, model.left + c)).indexOf(header);
    return { sheet: model.sheet, left: model.left + offset, top: model.top + 1, rows: model.rows - 1, columns: 1 };
  }
  // One invoice makes the column a single cell ('Aging'!$G$6), not a range.
  const ranged = /^(?:'?(.+?)'?!)?(\$?[A-Z]+\$?\d+)(?::(\$?[A-Z]+\$?\d+))?$/.exec(text);
  if (!ranged) throw new Error(`cannot read the range ${text}`);
  const sheet = ranged[1] ? cells.sheet(ranged[1].replace(/''/g, "'")) : at.sheet;
  if (sheet === null) throw new Error(`no sheet ${ranged[1]}`);
  const [top, left] = cellIndex(ranged[2] ?? "");
  const [bottom] = cellIndex(ranged[3] ?? ranged[2] ?? "");
  return { sheet, left, top, rows: bottom - top + 1, columns: 1 };
}

/** A criterion: a quoted text ("EUR") or a cell of the formula's sheet. */
function criterionValue<S>(text: string, at: FormulaAt<S>, cells: FormulaCells<S>): unknown {
  const quoted = /^"(.*)"$/.exec(text.trim());
  return quoted ? (quoted[1] ?? "") : cells.value(at.sheet, ...cellIndex(text));
}

function cellIndex(address: string): [number, number] {
  const match = /^\$?([A-Z]+)\$?(\d+)$/.exec(address.trim());
  const column = [...(match?.[1] ?? "A")].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return [Number(match?.[2] ?? 1) - 1, column];
}
