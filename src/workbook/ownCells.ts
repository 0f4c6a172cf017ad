/*
 * Which cells are the desk's own: the one place that decides it, for both adapters, the pane and
 * the command line. A cell is the desk's when its column's header is an AR header and the cell
 * holds a formula of that column's family (the AR function the desk writes there, however the
 * formula is spelled: `=AR.NEXTACTION(…)` in Excel, `_xldudf_AR_NEXTACTION(…)` in a file, lower
 * case after LibreOffice saved it, the `.EACH` array form). Re-running refreshes such cells
 * without asking; anything else in the way is the user's.
 */
import type { ArFormulaKey } from "./arFormulas";

/** The headers of the AR columns, in the order they are written. */
export const arHeaders: Readonly<Record<ArFormulaKey, string>> = {
  daysOverdue: "Days overdue",
  bucket: "Bucket",
  nextAction: "Next action",
  reason: "Reason",
  settleOffer: "Settle offer",
  nextContact: "Next contact",
};

/** The AR function each column calls (its formula family). */
const FAMILY: Readonly<Record<string, ArFormulaKey>> = {
  DAYSOVERDUE: "daysOverdue",
  AGINGBUCKET: "bucket",
  NEXTACTION: "nextAction",
  ACTIONREASON: "reason",
  // Settle offer: STEPOFFER since issue 12; a workbook written before holds SETTLEOFFER, refreshed to it.
  SETTLEOFFER: "settleOffer",
  STEPOFFER: "settleOffer",
  NEXTCONTACT: "nextContact",
};

/** The Next action of a repeated invoice's row ("Duplicate of row 7", `planArColumns`). */
export const REPEAT_MARK = /^Duplicate of row \d+$/;

/** How many rows below a header are looked at for the column's first formula. */
export const OWN_COLUMN_PROBE_ROWS = 40;

/**
 * The AR column a formula belongs to: the AR function it starts with, in any of its spellings,
 * or null for anything else (a value, the user's own formula).
 *
 * @example
 * arFormulaFamily("=AR.NEXTACTION(RC3,RC5,,,,,DunningAsOf,DunningPolicy)") //=> "nextAction"
 * arFormulaFamily("_xldudf_ar_agingbucket(G5)")                           //=> "bucket"
 * arFormulaFamily("=SUM(A1:A3)")                                          //=> null
 */
export function arFormulaFamily(formula: unknown): ArFormulaKey | null {
  if (typeof formula !== "string") return null;
  const match = /^=?\s*(?:AR\.|_xldudf_AR_)([A-Z]+)(?:[._]EACH)?\(/i.exec(formula.trim());
  return match?.[1] ? FAMILY[match[1].toUpperCase()] ?? null : null;
}

/**
 * The AR column a header names: "Days overdue", or the "Days overdue (AR)" the desk writes beside
 * a sheet's own column of that name; spaces and case folded.
 *
 * @example
 * arColumnOfHeader("Next action")         //=> "nextAction"
 * arColumnOfHeader("days overdue (AR)")   //=> "daysOverdue"
 * arColumnOfHeader("Customer")            //=> null
 */
export function arColumnOfHeader(header: unknown): ArFormulaKey | null {
  if (typeof header !== "string") return null;
  const folded = fold(header).replace(/ \(ar\)$/, "");
  const found = (Object.keys(arHeaders) as ArFormulaKey[]).find((key) => fold(arHeaders[key]) === folded);
  return found ?? null;
}

/**
 * Whether a cell of an AR column is the desk's to refresh: empty, or a formula of the column's
 * family. A value typed over a formula, or the user's own formula, is not.
 *
 * @example
 * isOwnArCell("nextAction", "=AR.NEXTACTION(RC3,RC5)", "Reminder") //=> true
 * isOwnArCell("nextAction", null, "call Monday")                   //=> false
 */
export function isOwnArCell(key: ArFormulaKey, formula: unknown, value: unknown): boolean {
  if (arFormulaFamily(formula) === key) return true;
  // The mark the desk writes on a repeated invoice's row (issue 12): its own, refreshed like a formula.
  if (key === "nextAction" && typeof value === "string" && REPEAT_MARK.test(value) && (formula === value || formula === null || formula === undefined || formula === "")) return true;
  return (formula === null || formula === undefined || formula === "") && (value === null || value === undefined || value === "");
}

/**
 * The columns of a block that the desk wrote (0-based within it): an AR header in the first rows
 * whose first formula below it is of the header's family (a value typed over one cell does not
 * change whose column it is; a sheet's own "Days overdue" of values or its own formulas is not the desk's). Only the first
 * `OWN_COLUMN_PROBE_ROWS` rows are needed (the header search looks no further), so an adapter
 * reads formulas for those rows only.
 *
 * @param values - the block's first rows (values)
 * @param formulas - formulas of the same cells ("" or null where none), as far as read
 *
 * @example
 * ownArColumns([["Customer", "Days overdue"], ["Acme", 12]], [["", ""], ["", "=AR.DAYSOVERDUE(RC3,DunningAsOf)"]]) //=> [1]
 */
export function ownArColumns(values: readonly (readonly unknown[])[], formulas: readonly (readonly unknown[])[]): number[] {
  const own = new Set<number>();
  const rows = Math.min(values.length, formulas.length);
  for (let row = 0; row < rows; row += 1) {
    (values[row] ?? []).forEach((header, column) => {
      const key = arColumnOfHeader(header);
      if (key === null || own.has(column)) return;
      const below = firstFormulaBelow(formulas, row, column);
      if (below !== null && arFormulaFamily(below) === key) own.add(column);
    });
  }
  return [...own].sort((a, b) => a - b);
}

/**
 * The values with the desk's own columns blanked, for the header search: the desk's "Days
 * overdue" or "Next contact" is never mapped as the list's own field.
 *
 * @example
 * withoutOwnColumns([["Customer", "Days overdue"]], [1]) //=> [["Customer", ""]]
 */
export function withoutOwnColumns(values: readonly (readonly unknown[])[], ownColumns: readonly number[] | undefined): readonly (readonly unknown[])[] {
  if (!ownColumns || ownColumns.length === 0) return values;
  const own = new Set(ownColumns);
  return values.map((row) => row.map((value, column) => (own.has(column) ? "" : value)));
}

/** The first formula below a header (Excel hands a cell without one over as its value), or null. */
function firstFormulaBelow(formulas: readonly (readonly unknown[])[], row: number, column: number): string | null {
  for (let below = row + 1; below < formulas.length; below += 1) {
    const cell = formulas[below]?.[column];
    if (typeof cell === "string" && cell.startsWith("=") && cell.length > 1) return cell;
  }
  return null;
}

function fold(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}
