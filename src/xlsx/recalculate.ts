import type ExcelJS from "exceljs";
import { formulaText } from "./apiValue";
import { arFormulaValue, compileArFormula, type ArFormula } from "./arFormulaValue";
import { cachedResult } from "./cachedResult";
import { shownFormula } from "./customFunctionSpelling";
import type { FileBook } from "./fileBook";
import { fileCells } from "./fileCells";
import { isSummaryFormula, summaryFormulaValue, type ColumnMemo } from "./summaryFormulaValue";

const FORMULA = 6; // ExcelJS ValueType.Formula
/** A relative A1 reference (no `$` before the row): its column part and row number. */
const RELATIVE_REFERENCE = /(\$?[A-Z]{1,3})(\d+)(?![\d(])/g;

/**
 * Recomputes the cached results of the desk's own formulas — the AR functions (known by what they
 * are: one AR call) and the summary formulas the desk wrote in this session — as a spreadsheet
 * recalculates after an edit. Nobody else's formula is evaluated: a user's SUM or COUNTIFS keeps
 * the cached result its own spreadsheet program computed (issue 13). After
 * "Mark as sent" changed last contact and reminder counts, or the policy sheet changed, the file
 * must not keep showing yesterday's next action. AR formulas go row by row, left to right (their
 * only formula inputs are AR columns to their left: Bucket and Settle offer read Days overdue);
 * then the summary formulas, bottom up, twice (its totals add the bucket rows below them). A
 * column's formula is parsed once: rows whose formula differs only in its own row number share it.
 *
 * @example
 * recalculate(book) // after recordContacts: Next action on the marked rows now says "Wait"
 */
export function recalculate(book: FileBook): void {
  const cells = fileCells(book);
  const names = new Map<string, unknown>();
  const summaries: { sheet: ExcelJS.Worksheet; cell: ExcelJS.Cell; text: string }[] = [];
  const parsed = new Map<string, { formula: ArFormula | null; row: number }>();
  for (const sheet of book.workbook.worksheets) {
    sheet.eachRow((row, rowNumber) => {
      row.eachCell((cell, columnNumber) => {
        if (Number(cell.type) !== FORMULA) return;
        // cell.formula also gives a shared formula (Excel's fill-down) its own row's text.
        const text = shownFormula(cell.formula || (formulaText(cell.value) ?? ""));
        if (isSummaryFormula(text)) {
          if (book.written.has(sheet, rowNumber - 1, columnNumber - 1)) summaries.push({ sheet, cell, text });
          return;
        }
        const at = { sheet, row: rowNumber - 1, column: columnNumber - 1 };
        const compiled = compiledAt(parsed, text, at);
        if (compiled) book.setResult(cell, cachedResult(arFormulaValue(compiled, at, cells, names)));
      });
    });
  }
  const memo: ColumnMemo<ExcelJS.Worksheet> = new Map(); // read after the AR pass: the columns hold their new results
  for (let pass = 0; pass < 2; pass += 1) {
    for (const { sheet, cell, text } of [...summaries].reverse()) {
      const at = { sheet, row: Number(cell.row) - 1, column: Number(cell.col) - 1 };
      book.setResult(cell, cachedResult(summaryFormulaValue(text, at, cells, memo)));
    }
  }
}

/** The parsed formula of a cell, from the cache when the same formula was parsed on another row. */
function compiledAt(parsed: Map<string, { formula: ArFormula | null; row: number }>, text: string, at: { row: number; column: number }): ArFormula | null {
  const ownRow = String(at.row + 1);
  const key = `${at.column}:${text.replace(RELATIVE_REFERENCE, (reference, column: string, row: string) => (row === ownRow ? `${column}#` : reference))}`;
  const known = parsed.get(key);
  if (known) return known.formula;
  const formula = compileArFormula(text, at);
  parsed.set(key, { formula, row: at.row });
  return formula;
}
