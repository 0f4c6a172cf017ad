/// <reference types="office-js" />
import { fields, type Field } from "../core/columnSynonyms";
import type { AgingData, ExcelFailure } from "./agingData";
import { excelMessages } from "./excelMessages";

/** The user's column mapping as the workbook keeps it: the header row and a column per field (0-based, within the block). */
export interface SavedMapping {
  readonly headerRow: number;
  readonly columns: Partial<Record<Field, number>>;
}

const PREFIX = "dunningDesk.mapping:";

/**
 * The settings key of a block's mapping: its sheet and Table name, or its sheet and top-left
 * cell — not the whole address, which changes every time a row is added to the list.
 *
 * @example
 * mappingKey({ sheetName: "AR", tableName: null, address: "AR!A1:H120" }) //=> "AR!A1"
 * mappingKey({ sheetName: "AR", tableName: "Invoices", address: "AR!A1:H120" }) //=> "AR!Invoices"
 */
export function mappingKey(data: Pick<AgingData, "sheetName" | "tableName" | "address">): string {
  if (data.tableName) return `${data.sheetName}!${data.tableName}`;
  const cells = data.address.slice(data.address.lastIndexOf("!") + 1);
  return `${data.sheetName}!${cells.split(":")[0] ?? cells}`;
}

/**
 * The mapping saved in the workbook for a key, or null when none is saved or what is saved is
 * not a mapping (settings travel with the file and may have been edited by hand).
 *
 * @example
 * await loadSavedMapping("AR!Invoices") //=> { headerRow: 0, columns: { customer: 0, dueDate: 2, balance: 4 } }
 */
export function loadSavedMapping(key: string): Promise<SavedMapping | null> {
  const saved: unknown = Office.context.document.settings.get(PREFIX + key);
  return Promise.resolve(asMapping(saved));
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
  settings.set(PREFIX + key, { headerRow: mapping.headerRow, columns: { ...mapping.columns } });
  return new Promise((resolve) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Failed) resolve({ error: excelMessages.settingsNotSaved(result.error.message), code: String(result.error.code) });
      else resolve();
    });
  });
}

function asMapping(saved: unknown): SavedMapping | null {
  if (typeof saved !== "object" || saved === null) return null;
  const { headerRow, columns } = saved as { headerRow?: unknown; columns?: unknown };
  if (!isIndex(headerRow) || typeof columns !== "object" || columns === null) return null;
  const read: Partial<Record<Field, number>> = {};
  for (const [field, column] of Object.entries(columns)) {
    if (!(fields as readonly string[]).includes(field) || !isIndex(column)) return null;
    read[field as Field] = column;
  }
  return { headerRow, columns: read };
}

function isIndex(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
