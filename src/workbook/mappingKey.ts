import { fields, type Field } from "../core/columnSynonyms";
import { isoCurrencyCode } from "../core/currency/currencyCode";
import type { AgingData } from "./agingData";
import type { SavedMapping } from "./port";

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
 * A saved mapping as read back from the workbook, or null when it is not one (settings and
 * sheets travel with the file and may have been edited by hand).
 *
 * @example
 * asSavedMapping({ headerRow: 0, columns: { customer: 0 } }) //=> { headerRow: 0, columns: { customer: 0 } }
 * asSavedMapping({ headerRow: -1 }) //=> null
 * asSavedMapping({ headerRow: 0, columns: {}, currency: "eur" }) //=> { headerRow: 0, columns: {}, currency: "EUR" }
 */
export function asSavedMapping(saved: unknown): SavedMapping | null {
  if (typeof saved !== "object" || saved === null) return null;
  const { headerRow, columns, currency } = saved as { headerRow?: unknown; columns?: unknown; currency?: unknown };
  if (!isIndex(headerRow) || typeof columns !== "object" || columns === null) return null;
  const read: Partial<Record<Field, number>> = {};
  for (const [field, column] of Object.entries(columns)) {
    if (!(fields as readonly string[]).includes(field) || !isIndex(column)) return null;
    read[field as Field] = column;
  }
  // A currency that is no longer a code (edited by hand) is dropped: the list's currency is detected again.
  const code = typeof currency === "string" ? isoCurrencyCode(currency) : null;
  return code === null ? { headerRow, columns: read } : { headerRow, columns: read, currency: code };
}

/**
 * A mapping as the workbook stores it (a plain object; the currency only when the user chose one).
 *
 * @example
 * storedMapping({ headerRow: 0, columns: { customer: 0 }, currency: "EUR" }) //=> { headerRow: 0, columns: { customer: 0 }, currency: "EUR" }
 */
export function storedMapping(mapping: SavedMapping): SavedMapping {
  const plain = { headerRow: mapping.headerRow, columns: { ...mapping.columns } };
  return mapping.currency === undefined ? plain : { ...plain, currency: mapping.currency };
}

function isIndex(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
