/*
 * The fake Excel's evaluator for the summary sheet's SUM/SUMIFS/COUNTIFS (and its share IF) and
 * the AR formulas: thin adapters over src/xlsx/summaryFormulaValue.ts and arFormulaValue.ts, so
 * the bucket table can be checked against the engine.
 */
import { isSummaryFormula, summaryFormulaValue } from "../../../src/xlsx/summaryFormulaValue";
import { evaluateArFormula, fakeCells } from "./arEvaluator";
import type { Evaluator } from "./fakeBook";

/**
 * Evaluates AR formulas and the summary's formulas; anything else reads as null.
 *
 * @example
 * createFakeExcel(state, { evaluate: evaluateWorkbookFormula })
 */
export const evaluateWorkbookFormula: Evaluator = (formula, at, book) => {
  if (!isSummaryFormula(formula.text)) return evaluateArFormula(formula, at, book);
  return summaryFormulaValue(formula.text, at, fakeCells(book));
};
