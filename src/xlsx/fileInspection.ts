import type { FileBook } from "./fileBook";

/** What tests and tools may read of an open file beyond the FileWorkbook API. */
export interface FileInspection {
  numberFormat(sheetName: string, row: number, column: number): string;
  tableNames(): string[];
  definedNames(): string[];
  /** Puts a value into a cell as a user typing it would (tests: content the desk did not write). */
  typeInto(sheetName: string, row: number, column: number, value: string | number): void;
}

const books = new WeakMap<object, FileBook>();

/**
 * Remembers the book behind a FileWorkbook (openWorkbookFile does it).
 *
 * @example
 * registerFileBook(workbook, book)
 */
export function registerFileBook(workbook: object, book: FileBook): void {
  books.set(workbook, book);
}

/**
 * Number formats, Table names and defined names of an open file (for the contract tests), or
 * null for an object openWorkbookFile did not make.
 *
 * @example
 * inspectFile(workbook)?.tableNames() //=> ["Invoices", "DunningPolicyTable"]
 */
export function inspectFile(workbook: object): FileInspection | null {
  const book = books.get(workbook);
  if (!book) return null;
  return {
    numberFormat: (sheetName, row, column) => {
      const sheet = book.sheet(sheetName);
      return sheet ? book.numberFormat(sheet, row, column) : "General";
    },
    tableNames: () => book.tables().map((table) => table.name),
    definedNames: () => (book.workbook.definedNames.model as { name: string; ranges: string[] }[]).filter((name) => name.ranges.length > 0).map((name) => name.name),
    typeInto: (sheetName, row, column, value) => {
      const sheet = book.sheet(sheetName);
      if (!sheet) throw new Error(`no sheet ${sheetName}`);
      book.write(sheet, row, column, value);
      book.changed();
    },
  };
}
