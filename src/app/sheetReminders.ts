// The batch on the Reminders sheet as Mark as sent needs it: each row's draft id and customer,
// columns found by name (mail merge users may add columns of their own to the Table).
import { cellText } from "../core/ledgerCells";
import type { DraftedMessage } from "../mail/draftMessages";
import { isFailure, type ExcelFailure } from "../workbook/agingData";
import type { WorkbookPort } from "../workbook/port";
import { contactLogLayout, loggedIds } from "../workbook/contactLogLayout";
import { remindersLayout } from "../workbook/remindersLayout";

/** One message of the batch on the Reminders sheet. */
export interface SheetReminder {
  readonly draftId: string;
  readonly customer: string;
  readonly stage: string;
}

/**
 * The messages on the Reminders sheet (rows without a draft id left out), or null when the
 * workbook has no Reminders Table, or a failure when its Draft id column is gone.
 *
 * @example
 * await sheetReminders(port) //=> [{ draftId: "2026-02-05-…", customer: "Acme", stage: "Reminder" }]
 */
export async function sheetReminders(port: WorkbookPort): Promise<SheetReminder[] | null | ExcelFailure> {
  const values = await port.readTable(remindersLayout.name);
  if (values === null || isFailure(values)) return values;
  const header = (values[0] ?? []).map((cell) => (cellText(cell) ?? "").trim().toLowerCase());
  const column = (name: string) => header.indexOf(name.toLowerCase());
  const [id, customer, stage] = [column("Draft id"), column("Customer"), column("Stage")];
  if (id < 0) return { error: `The Reminders table has lost its Draft id column: put the header back, or draft the batch again.` };
  return values.slice(1).flatMap((row) => {
    const draftId = (cellText(row[id]) ?? "").trim();
    return draftId === "" ? [] : [{ draftId, customer: cellText(row[customer]) ?? "", stage: cellText(row[stage]) ?? "" }];
  });
}

/**
 * The drafted messages the ids name (an id in its 128-bit or its older 32-bit form), and the ids
 * no message of the list as it is now has: the list changed since drafting (a row moved, an
 * invoice was paid or added, a customer's stage changed).
 *
 * @example
 * messagesForIds(batch.messages, ["2026-02-05-…", "2026-02-05-3f9a2c1e"]) //=> { found: [message, message], missing: [] }
 */
export function messagesForIds(messages: readonly DraftedMessage[], ids: readonly string[]): { readonly found: DraftedMessage[]; readonly missing: string[] } {
  const found: DraftedMessage[] = [];
  const missing: string[] = [];
  for (const id of ids) {
    const message = messages.find((item) => item.record.draftId === id || item.record.legacyDraftId === id);
    if (!message) missing.push(id);
    else if (!found.includes(message)) found.push(message);
  }
  return { found, missing };
}

/**
 * The draft ids the Contact Log holds as marked (undone ones left out), empty without a log.
 *
 * @example
 * await loggedDraftIds(port) //=> Set { "2026-02-05-…" }
 */
export async function loggedDraftIds(port: WorkbookPort): Promise<Set<string> | ExcelFailure> {
  const values = await port.readTable(contactLogLayout.name);
  if (values === null) return new Set();
  if (isFailure(values)) return values;
  const header = (values[0] ?? []).map((cell) => (cellText(cell) ?? "").trim().toLowerCase());
  const [id, undoes] = [header.indexOf("draft id"), header.indexOf("undoes")];
  return loggedIds(values.slice(1).map((row) => ({ draftId: cellText(row[id]) ?? "", undoes: undoes < 0 ? "" : cellText(row[undoes]) ?? "" })));
}
