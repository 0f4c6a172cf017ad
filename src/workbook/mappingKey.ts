import { fields, type Field } from "../core/columnSynonyms";
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
 */
export function asSavedMapping(saved: unknown): SavedMapping | null {
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
