import { cellText } from "../core/ledgerCells";

/** Excel keeps at most this many characters in one cell. */
export const CELL_TEXT_LIMIT = 32_767;

/** A Table Dunning Desk owns: its name, headers and the number format of each column. */
export interface TableLayout {
  readonly name: string;
  readonly headers: readonly string[];
  readonly formats: readonly string[];
}

/**
 * The first text too long for a cell: the row's index and the column's header, or null.
 *
 * @example
 * findTooLong([["Acme", "x".repeat(40_000)]], ["Customer", "HTML"]) //=> { row: 0, column: "HTML" }
 */
export function findTooLong(rows: readonly (readonly unknown[])[], headers: readonly string[]): { readonly row: number; readonly column: string } | null {
  for (const [row, cells] of rows.entries()) {
    const column = cells.findIndex((cell) => typeof cell === "string" && cell.length > CELL_TEXT_LIMIT);
    if (column >= 0) return { row, column: headers[column] ?? String(column + 1) };
  }
  return null;
}

/**
 * Whether a Table's header row holds these headers (trimmed, any case), in this order.
 *
 * @example
 * sameHeaders([["Customer ", "draft ID"]], ["Customer", "Draft id"]) //=> true
 */
export function sameHeaders(values: readonly (readonly unknown[])[], headers: readonly string[]): boolean {
  const row = values[0] ?? [];
  return row.length === headers.length && headers.every((header, c) => (cellText(row[c]) ?? "").trim().toLowerCase() === header.toLowerCase());
}
