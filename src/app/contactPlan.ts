// Pure: what "Mark as sent" writes — the Contact Log rows, and per aging row what the sent step
// means (markMeaning) with the facts that identify the row — from the drafted messages.
import type { FieldColumns } from "../core/columns";
import type { Day } from "../core/days";
import type { DraftedMessage } from "../mail/draftMessages";
import { markMeaning } from "../mail/markMeaning";
import { contactEntry, type ContactEntry } from "../mail/reminderRecord";
import type { RowIdentity } from "../workbook/rowPatch";
import type { MarkTarget, RowMark } from "./recordContacts";

/** Where the aging list sits on its sheet (0-based sheet coordinates of values[0][0]). */
export interface ListPlace {
  readonly sheetName: string;
  readonly tableName: string | null;
  readonly top: number;
  readonly left: number;
  readonly values: readonly (readonly unknown[])[];
}

/**
 * The log entries of the messages marked as sent.
 *
 * @example
 * contactEntries([drafted], 46068.4375, "called too", "Dana") //=> [{ loggedAt: 46068.4375, customer: "Acme", …, note: "called too", markedBy: "Dana" }]
 */
export function contactEntries(messages: readonly DraftedMessage[], loggedAt: number, note: string, markedBy = ""): ContactEntry[] {
  return messages.map((message) => ({ ...contactEntry(message.record, message.draft, loggedAt, note), markedBy: markedBy.trim() }));
}

/**
 * The columns a mark reads and writes, in sheet coordinates, from the list and its mapping.
 *
 * @example
 * markTarget(list, 0, { customer: { column: 0 }, lastContact: { column: 5 } }).desk
 * //=> { lastContact: 5, remindersSent: null, dunningStatus: null }
 */
export function markTarget(list: ListPlace, headerRow: number, mapping: FieldColumns): MarkTarget {
  const at = (field: keyof FieldColumns) => {
    const column = mapping[field]?.column;
    return column === undefined ? null : list.left + column;
  };
  return {
    sheetName: list.sheetName,
    tableName: list.tableName,
    headerRow: list.top + headerRow,
    identity: { customer: at("customer"), invoiceNumber: at("invoice"), dueDate: at("dueDate"), balance: at("balance") ?? at("amount") },
    desk: { lastContact: at("lastContact"), remindersSent: at("remindersSent"), dunningStatus: at("dunningStatus") },
  };
}

/**
 * The aging rows of the messages whose log rows were just appended — every invoice line of each
 * (credit notes included, as they were part of the message) — with what the step means and the
 * facts the list held on each row (checked again before writing).
 *
 * @param appended - draft ids the Contact Log took
 *
 * @example
 * rowMarks(list, target, messages, new Set([id]), 46068, 20799) //=> [{ row: 4, identity: { customer: "Acme", … }, contactSerial: 46068, state: null }, …]
 */
export function rowMarks(list: ListPlace, target: MarkTarget, messages: readonly DraftedMessage[], appended: ReadonlySet<string>, contactSerial: number, day: Day): RowMark[] {
  const marks: RowMark[] = [];
  for (const message of messages) {
    if (!appended.has(message.record.draftId)) continue;
    const meaning = markMeaning(message.draft, day);
    for (const line of message.draft.lines) {
      marks.push({ row: list.top + line.row, identity: rowIdentity(list, target, line.row), contactSerial: meaning.contact ? contactSerial : null, state: meaning.state });
    }
  }
  return marks;
}

/**
 * The facts the list held on a row (0-based in the values read) that identify it: checked again
 * before anything is written there.
 *
 * @example
 * rowIdentity(list, target, 3) //=> { customer: "Acme", invoiceNumber: "INV-7", dueDate: 46023, balance: 1200 }
 */
export function rowIdentity(list: ListPlace, target: MarkTarget, row: number): RowIdentity {
  const cell = (column: number | null) => (column === null ? null : list.values[row]?.[column - list.left] ?? "");
  const { customer, invoiceNumber, dueDate, balance } = target.identity;
  return { customer: cell(customer), invoiceNumber: cell(invoiceNumber), dueDate: cell(dueDate), balance: cell(balance) };
}
