/*
 * Computes the AR.* formulas Dunning Desk writes by calling the custom-function wrappers of
 * src/functions — the code Excel runs — with the arguments Excel would pass. One parse per
 * formula (`compileArFormula`), one evaluation per row (`arFormulaValue`): references are kept
 * relative to the cell the formula was parsed at, so a column's formula is parsed once.
 */
import * as functions from "../functions/functions";
import type { FormulaAt, FormulaCells } from "./formulaCells";

type ArFunction = (...args: unknown[]) => unknown;

const arFunctions: Readonly<Record<string, ArFunction>> = {
  DAYSOVERDUE: functions.daysOverdue as ArFunction,
  AGINGBUCKET: functions.agingBucket as ArFunction,
  NEXTACTION: functions.nextAction as ArFunction,
  ACTIONREASON: functions.actionReason as ArFunction,
  NEXTCONTACT: functions.nextContact as ArFunction,
  SETTLEOFFER: functions.settleOffer as ArFunction,
  STEPOFFER: functions.stepOffer as ArFunction,
  COLLECTPROB: functions.collectProb as ArFunction,
  AGENCYNET: functions.agencyNet as ArFunction,
};

/** A row or column reference: relative (added to the formula's own) or absolute (0-based). */
interface Offset {
  readonly relative: boolean;
  readonly value: number;
}

/** One argument of a call, parsed. */
export type ArArgument =
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "text"; readonly value: string }
  | { readonly kind: "cell"; readonly row: Offset; readonly column: Offset }
  | { readonly kind: "tableColumn"; readonly header: string }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "table"; readonly name: string }
  | { readonly kind: "difference"; readonly left: ArArgument; readonly right: ArArgument }
  | { readonly kind: "join"; readonly left: ArArgument; readonly right: ArArgument }
  | { readonly kind: "sumifs"; readonly sum: ArRange; readonly criteria: readonly { readonly range: ArRange; readonly criterion: ArArgument }[] };

/** A range SUMIFS reads: rows of one column of the formula's sheet, or a Table's column (its data rows). */
export type ArRange =
  | { readonly kind: "rows"; readonly top: number; readonly bottom: number; readonly column: number }
  | { readonly kind: "tableColumn"; readonly table: string; readonly header: string };

/** A parsed AR formula: the wrapper to call and its arguments. */
export interface ArFormula {
  readonly name: string;
  readonly run: ArFunction;
  readonly args: readonly ArArgument[];
}

/**
 * Parses an AR formula written at a cell: A1 references (F7, $F$7) or, with `notation` "r1c1",
 * R1C1 ones (RC6, RC[-2]), Table references ([@[Due date]], or Invoices[[#This Row],[Due date]] as a
 * file spells it; a whole `Table[#All]`), defined names and `name-reference` differences;
 * either file spelling (`AR.NAME(` or `_xldudf_AR_NAME(`). Null for any other formula.
 *
 * @example
 * compileArFormula("=AR.DAYSOVERDUE(F7,DunningAsOf,DunningPolicy)", { row: 6, column: 9 })?.args[0]
 * //=> { kind: "cell", row: { relative: true, value: 0 }, column: { relative: false, value: 5 } }
 */
export function compileArFormula(text: string, at: { readonly row: number; readonly column: number }, notation: "a1" | "r1c1" = "a1"): ArFormula | null {
  const match = /^=?(?:AR\.|_xldudf_AR_)([A-Z]+)\((.*)\)$/is.exec(text.trim());
  const name = match?.[1]?.toUpperCase() ?? "";
  const run = arFunctions[name];
  if (!match || !run) return null;
  const args = splitArguments(match[2] ?? "").map((part) => parseArgument(part.trim(), at, notation));
  return args.includes(null) ? null : { name, run, args: args as ArArgument[] };
}

/**
 * Evaluates a parsed AR formula at a cell; a cell error the wrapper raises becomes its code
 * ("#VALUE!"), as the cell shows it. `names` caches defined names' values over one pass.
 *
 * @example
 * arFormulaValue(compileArFormula("=AR.AGINGBUCKET(J7)", { row: 6, column: 10 })!, { sheet, row: 6, column: 10 }, cells) //=> "31-60"
 */
export function arFormulaValue<S>(formula: ArFormula, at: FormulaAt<S>, cells: FormulaCells<S>, names: Map<string, unknown> = new Map()): unknown {
  try {
    return formula.run(...formula.args.map((arg) => argumentValue(arg, at, cells, names)));
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
    throw error;
  }
}

function argumentValue<S>(arg: ArArgument, at: FormulaAt<S>, cells: FormulaCells<S>, names: Map<string, unknown>): unknown {
  switch (arg.kind) {
    case "empty":
      return null;
    case "number":
    case "text":
      return arg.value;
    case "cell":
      return scalar(cells.value(at.sheet, place(arg.row, at.row), place(arg.column, at.column)));
    case "tableColumn":
      return tableCell(arg.header, at, cells);
    case "difference":
      return Number(argumentValue(arg.left, at, cells, names)) - Number(argumentValue(arg.right, at, cells, names));
    case "name":
      return nameValue(arg.name, cells, names);
    case "table":
      return tableValue(arg.name, cells, names);
    case "join":
      return `${joinText(argumentValue(arg.left, at, cells, names))}${STATUS_JOIN}${joinText(argumentValue(arg.right, at, cells, names))}`;
    case "sumifs":
      return sumifsValue(arg, at, cells, names, (criterion) => argumentValue(criterion, at, cells, names));
  }
}

function nameValue<S>(name: string, cells: FormulaCells<S>, names: Map<string, unknown>): unknown {
  const key = name.toLowerCase();
  if (names.has(key)) return names.get(key);
  const block = cells.name(name);
  // Excel shows #NAME? for a name the workbook lacks (the policy sheet not written yet).
  if (!block) throw Object.assign(new Error(`the workbook has no name ${name}`), { code: "#NAME?" });
  const read = (r: number, c: number) => cells.value(block.sheet, block.top + r, block.left + c);
  const value = block.rows === 1 && block.columns === 1 ? scalar(read(0, 0)) : Array.from({ length: block.rows }, (_, r) => Array.from({ length: block.columns }, (_, c) => read(r, c)));
  names.set(key, value);
  return value;
}

/** `Table[#All]`: the whole Table, header row included (the policy table with its named sets). */
function tableValue<S>(name: string, cells: FormulaCells<S>, names: Map<string, unknown>): unknown {
  const key = `${name.toLowerCase()}[#all]`;
  if (names.has(key)) return names.get(key);
  const block = cells.table(name);
  if (!block) throw Object.assign(new Error(`the workbook has no Table ${name}`), { code: "#REF!" });
  const value = Array.from({ length: block.rows }, (_, r) => Array.from({ length: block.columns }, (_, c) => scalar(cells.value(block.sheet, block.top + r, block.left + c))));
  names.set(key, value);
  return value;
}

function tableCell<S>(header: string, at: FormulaAt<S>, cells: FormulaCells<S>): unknown {
  const table = cells.tableAt(at.sheet, at.row, at.column);
  if (!table) throw new Error(`[@[${header}]] outside a Table`);
  for (let c = 0; c < table.columns; c += 1) {
    if (cells.value(table.sheet, table.top, table.left + c) === header) return scalar(cells.value(at.sheet, at.row, table.left + c));
  }
  throw new Error(`no Table column ${header}`);
}

/** What the desk puts between the Status and Dunning status cells in the status argument (arFormulas). */
const STATUS_JOIN = "; ";

/** A cell as `&` turns it into text (empty → ""). */
function joinText(value: unknown): string {
  return value === null || value === undefined ? "" : typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : "";
}

/** An empty cell reaches a custom function as null (Excel on the web). */
function scalar(value: unknown): unknown {
  return value === "" ? null : value;
}

function place(offset: Offset, here: number): number {
  return offset.relative ? here + offset.value : offset.value;
}

function parseArgument(text: string, at: { readonly row: number; readonly column: number }, notation: "a1" | "r1c1"): ArArgument | null {
  if (text === "") return { kind: "empty" };
  // The customer total the desk writes (customerTotalFormula): SUMIFS(balances, customers, this row's customer[, currencies, this row's currency]).
  const sumifs = /^SUMIFS\((.*)\)$/is.exec(text);
  if (sumifs) return parseSumifs(splitArguments(sumifs[1] ?? "").map((part) => part.trim()), at, notation);
  if (/^-?\d+(\.\d+)?$/.test(text)) return { kind: "number", value: Number(text) };
  // Status & "; " & Dunning status: the one text join the desk writes (arFormulas).
  const join = /^(.+?)&"; "&(.+)$/.exec(text);
  if (join) {
    const left = parseArgument(join[1] ?? "", at, notation);
    const right = parseArgument(join[2] ?? "", at, notation);
    return left && right ? { kind: "join", left, right } : null;
  }
  // The only text the desk writes into an AR formula: a currency code ("IDR").
  const quoted = /^"([A-Z]{3})"$/.exec(text);
  if (quoted) return { kind: "text", value: quoted[1] ?? "" };
  // "RC6" is a cell in either notation: the writer says which.
  const a1 = notation === "a1" ? /^(\$?)([A-Z]{1,3})(\$?)(\d+)$/.exec(text) : null;
  if (a1) {
    const column = [...(a1[2] ?? "")].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
    const row = Number(a1[4]) - 1;
    return { kind: "cell", row: a1[3] ? { relative: false, value: row } : { relative: true, value: row - at.row }, column: a1[1] ? { relative: false, value: column } : { relative: true, value: column - at.column } };
  }
  const r1c1 = /^R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?$/.exec(text);
  if (r1c1) return { kind: "cell", row: r1c1Offset(r1c1[1]), column: r1c1Offset(r1c1[2]) };
  const wholeTable = /^([A-Za-z_][\w.]*)\[#All\]$/i.exec(text);
  if (wholeTable) return { kind: "table", name: wholeTable[1] ?? "" };
  const structured = /^\[@\[(.*)\]\]$/s.exec(text);
  if (structured) return { kind: "tableColumn", header: (structured[1] ?? "").replace(/'(.)/g, "$1") };
  // The same reference as a file spells it (a calculated column's cells): Invoices[[#This Row],[Due date]].
  const thisRow = /^[A-Za-z_\\][\w.]*\[\[#This Row\],\[(.*)\]\]$/is.exec(text);
  if (thisRow) return { kind: "tableColumn", header: (thisRow[1] ?? "").replace(/'(.)/g, "$1") };
  const difference = /^([A-Za-z_][\w.]*)-(.+)$/.exec(text);
  if (difference) {
    const left = parseArgument(difference[1] ?? "", at, notation);
    const right = parseArgument(difference[2] ?? "", at, notation);
    return left && right ? { kind: "difference", left, right } : null;
  }
  return /^[A-Za-z_][\w.]*$/.test(text) ? { kind: "name", name: text } : null;
}

function parseSumifs(parts: readonly string[], at: { readonly row: number; readonly column: number }, notation: "a1" | "r1c1"): ArArgument | null {
  const sum = parseRange(parts[0] ?? "");
  if (sum === null || parts.length < 3 || parts.length % 2 === 0) return null;
  const criteria: { range: ArRange; criterion: ArArgument }[] = [];
  for (let index = 1; index + 1 < parts.length; index += 2) {
    const range = parseRange(parts[index] ?? "");
    const criterion = parseArgument(parts[index + 1] ?? "", at, notation);
    if (range === null || criterion === null || criterion.kind === "sumifs") return null;
    criteria.push({ range, criterion });
  }
  return { kind: "sumifs", sum, criteria };
}

/** `$E$2:$E$120` (a file), `R2C5:R120C5` (R1C1), or `Invoices[[Balance]]` / `Invoices[Balance]`. */
function parseRange(text: string): ArRange | null {
  const a1 = /^\$([A-Z]{1,3})\$(\d+):\$([A-Z]{1,3})\$(\d+)$/.exec(text);
  if (a1 && a1[1] === a1[3]) return { kind: "rows", top: Number(a1[2]) - 1, bottom: Number(a1[4]) - 1, column: columnIndex(a1[1] ?? "") };
  const r1c1 = /^R(\d+)C(\d+):R(\d+)C(\d+)$/.exec(text);
  if (r1c1 && r1c1[2] === r1c1[4]) return { kind: "rows", top: Number(r1c1[1]) - 1, bottom: Number(r1c1[3]) - 1, column: Number(r1c1[2]) - 1 };
  const table = /^([A-Za-z_\\][\w.]*)\[(?:\[((?:'.|[^\]'])*)\]|((?:'.|[^\]'[#@])*))\]$/.exec(text);
  if (table) return { kind: "tableColumn", table: table[1] ?? "", header: (table[2] ?? table[3] ?? "").replace(/'(.)/g, "$1") };
  return null;
}

function columnIndex(letters: string): number {
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}

/**
 * SUMIFS as Excel computes it for the desk's customer totals: the numbers of the sum range on
 * the rows where every criterion matches, a criterion matching case-insensitively (a number as
 * its text). Each range's rows are grouped once per pass (kept in `names`), so a column of
 * 100,000 totals reads the list once, not once per row. A criterion Excel would read as a pattern
 * or a comparison is not one the desk writes: such a row's total is left out (null, the
 * function's "not given").
 */
function sumifsValue<S>(arg: Extract<ArArgument, { kind: "sumifs" }>, at: FormulaAt<S>, cells: FormulaCells<S>, names: Map<string, unknown>, valueOf: (criterion: ArArgument) => unknown): number | null {
  const keys = arg.criteria.map(({ criterion }) => valueOf(criterion));
  if (keys.some((key) => !plainCriterion(key))) return null;
  let cacheKey = rangeKeys.get(arg);
  if (cacheKey === undefined) {
    cacheKey = `sumifs\u0000${JSON.stringify([arg.sum, arg.criteria.map((item) => item.range)])}`;
    rangeKeys.set(arg, cacheKey);
  }
  let totals = names.get(cacheKey) as Map<string, number> | undefined;
  if (totals === undefined) {
    totals = new Map();
    const sums = rangeValues(arg.sum, at, cells);
    const columns = arg.criteria.map(({ range }) => rangeValues(range, at, cells));
    sums.forEach((value, row) => {
      if (typeof value !== "number" || !Number.isFinite(value)) return;
      const key = columns.map((column) => criterionKey(column[row])).join("\u0000");
      totals?.set(key, (totals.get(key) ?? 0) + value);
    });
    names.set(cacheKey, totals);
  }
  return totals.get(keys.map(criterionKey).join("\u0000")) ?? 0;
}

/** Each parsed SUMIFS's ranges as one key (the four ladder columns share one grouping per pass). */
const rangeKeys = new WeakMap<object, string>();

function rangeValues<S>(range: ArRange, at: FormulaAt<S>, cells: FormulaCells<S>): unknown[] {
  if (range.kind === "rows") return Array.from({ length: Math.max(0, range.bottom - range.top + 1) }, (_, r) => cells.value(at.sheet, range.top + r, range.column));
  const table = cells.table(range.table);
  if (!table) throw Object.assign(new Error(`the workbook has no Table ${range.table}`), { code: "#REF!" });
  let column = -1;
  for (let c = 0; c < table.columns && column < 0; c += 1) if (cells.value(table.sheet, table.top, table.left + c) === range.header) column = table.left + c;
  if (column < 0) throw Object.assign(new Error(`no Table column ${range.header}`), { code: "#REF!" });
  return Array.from({ length: table.rows - 1 }, (_, r) => cells.value(table.sheet, table.top + 1 + r, column));
}

function plainCriterion(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "string" && value !== "" && !/[*?~]/.test(value) && !/^[<>=]/.test(value);
}

/** How SUMIFS compares a criterion with a cell: case folded, a number as its text. */
function criterionKey(value: unknown): string {
  return typeof value === "number" ? String(value) : typeof value === "string" ? value.toLowerCase() : "";
}

/** R1C1 part: absent = same, [n] = relative, n = absolute (1-based). */
function r1c1Offset(part: string | undefined): Offset {
  if (part === undefined) return { relative: true, value: 0 };
  return part.startsWith("[") ? { relative: true, value: Number(part.slice(1, -1)) } : { relative: false, value: Number(part) - 1 };
}

function splitArguments(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const char of text) {
    if (char === "[" || char === "(") depth += 1;
    if (char === "]" || char === ")") depth -= 1;
    if (char === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts;
}
