import { asSavedMapping, storedMapping } from "../workbook/mappingKey";
import type { SavedMapping } from "../workbook/port";
import type { FileBook } from "./fileBook";

/** The hidden sheet that keeps the mappings in a file (key | JSON value rows). */
export const SETTINGS_SHEET = "Dunning Settings";
const PREFIX = "dunningDesk.mapping:";

/**
 * The mapping saved in the file for a key, or null when none is saved or what is saved is not a
 * mapping (the sheet travels with the file and may have been edited by hand).
 *
 * @example
 * loadFileMapping(book, "Receivables!Invoices") //=> { headerRow: 0, columns: { customer: 0, dueDate: 2, balance: 3 } }
 */
export function loadFileMapping(book: FileBook, key: string): SavedMapping | null {
  const sheet = book.sheet(SETTINGS_SHEET);
  if (!sheet) return null;
  const row = findKey(book, key);
  if (row === null) return null;
  try {
    return asSavedMapping(JSON.parse(String(book.value(sheet, row, 1))));
  } catch {
    return null; // edited by hand into something that is not JSON: no saved mapping
  }
}

/**
 * Saves a mapping on the hidden sheet "Dunning Settings" (created on first use), replacing the key's row.
 *
 * @example
 * saveFileMapping(book, "Receivables!Invoices", { headerRow: 0, columns: { customer: 0 } })
 */
export function saveFileMapping(book: FileBook, key: string, mapping: SavedMapping): void {
  const sheet = book.sheet(SETTINGS_SHEET) ?? book.addSheet(SETTINGS_SHEET);
  sheet.state = "hidden";
  const row = findKey(book, key) ?? sheet.rowCount;
  book.write(sheet, row, 0, PREFIX + key, "@");
  book.write(sheet, row, 1, JSON.stringify(storedMapping(mapping)), "@");
}

function findKey(book: FileBook, key: string): number | null {
  const sheet = book.sheet(SETTINGS_SHEET);
  if (!sheet) return null;
  for (let row = 0; row < sheet.rowCount; row += 1) if (book.value(sheet, row, 0) === PREFIX + key) return row;
  return null;
}
