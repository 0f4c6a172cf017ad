import type { ReminderRecord } from "../mail/reminderRecord";
import type { TableLayout } from "./tableLayout";
import { TEXT_FORMAT } from "./textCell";

/**
 * The Table, headers and column formats of the Reminders sheet.
 *
 * @example
 * remindersLayout.headers[11] //=> "Draft id"
 */
export const remindersLayout: TableLayout = {
  name: "DunningReminders",
  headers: ["To", "Cc", "Subject", "Text", "HTML", "Stage", "Customer", "Amount", "Currency", "Language", "Invoices", "Draft id"],
  formats: [...Array<string>(7).fill(TEXT_FORMAT), "#,##0.00", TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT],
};

/** The sheet the Reminders Table is created on (header in row 1, so mail merge reads it directly). */
export const REMINDERS_SHEET = "Reminders";

/**
 * A row's cells in the Table's column order.
 *
 * @example
 * reminderValues(row) //=> ["ap@acme.example", "", "Payment reminder", …, 1250.5, "EUR", "en", "INV-1", "2026-02-05-3f9a"]
 */
export function reminderValues(row: ReminderRecord): (string | number)[] {
  return [row.to, row.cc, row.subject, row.text, row.html, row.stage, row.customer, row.amount, row.currency, row.language, row.invoices, row.draftId];
}
