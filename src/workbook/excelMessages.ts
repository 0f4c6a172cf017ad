/**
 * Every message the Excel adapter returns, in one catalog: expected failures come back to the
 * pane as `{ error }` values with one of these texts.
 *
 * @example
 * excelMessages.cancelled //=> "Cancelled."
 */
export const excelMessages = {
  cancelled: "Cancelled.",
  emptySheet: "This sheet is empty: open the sheet that holds the aging report.",
  noTable: "There is no Excel Table on this sheet: choose the region around the selected cell or the whole sheet instead.",
  outsideData: "The selected cell is not inside any data: select a cell of the aging report.",
  cellEditMode: "Excel is editing a cell. Press Enter or Esc to finish editing, then try again.",
  payloadTooLarge: "Excel refused a request as too large even in small chunks.",
  itemNotFound: "A sheet, table or name Dunning Desk expected is gone: it may have been renamed or deleted.",
  accessDenied: "Excel refused the change: the sheet or workbook may be protected.",
  apiNotFound: "This version of Excel lacks a feature Dunning Desk needs (Excel API 1.7 or later: Excel 2019, Microsoft 365 or Excel on the web).",
  settingsNotSaved: (message: string) => `The column mapping could not be saved in the workbook: ${message}`,
  policySheetWithoutTable: (sheet: string) => `The sheet "${sheet}" exists but holds no policy table: rename it, or delete it, and try again.`,
  officeError: (code: string, message: string) => `Excel reported ${code}: ${message}`,
  selectionNeedsNewerExcel: "Reading the selection needs Excel API 1.9 or later (Microsoft 365 or Excel on the web).",
  templateTooLong: (field: string, length: number, limit: number) => `The ${field} is ${length.toLocaleString("en-US")} characters long; an Excel cell holds at most ${limit.toLocaleString("en-US")}: shorten it and save again.`,
  templatesSheetWithoutTable: (sheet: string) => `The sheet "${sheet}" exists but holds no templates table: rename it, or delete it, and try again.`,
  sheetWithoutTable: (sheet: string, table: string) => `The sheet "${sheet}" holds data but no table "${table}": Dunning Desk does not write into it. Rename the sheet, or delete it, and try again.`,
  tableChanged: (table: string, headers: string) => `The table "${table}" no longer has the columns Dunning Desk writes (${headers}): restore them, or rename the table, and try again.`,
  cellTooLong: (customer: string, column: string) => `The ${column} for "${customer}" is longer than the 32,767 characters an Excel cell holds: nothing was written.`,
  cellsNotEmpty: (address: string) => `Dunning Desk would create a column where cells already hold data (${address}): clear them, or map the column, and try again.`,
  templatesColumnsMissing: (sheet: string, headers: string) => `The templates table on "${sheet}" has lost its ${headers} column: put the header back and try again.`,
} as const;
