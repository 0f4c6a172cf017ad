/// <reference types="office-js" />
import type { ExcelFailure } from "../workbook/agingData";
import { asSavedMapping, storedMapping } from "../workbook/mappingKey";
export { mappingKey } from "../workbook/mappingKey";
import { excelMessages } from "../workbook/excelMessages";
import type { SavedMapping } from "../workbook/port";
export type { SavedMapping };

const PREFIX = "dunningDesk.mapping:";

/**
 * The mapping saved in the workbook for a key, or null when none is saved or what is saved is
 * not a mapping (settings travel with the file and may have been edited by hand).
 *
 * @example
 * await loadSavedMapping("AR!Invoices") //=> { headerRow: 0, columns: { customer: 0, dueDate: 2, balance: 4 } }
 */
export function loadSavedMapping(key: string): Promise<SavedMapping | null> {
  const saved: unknown = Office.context.document.settings.get(PREFIX + key);
  return Promise.resolve(asSavedMapping(saved));
}

/**
 * Saves a mapping in the workbook's settings (Office.context.document.settings + saveAsync).
 * Resolves to nothing on success, or a failure value when Office could not save.
 *
 * @example
 * await saveMapping("AR!Invoices", { headerRow: 0, columns: { customer: 0 } }) //=> undefined
 */
export function saveMapping(key: string, mapping: SavedMapping): Promise<void | ExcelFailure> {
  const settings = Office.context.document.settings;
  settings.set(PREFIX + key, storedMapping(mapping));
  return new Promise((resolve) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) resolve({ error: excelMessages.settingsNotSaved(result.error.message), code: String(result.error.code) });
      else resolve();
    });
  });
}

