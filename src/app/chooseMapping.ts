import { applyUserMapping } from "../core/columnMapping";
import { findHeaderRow, type FieldColumns } from "../core/columns";
import type { SavedMapping } from "../workbook/port";
import { fieldColumnsOf, initialChoices, withDeskColumns } from "./mappingChoices";
import { withoutOwnColumns } from "../workbook/ownCells";

/** Where the mapping in use comes from: the workbook's saved one, or the header search. */
export type MappingSource = "saved" | "automatic";

/** The header row (index in the values read) and a column per field. */
export interface ChosenMapping {
  readonly ok: true;
  readonly row: number;
  readonly mapping: FieldColumns;
  readonly source: MappingSource;
  /** The currency the user chose and saved with the mapping; null: detected from the sheet. */
  readonly currency: string | null;
}

/** No usable mapping: no saved one that fits, and no header row found. */
export interface NoMapping {
  readonly ok: false;
  readonly message: string;
}

/**
 * The mapping the pane would preselect for a block read: the saved mapping when it still fits
 * the block (its header row and columns exist) and names every required field, else the header
 * row `findHeaderRow` finds with its columns.
 *
 * @param values - the block's values
 * @param saved - the workbook's mapping for this block (`loadSavedMapping(mappingKey(data))`), or null
 * @param ownColumns - the desk's own AR columns in the block (`AgingData.ownColumns`), left out of the search
 *
 * @example
 * chooseMapping([["Customer", "Due date", "Balance"], ["Acme", 46000, 100]], null)
 * //=> { ok: true, row: 0, mapping: { customer: { column: 0 }, dueDate: { column: 1 }, balance: { column: 2 } }, source: "automatic", currency: null }
 * chooseMapping([["Notes"]], null) //=> { ok: false, message: "no header row in the first 30 rows names …" }
 */
export function chooseMapping(values: readonly (readonly unknown[])[], saved: SavedMapping | null, ownColumns?: readonly number[]): ChosenMapping | NoMapping {
  // The desk's own AR columns (a re-run) are never the list's fields: its "Days overdue" is not the sheet's.
  const search = findHeaderRow(withoutOwnColumns(values, ownColumns));
  if (saved && fits(values, saved)) {
    const headings = search.ok ? search.row === saved.headerRow && search.customerFromHeadings : search.best?.row === saved.headerRow && search.best.customerFromHeadings;
    const check = applyUserMapping(saved.columns, values[saved.headerRow] ?? [], headings);
    if (check.ok) return { ok: true, row: saved.headerRow, mapping: fieldColumnsOf(withDeskColumns(saved.columns, values[saved.headerRow] ?? [])), source: "saved", currency: saved.currency ?? null };
  }
  if (!search.ok) return { ok: false, message: search.message };
  return { ok: true, row: search.row, mapping: fieldColumnsOf(initialChoices(search.mapping, null)), source: "automatic", currency: null };
}

/** The block may have changed shape since the mapping was saved: then it is matched again (as the pane does). */
function fits(values: readonly (readonly unknown[])[], saved: SavedMapping): boolean {
  const width = (values[saved.headerRow] ?? []).length;
  return saved.headerRow < values.length && Object.values(saved.columns).every((column) => column < width);
}
