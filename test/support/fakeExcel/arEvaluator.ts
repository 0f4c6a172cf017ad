/*
 * An evaluator for the fake Excel that computes the AR.* formulas src/excel writes, by calling
 * the custom-function wrappers of src/functions with the arguments Excel would pass: same-row
 * R1C1 references (RC3, RC[-2]), Table references ([@[Due date]]), defined names (DunningAsOf,
 * DunningPolicy) and `name-reference` differences. Other formulas read as null. The wrappers need
 * the CustomFunctions global (test/support/customFunctionsGlobal.ts).
 */
import * as functions from "../../../src/functions/functions";
import type { CellAt, Evaluator, FakeBook } from "./fakeBook";
import type { FakeFormula } from "./sheetModel";

const arFunctions: Readonly<Record<string, (...args: never[]) => unknown>> = {
  DAYSOVERDUE: functions.daysOverdue,
  AGINGBUCKET: functions.agingBucket,
  NEXTACTION: functions.nextAction,
  ACTIONREASON: functions.actionReason,
  NEXTCONTACT: functions.nextContact,
  SETTLEOFFER: functions.settleOffer,
  COLLECTPROB: functions.collectProb,
  AGENCYNET: functions.agencyNet,
};

/**
 * Evaluates AR formulas; a function's CustomFunctions.Error becomes its code ("#VALUE!"), as the
 * cell would show it.
 *
 * @example
 * createFakeExcel(state, { evaluate: evaluateArFormula })
 */
export const evaluateArFormula: Evaluator = (formula: FakeFormula, at: CellAt, book: FakeBook): unknown => {
  const match = /^=AR\.([A-Z]+)\((.*)\)$/s.exec(formula.text);
  const run = match?.[1] ? arFunctions[match[1]] : undefined;
  if (!match || !run) return null;
  try {
    const args = splitArguments(match[2] ?? "").map((text) => argument(text.trim(), at, book));
    return (run as (...args: unknown[]) => unknown)(...args);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
    throw error;
  }
};

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

function argument(text: string, at: CellAt, book: FakeBook): unknown {
  if (text === "") return null;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const r1c1 = /^R(\[-?\d+\]|\d+)?C(\[-?\d+\]|\d+)?$/.exec(text);
  if (r1c1) return scalar(book, at, offset(r1c1[1], at.row), offset(r1c1[2], at.column));
  const structured = /^\[@\[(.*)\]\]$/s.exec(text);
  if (structured) return tableCell(book, at, (structured[1] ?? "").replace(/'(.)/g, "$1"));
  const difference = /^([A-Za-z_][\w.]*)-(.+)$/.exec(text);
  if (difference) return Number(argument(difference[1] ?? "", at, book)) - Number(argument(difference[2] ?? "", at, book));
  const named = book.names.get(text.toLowerCase());
  if (!named) throw new Error(`the evaluator cannot read ${text}`);
  const { sheet, rect } = named;
  if (rect.rows === 1 && rect.columns === 1) return scalar(book, { sheet, row: rect.top, column: rect.left }, rect.top, rect.left);
  return Array.from({ length: rect.rows }, (_, r) => Array.from({ length: rect.columns }, (_, c) => book.value(sheet, rect.top + r, rect.left + c)));
}

/** R1C1 part: absent = same, [n] = relative, n = absolute (1-based). */
function offset(part: string | undefined, here: number): number {
  if (part === undefined) return here;
  return part.startsWith("[") ? here + Number(part.slice(1, -1)) : Number(part) - 1;
}

function tableCell(book: FakeBook, at: CellAt, header: string): unknown {
  const table = book.tables.find((t) => t.sheet === at.sheet && at.row > t.top && at.row < t.top + t.rows && at.column >= t.left && at.column < t.left + t.columns);
  if (!table) throw new Error(`[@[${header}]] outside a Table`);
  for (let c = 0; c < table.columns; c += 1) {
    if (book.value(table.sheet, table.top, table.left + c) === header) return scalar(book, at, at.row, table.left + c);
  }
  throw new Error(`no Table column ${header}`);
}

/** An empty cell reaches a custom function as null (Excel on the web). */
function scalar(book: FakeBook, at: CellAt, row: number, column: number): unknown {
  const value = book.value(at.sheet, row, column);
  return value === "" ? null : value;
}
