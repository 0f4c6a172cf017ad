// Pure: what "Mark as sent" writes — the Contact Log rows and the aging-sheet rows whose last
// contact and reminder count change — from the drafted messages the user confirmed.
import type { FieldColumns } from "../core/columns";
import { cellText } from "../core/ledgerCells";
import type { DraftedMessage } from "../mail/draftMessages";
import { contactEntry, type ContactEntry } from "../mail/reminderRecord";
import type { ContactTarget, ContactUpdate } from "../workbook/port";

/** Where the aging list sits on its sheet (0-based sheet coordinates of values[0][0]). */
export interface ListPlace {
  readonly sheetName: string;
  readonly tableName: string | null;
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly unknown[])[];
}

/** The aging columns "Mark as sent" updates, and the rows, in the adapter's terms (sheet coordinates). */
export type ContactColumns = ContactTarget;
export type ContactRow = ContactUpdate;

/**
 * The log entries of the messages marked as sent.
 *
 * @example
 * contactEntries([drafted], 46068.4375, "called too") //=> [{ loggedAt: 46068.4375, customer: "Acme", …, note: "called too" }]
 */
export function contactEntries(messages: readonly DraftedMessage[], loggedAt: number, note: string): ContactEntry[] {
  return messages.map((message) => contactEntry(message.record, message.draft, loggedAt, note));
}

/**
 * The aging columns to update, in sheet coordinates, from the list and its mapping.
 *
 * @example
 * contactColumns(list, 0, { customer: { column: 0 }, lastContact: { column: 5 } })
 * //=> { sheetName: "AR", tableName: null, headerRow: 0, customerColumn: 0, lastContactColumn: 5, remindersSentColumn: null, lastColumn: 7 }
 */
export function contactColumns(list: ListPlace, headerRow: number, mapping: FieldColumns): ContactColumns {
  const sheetColumn = (field: keyof FieldColumns) => {
    const column = mapping[field]?.column;
    return column === undefined ? null : list.left + column;
  };
  const width = Math.max(0, ...list.values.map((row) => row.length));
  return {
    sheetName: list.sheetName,
    tableName: list.tableName,
    headerRow: list.top + headerRow,
    customerColumn: sheetColumn("customer") ?? list.left,
    lastContactColumn: sheetColumn("lastContact"),
    remindersSentColumn: sheetColumn("remindersSent"),
    lastColumn: list.left + width - 1,
  };
}

/**
 * The aging rows of the messages whose log rows were just appended: every invoice line of each
 * (credit notes included, as they were part of the message), once.
 *
 * @param appended - draft ids the Contact Log took
 *
 * @example
 * contactRows(list, mapping, messages, new Set(["2026-02-15-3f9a2c1e"]), 46068) //=> [{ row: 4, customer: "Acme", contactSerial: 46068 }, …]
 */
export function contactRows(list: ListPlace, mapping: FieldColumns, messages: readonly DraftedMessage[], appended: ReadonlySet<string>, contactSerial: number): ContactRow[] {
  const customerColumn = mapping.customer?.column ?? 0;
  const rows = new Map<number, ContactRow>();
  for (const message of messages) {
    if (!appended.has(message.record.draftId)) continue;
    for (const line of message.draft.lines) {
      const customer = cellText(list.values[line.row]?.[customerColumn]) ?? "";
      rows.set(line.row, { row: list.top + line.row, customer, contactSerial });
    }
  }
  return [...rows.values()].sort((a, b) => a.row - b.row);
}

/**
 * Writes the new last contact and reminder count into the pane's copy of the list, so drafting
 * again sees them (R17) without reading the sheet again. Columns the sheet did not have are
 * left to the next read.
 *
 * @example
 * patchContacts(list, columns, [{ row: 4, customer: "Acme", contactSerial: 46068 }]) // list.values[4][lastContact] = 46068
 */
export function patchContacts(list: { readonly top: number; readonly left: number; readonly values: unknown[][] }, columns: ContactColumns, rows: readonly ContactRow[]): void {
  for (const { row, contactSerial } of rows) {
    const cells = list.values[row - list.top];
    if (!cells) continue;
    if (columns.lastContactColumn !== null) cells[columns.lastContactColumn - list.left] = contactSerial;
    if (columns.remindersSentColumn !== null) {
      const index = columns.remindersSentColumn - list.left;
      const count = cells[index];
      if (typeof count === "number") cells[index] = count + 1;
      else if (count === null || count === undefined || count === "") cells[index] = 1;
    }
  }
}
