// Pure view logic of the Mapping panel: the choices offered per field, where the preselection
// comes from and how sure it is, in words.
import { fields, type Field } from "../core/columnSynonyms";
import type { ColumnMapping, MappedColumn } from "../core/columns";
import type { ColumnChoices } from "../core/columnMapping";
import { cellText } from "../core/ledgerCells";
import { columnLetters } from "../workbook/a1";
import { deskColumnHeaders, type DeskColumn } from "../workbook/contactHeaders";

/** One entry of a field's dropdown. */
export interface ColumnOption {
  readonly column: number;
  readonly label: string;
}

/**
 * The columns of a header row as dropdown entries: the column letter of the sheet and the header.
 *
 * @param headerCells - the header row's values
 * @param left - the sheet column (0-based) of the first value, so letters match the sheet
 *
 * @example
 * columnOptions(["Customer", null], 1) //=> [{ column: 0, label: "B: Customer" }, { column: 1, label: "C: (no header)" }]
 */
export function columnOptions(headerCells: readonly unknown[], left = 0): readonly ColumnOption[] {
  return headerCells.map((cell, column) => ({ column, label: `${columnLetters(left + column)}: ${cellText(cell) ?? "(no header)"}` }));
}

/** Where a field's preselected column comes from. */
export type ChoiceSource = "saved" | "found" | "user";

/**
 * The column per field to preselect: the saved mapping when there is one, else what the header
 * search found.
 *
 * @example
 * initialChoices({ customer: { column: 0, confidence: 1, header: "Customer" } }, null) //=> { customer: 0 }
 */
export function initialChoices(found: ColumnMapping, saved: ColumnChoices | null): ColumnChoices {
  if (saved) return { ...saved };
  const choices: Partial<Record<Field, number>> = {};
  for (const field of fields) {
    const mapped = found[field];
    if (mapped) choices[field] = mapped.column;
  }
  return choices;
}

/**
 * How sure the preselection of one field is, in words for the pane.
 *
 * @example
 * confidenceText(1, { column: 0, confidence: 1, header: "Customer" }, "found") //=> "exact match"
 * confidenceText(2, { column: 2, confidence: 0.7, header: "Due date (net)" }, "found") //=> "partial match (70%)"
 * confidenceText(undefined, undefined, "found") //=> "not found"
 */
export function confidenceText(chosen: number | undefined, found: MappedColumn | undefined, source: ChoiceSource): string {
  if (chosen === undefined) return "not found";
  if (source === "saved") return "saved mapping";
  if (!found || found.column !== chosen) return "chosen by you";
  return found.confidence >= 1 ? "exact match" : `partial match (${Math.round(found.confidence * 100)}%)`;
}

/**
 * The `FieldColumns` shape the core's readers take, from a column per field.
 *
 * @example
 * fieldColumnsOf({ customer: 0, balance: 3 }) //=> { customer: { column: 0 }, balance: { column: 3 } }
 */
export function fieldColumnsOf(choices: ColumnChoices): Partial<Record<Field, { readonly column: number }>> {
  const columns: Partial<Record<Field, { readonly column: number }>> = {};
  for (const field of fields) {
    const column = choices[field];
    if (column !== undefined) columns[field] = { column };
  }
  return columns;
}


/**
 * A saved mapping with the desk's own columns added where the header row has gained them since
 * it was saved (Mark as sent or the restore from the Contact Log created Last contact, Reminders
 * sent or Dunning status right of the list): a header that reads exactly as the desk writes it,
 * in a column no other field has, maps its field. Whatever the user chose stays.
 *
 * @example
 * withDeskColumns({ customer: 0, dueDate: 1 }, ["Customer", "Due", "Last contact"]) //=> { customer: 0, dueDate: 1, lastContact: 2 }
 */
export function withDeskColumns(choices: ColumnChoices, headerCells: readonly unknown[]): ColumnChoices {
  const added: Partial<Record<Field, number>> = { ...choices };
  const taken = new Set(Object.values(choices));
  for (const [field, header] of Object.entries(deskColumnHeaders) as [DeskColumn, string][]) {
    if (added[field] !== undefined) continue;
    const column = headerCells.findIndex((cell, at) => !taken.has(at) && (cellText(cell) ?? "").toLowerCase() === header.toLowerCase());
    if (column >= 0) added[field] = column;
  }
  return added;
}
