// A Table the desk owns (Reminders, Contact Log, Templates, …): its columns by name, the key
// column found by name, a version, and the header lists of older versions, so an older workbook
// is migrated (the missing columns added at the Table's end) instead of refused.
import { cellText } from "../core/ledgerCells";
import type { TableLayout } from "./tableLayout";

/** A desk-owned Table: the layout of its current version and what came before. */
export interface OwnedTable extends TableLayout {
  readonly version: number;
  /** The header of the column whose value identifies a row (found by name). */
  readonly key: string;
  /** The header lists of earlier versions, oldest first; each a prefix of the current headers. */
  readonly olderVersions: readonly (readonly string[])[];
}

/** How a Table found in the workbook matches its schema. */
export type TableMatch =
  | { readonly ok: true; readonly version: number; readonly missing: readonly string[]; readonly keyColumn: number }
  | { readonly ok: false };

/**
 * Matches a Table's header row to its schema (headers trimmed, any case): the current version
 * needs nothing; an older version needs its missing columns added at the end (`missing`, in
 * order); anything else (renamed, reordered or extra columns) is not the desk's to write into.
 *
 * @example
 * matchOwnedTable(contactLogTable, [["Logged at", …, "Draft id"]]) //=> { ok: true, version: 1, missing: ["Marked by", "Undoes"], keyColumn: 10 }
 */
export function matchOwnedTable(schema: OwnedTable, headerRow: readonly (readonly unknown[])[]): TableMatch {
  const found = (headerRow[0] ?? []).map((cell) => (cellText(cell) ?? "").trim().toLowerCase());
  const versions = [...schema.olderVersions, schema.headers];
  const index = versions.findIndex((headers) => headers.length === found.length && headers.every((header, c) => header.toLowerCase() === found[c]));
  const headers = versions[index];
  if (index < 0 || !headers) return { ok: false };
  return { ok: true, version: index + 1 + (schema.version - versions.length), missing: schema.headers.slice(headers.length), keyColumn: found.indexOf(schema.key.toLowerCase()) };
}
