import { columnLetters } from "./a1";

/** A formula with its same-row references spelled in A1, for any row: `at(row)` gives the text. */
export interface A1Formula {
  at(row: number): string;
}

/**
 * An AR formula of a plan (`ArColumnPlan`: R1C1 same-row references such as `RC6`, or Table
 * references such as `[@[Due date]]`) spelled with A1 same-row references — what a file holds,
 * where neither R1C1 nor `[@…]` can be written. Built once per column; `at(row)` (0-based) only
 * joins pieces. Null when a Table reference names no column (`headerColumn` gives a header's
 * 0-based sheet column, or null).
 *
 * @example
 * a1Formula("=AR.AGINGBUCKET(RC9)", () => null)?.at(6) //=> "=AR.AGINGBUCKET(I7)"
 * a1Formula("=AR.NEXTACTION(RC2,…,SUMIFS(R2C4:R9C4,R2C1:R9C1,RC1))", () => null)?.at(3) //=> "=AR.NEXTACTION(B4,…,SUMIFS($D$2:$D$9,$A$2:$A$9,A4))"
 * a1Formula("=AR.DAYSOVERDUE([@[Due date]],DunningAsOf)", (h) => (h === "Due date" ? 2 : null))?.at(3) //=> "=AR.DAYSOVERDUE(C4,DunningAsOf)"
 */
export function a1Formula(formula: string, headerColumn: (header: string) => number | null): A1Formula | null {
  const pieces: string[] = [];
  let missing = false;
  // Absolute references (a SUMIFS range, R5C4:R120C4) are the same on every row: spelled once.
  let rest = formula.replace(/(?<![\w.])R(\d+)C(\d+)(?![\w([])/g, (_, row: string, column: string) => `$${columnLetters(Number(column) - 1)}$${row}`);
  const reference = /\[@\[((?:'.|[^\]'])*)\]\]|(?<![\w.])RC(\d+)(?![\w(])/;
  for (let match = reference.exec(rest); match; match = reference.exec(rest)) {
    const column = match[2] !== undefined ? Number(match[2]) - 1 : headerColumn((match[1] ?? "").replace(/'(.)/g, "$1"));
    if (column === null) missing = true;
    pieces.push(rest.slice(0, match.index) + columnLetters(column ?? 0));
    rest = rest.slice(match.index + match[0].length);
  }
  if (missing) return null;
  return { at: (row) => pieces.join(String(row + 1)) + (pieces.length > 0 ? String(row + 1) : "") + rest };
}
