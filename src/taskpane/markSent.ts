// "Mark as sent": nothing is logged before the user confirms; then the Contact Log gets one row
// per message (append-only, R16) and the aging rows their last contact and reminder count, so
// AR.NEXTACTION moves the customer up the ladder. The log is written first: if the aging sheet
// cannot be updated, the record of what was sent is never lost.
import { serialFromDay, type Day } from "../core/days";
import type { FieldColumns } from "../core/columns";
import type { DateSystem } from "../core/days";
import type { DraftedMessage } from "../mail/draftMessages";
import { isFailure } from "../workbook/agingData";
import type { WorkbookPort } from "../workbook/port";
import { contactColumns, contactEntries, contactRows, type ContactRow, type ListPlace } from "./contactPlan";
import { element, replaceChildren } from "./element";

/** The outcome for the pane: a sentence, the draft ids now logged, and the aging rows updated. */
export interface MarkResult {
  readonly kind: "success" | "warning" | "error";
  readonly text: string;
  readonly logged: readonly string[];
  readonly updated: readonly ContactRow[];
}

/**
 * Asks for confirmation (with an optional note) in `host`; resolves with the note, or null when
 * the user cancels.
 *
 * @example
 * const note = await confirmMarkSent(host, 3, "2026-02-15"); // null: cancelled
 */
export function confirmMarkSent(host: HTMLElement, count: number, dayText: string): Promise<string | null> {
  return new Promise((resolve) => {
    const note = element("input", { type: "text", id: "sent-note", maxlength: 500, "aria-describedby": "sent-text" });
    const confirm = element("fluent-button", { type: "button", appearance: "primary", id: "confirm-sent" }, "Log as sent");
    const cancel = element("fluent-button", { type: "button", id: "cancel-sent" }, "Cancel");
    const done = (value: string | null) => {
      host.replaceChildren();
      resolve(value);
    };
    confirm.addEventListener("click", () => done(note.value));
    cancel.addEventListener("click", () => done(null));
    replaceChildren(
      host,
      element(
        "div",
        { class: "confirm", role: "alertdialog", "aria-labelledby": "sent-heading", "aria-describedby": "sent-text", id: "mark-sent-confirm" },
        element("h3", { id: "sent-heading" }, count === 1 ? "Log this message as sent?" : `Log ${count} messages as sent?`),
        element(
          "p",
          { id: "sent-text" },
          `Each gets a row in the Contact Log, and its invoices get ${dayText} as last contact and one more reminder sent. Log rows are never changed afterwards.`,
        ),
        element("label", { for: "sent-note" }, "Note for the log (optional)"),
        note,
        element("div", { class: "actions" }, confirm, cancel),
      ),
    );
    cancel.focus();
  });
}

/**
 * Logs the messages and updates the aging rows of those newly logged.
 *
 * @param now - the moment of marking, as a local Date (the log's timestamp)
 *
 * @example
 * await markSent(workbook, messages, list, 0, mapping, new Date(), 20499, 1900, "") //=> { kind: "success", text: "Logged 3 messages …", logged: [...] }
 */
export async function markSent(
  workbook: WorkbookPort,
  messages: readonly DraftedMessage[],
  list: ListPlace,
  headerRow: number,
  mapping: FieldColumns,
  now: Date,
  today: Day,
  dateSystem: DateSystem,
  note: string,
): Promise<MarkResult> {
  const daySerial = serialFromDay(today, dateSystem);
  const timeOfDay = (now.getHours() * 3600 + now.getMinutes() * 60 + now.getSeconds()) / 86_400;
  const logged = await workbook.appendContactLog(contactEntries(messages, daySerial + timeOfDay, note));
  if (isFailure(logged)) return { kind: "error", text: `Nothing was logged: ${logged.error}`, logged: [], updated: [] };
  const appended = new Set(logged.appended);
  const already = logged.alreadyLogged.length;
  const alreadyText = already === 0 ? "" : ` ${already === 1 ? "One message was" : `${already} messages were`} logged before and not again.`;
  if (appended.size === 0) return { kind: "warning", text: `Nothing new to log.${alreadyText}`, logged: logged.alreadyLogged, updated: [] };
  const rows = contactRows(list, mapping, messages, appended, daySerial);
  const recorded = await workbook.recordContacts(contactColumns(list, headerRow, mapping), rows);
  const loggedText = `Logged ${appended.size === 1 ? "1 message" : `${appended.size} messages`} in the Contact Log.${alreadyText}`;
  const ids = [...logged.appended, ...logged.alreadyLogged];
  if (isFailure(recorded)) return { kind: "warning", text: `${loggedText} The aging sheet was not updated: ${recorded.error}`, logged: ids, updated: [] };
  if (!recorded.ok) {
    return { kind: "warning", text: `${loggedText} The aging sheet was not updated: rows have moved since the list was read (sheet rows ${recorded.moved.map((row) => row + 1).join(", ")}). Read the list again and set their last contact by hand.`, logged: ids, updated: [] };
  }
  const created = recorded.createdColumns.length === 0 ? "" : ` Added the column${recorded.createdColumns.length === 1 ? "" : "s"} ${recorded.createdColumns.join(" and ")}: read the list again to use ${recorded.createdColumns.length === 1 ? "it" : "them"}.`;
  return { kind: "success", text: `${loggedText} Last contact and reminders sent updated on ${rows.length === 1 ? "1 row" : `${rows.length} rows`}.${created}`, logged: ids, updated: rows };
}
