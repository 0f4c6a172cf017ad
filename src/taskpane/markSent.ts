// "Mark as sent" in the pane: nothing is logged before the user confirms; then the flow of
// src/app (shared with the command line) logs each message and records what its step means on
// the aging rows, so AR.NEXTACTION moves the customer up the ladder. Only DOM and words here.
import { serialFromDay, type Day } from "../core/days";
import type { FieldColumns } from "../core/columns";
import type { DateSystem } from "../core/days";
import type { ListPlace } from "../app/contactPlan";
import { markSent as markSentFlow, type MarkOutcome } from "../app/markSent";
import type { DraftedMessage } from "../mail/draftMessages";
import { isFailure } from "../workbook/agingData";
import type { WorkbookPort } from "../workbook/port";
import type { PlannedCell } from "../workbook/rowPatch";
import { undoMarkSent, type MarkedBatch } from "../app/undoMarkSent";
import { blockAddress } from "../workbook/a1";
import { element, replaceChildren } from "./element";

/** The outcome for the pane: a sentence, the draft ids now logged, the cells written, and what Undo takes back. */
export interface MarkResult {
  readonly kind: "success" | "warning" | "error";
  readonly text: string;
  readonly logged: readonly string[];
  readonly updated: readonly PlannedCell[];
  readonly batch: MarkedBatch | null;
}

/** The collector's name last given in this pane: the log's "Marked by", offered again next time (Mark as sent and Record alike). */
let collectorName = "";

/** The collector's name last given in this pane. */
export function lastCollectorName(): string {
  return collectorName;
}

/** Keeps the collector's name for the next confirmation. */
export function rememberCollectorName(name: string): void {
  collectorName = name.trim();
}

/**
 * Asks for confirmation (with an optional note and the collector's name) in `host`; resolves
 * with both, or null when the user cancels.
 *
 * @example
 * const answer = await confirmMarkSent(host, 3, "2026-02-15"); // { note: "", markedBy: "Dana" }, or null: cancelled
 */
export function confirmMarkSent(host: HTMLElement, count: number, dayText: string): Promise<{ readonly note: string; readonly markedBy: string } | null> {
  return new Promise((resolve) => {
    const note = element("input", { type: "text", id: "sent-note", maxlength: 500, "aria-describedby": "sent-text" });
    const name = element("input", { type: "text", id: "sent-by", maxlength: 100, value: collectorName, autocomplete: "name" });
    const confirm = element("fluent-button", { type: "button", appearance: "primary", id: "confirm-sent" }, "Log as sent");
    const cancel = element("fluent-button", { type: "button", id: "cancel-sent" }, "Cancel");
    const done = (value: { note: string; markedBy: string } | null) => {
      host.replaceChildren();
      resolve(value);
    };
    confirm.addEventListener("click", () => {
      rememberCollectorName(name.value);
      done({ note: note.value, markedBy: collectorName });
    });
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
          `Each gets a row in the Contact Log, and its invoices get ${dayText} as last contact and one more reminder sent (an Ask sales note instead records "sales asked" in the Dunning status column, a settlement offer also "offered" with its deadline). Log rows are never changed afterwards.`,
        ),
        element("label", { for: "sent-note" }, "Note for the log (optional)"),
        note,
        element("label", { for: "sent-by" }, "Your name, as who marked it (optional)"),
        name,
        element("div", { class: "actions" }, confirm, cancel),
      ),
    );
    cancel.focus();
  });
}

/**
 * Logs the messages and records what they mean on the aging rows of those newly logged.
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
  markedBy = "",
): Promise<MarkResult> {
  const daySerial = serialFromDay(today, dateSystem);
  const outcome = await markSentFlow(workbook, { messages, list, headerRow, mapping, loggedAt: daySerial + timeOfDay(now), day: today, daySerial, note, markedBy, confirmOverwrite: false });
  return { ...markResult(outcome), batch: outcome.logged ? outcome.batch : null };
}

/**
 * Undoes the last Mark as sent and says what happened.
 *
 * @example
 * await undoLastMark(workbook, batch, new Date(), 20499, 1900, "Dana") //=> { kind: "success", text: "Undone: 2 messages …" }
 */
export async function undoLastMark(workbook: WorkbookPort, batch: MarkedBatch, now: Date, today: Day, dateSystem: DateSystem, markedBy: string, noun = "message"): Promise<{ readonly kind: "success" | "warning" | "error"; readonly text: string; readonly cells: readonly { row: number; column: number; value: string | number }[] }> {
  const result = await undoMarkSent(workbook, batch, serialFromDay(today, dateSystem) + timeOfDay(now), markedBy);
  if (isFailure(result)) return { kind: "error", text: `Could not undo: ${result.error}`, cells: [] };
  const count = result.undone.length;
  const loggedText = `Undone: ${counted(count, noun)} got an "Undoes" row in the Contact Log (its rows stay).`;
  if (!result.ok) return { kind: "warning", text: `${loggedText} The aging sheet was not restored: rows have moved (${result.moved.map((moved) => `sheet row ${moved.row + 1}`).join(", ")}).`, cells: [] };
  const changed = result.changedSince.length === 0 ? "" : ` Left as they are, because they changed since: ${result.changedSince.join(", ")}.`;
  const restored = batch.cells.filter((cell) => !result.changedSince.includes(blockAddress(batch.target.sheetName, cell.row, cell.column, 1, 1)));
  return { kind: result.changedSince.length === 0 ? "success" : "warning", text: `${loggedText} Restored ${result.restored === 1 ? "1 cell" : `${result.restored} cells`}.${changed}`, cells: restored.map((cell) => ({ row: cell.row, column: cell.column, value: typeof cell.before.value === "number" || typeof cell.before.value === "string" ? cell.before.value : "" })) };
}

function counted(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

/** The moment's time of day as a fraction of a day (the log's timestamp beside the day's serial). */
export function timeOfDay(now: Date): number {
  return (now.getHours() * 3600 + now.getMinutes() * 60 + now.getSeconds()) / 86_400;
}

/**
 * The pane's sentence for an outcome of the flow (Mark as sent's messages, Record's invoices).
 *
 * @example
 * markResult(outcome, "invoice").text //=> "Logged 2 invoices in the Contact Log. Updated 2 rows."
 */
export function markResult(outcome: MarkOutcome, noun = "message"): Omit<MarkResult, "batch"> {
  if (!outcome.logged) return { kind: "error", text: `Nothing was logged: ${outcome.error}`, logged: [], updated: [] };
  const already = outcome.alreadyLogged.length;
  const alreadyText = already === 0 ? "" : ` ${already === 1 ? `One ${noun} was` : `${already} ${noun}s were`} logged before and not again.`;
  const ids = [...outcome.appended, ...outcome.alreadyLogged];
  if (outcome.rows === null) return { kind: "warning", text: `Nothing new to log.${alreadyText}`, logged: ids, updated: [] };
  const count = outcome.appended.length;
  const loggedText = `Logged ${counted(count, noun)} in the Contact Log.${alreadyText}`;
  const rows = outcome.rows;
  const notUpdated = (why: string) => ({ kind: "warning" as const, text: `${loggedText} The aging sheet was not updated: ${why}`, logged: ids, updated: [] });
  if (isFailure(rows)) return notUpdated(rows.error);
  if (!rows.ok && "moved" in rows) return notUpdated(`rows have moved since the list was read (${rows.moved.map((moved) => `sheet row ${moved.row + 1}: ${moved.field} is now ${String(moved.found)}`).join("; ")}). Read the list again and set their last contact by hand.`);
  if (!rows.ok) return notUpdated(`cells hold formulas or entries the desk did not write (${rows.conflicts.map((conflict) => conflict.address).join(", ")}). Clear them or update them by hand.`);
  const marked = new Set(rows.cells.map((cell) => cell.row)).size;
  const created = rows.createdColumns.length === 0 ? "" : ` Added the column${rows.createdColumns.length === 1 ? "" : "s"} ${rows.createdColumns.join(" and ")}: read the list again to use ${rows.createdColumns.length === 1 ? "it" : "them"}.`;
  const balances = rows.balanceChanged.length === 0 ? "" : ` The balance changed since drafting on sheet row${rows.balanceChanged.length === 1 ? "" : "s"} ${rows.balanceChanged.map((change) => change.row + 1).join(", ")}.`;
  return { kind: "success", text: `${loggedText} Updated ${marked === 1 ? "1 row" : `${marked} rows`}.${created}${balances}`, logged: ids, updated: rows.cells };
}
