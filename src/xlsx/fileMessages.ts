/**
 * The .xlsx adapter's own messages (opening a file); everything else it says comes from
 * src/workbook/excelMessages.ts, as the Office adapter's does.
 *
 * @example
 * fileMessages.notXlsx //=> "This file is not an Excel workbook (.xlsx): open an .xlsx file."
 */
export const fileMessages = {
  missing: "No file was given: choose an .xlsx workbook.",
  notXlsx: "This file is not an Excel workbook (.xlsx): open an .xlsx file.",
  oldXls: "This workbook is an old .xls file: open it in Excel and save it as .xlsx (File > Save As > Excel Workbook), then try again.",
  encrypted: "This workbook is protected with a password: open it in Excel, remove the password (File > Info > Protect Workbook), save, and try again.",
  unreadable: (reason: string) => `This .xlsx file could not be read (${reason}): open it in Excel, save it again, and try again.`,
} as const;
