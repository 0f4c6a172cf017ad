/*
 * How a file spells a Table's this-row reference. Excel shows `[@[Due date]]` but saves
 * `Invoices[[#This Row],[Due date]]`, in a calculated column's `<calculatedColumnFormula>` and in
 * its cells alike (Excel 2010 and later; the `[@…]` form exists only on screen).
 */

const SHOWN_THIS_ROW = /\[@\[((?:'.|[^\]'])*)\]\]/g;
const FILE_THIS_ROW = /(?<![\w.\]])([A-Za-z_\\][\w.]*)\[\[#This Row\],\[((?:'.|[^\]'])*)\]\]/gi;

/**
 * A formula with Table references as the file holds them.
 *
 * @example
 * fileTableFormula("_xldudf_AR_DAYSOVERDUE([@[Due date]],DunningAsOf)", "Invoices") //=> "_xldudf_AR_DAYSOVERDUE(Invoices[[#This Row],[Due date]],DunningAsOf)"
 */
export function fileTableFormula(formula: string, tableName: string): string {
  return formula.replace(SHOWN_THIS_ROW, (_, header: string) => `${tableName}[[#This Row],[${header}]]`);
}

/**
 * A formula read from a file with its this-row references as Excel shows them.
 *
 * @example
 * shownTableFormula("=AR.DAYSOVERDUE(Invoices[[#This Row],[Due date]],DunningAsOf)") //=> "=AR.DAYSOVERDUE([@[Due date]],DunningAsOf)"
 */
export function shownTableFormula(formula: string): string {
  return formula.replace(FILE_THIS_ROW, (_, _table: string, header: string) => `[@[${header}]]`);
}
