// "Mark as sent", shared by the pane and `dunning-desk mark-sent`: the Contact Log first (one
// row per message, append-only, R16) — so the record of what was sent is never lost when the
// aging sheet cannot be updated — then what each step means on its invoices' rows.
import type { FieldColumns } from "../core/columns";
import type { Day } from "../core/days";
import type { DraftedMessage } from "../mail/draftMessages";
import { isFailure, type ExcelFailure } from "../workbook/agingData";
import type { ConflictResult } from "../workbook/conflicts";
import type { WorkbookPort } from "../workbook/port";
import type { PlannedCell } from "../workbook/rowPatch";
import type { ContactEntry } from "../mail/reminderRecord";
import { contactEntries, markTarget, rowMarks, type ListPlace } from "./contactPlan";
import { recordContacts, type ContactsMoved, type ContactsRecorded } from "./recordContacts";
import type { MarkedBatch } from "./undoMarkSent";

/** What to mark, and when. */
export interface MarkRequest {
  readonly messages: readonly DraftedMessage[];
  readonly list: ListPlace;
  readonly headerRow: number;
  readonly mapping: FieldColumns;
  /** Excel serial date-time of the marking (the log's timestamp). */
  readonly loggedAt: number;
  /** The day it was sent, as a Day and as the workbook's serial. */
  readonly day: Day;
  readonly daySerial: number;
  readonly note: string;
  /** Who marks it (the collector named in the pane; the OS user in the CLI). */
  readonly markedBy: string;
  readonly confirmOverwrite: boolean;
}

/** The outcome: the log's answer, then the rows' (null when nothing new was logged), and what undo needs. */
export type MarkOutcome =
  | { readonly logged: false; readonly error: string }
  | {
      readonly logged: true;
      readonly appended: readonly string[];
      readonly alreadyLogged: readonly string[];
      readonly rows: ContactsRecorded | ContactsMoved | ConflictResult | ExcelFailure | null;
      /** What undoMarkSent takes back: the log entries appended and the cells written; null when nothing new was logged. */
      readonly batch: MarkedBatch | null;
    };

/**
 * Logs the messages, then records what each newly logged one means on its rows.
 *
 * @example
 * await markSent(port, request) //=> { logged: true, appended: ["2026-02-15-…"], alreadyLogged: [], rows: { ok: true, cells: [...], … } }
 */
export async function markSent(port: WorkbookPort, request: MarkRequest): Promise<MarkOutcome> {
  const logged = await port.appendContactLog(contactEntries(request.messages, request.loggedAt, request.note, request.markedBy));
  if (isFailure(logged)) return { logged: false, error: logged.error };
  const appended = new Set(logged.appended);
  if (appended.size === 0) return { logged: true, appended: [], alreadyLogged: logged.alreadyLogged, rows: null, batch: null };
  const target = markTarget(request.list, request.headerRow, request.mapping);
  const marks = rowMarks(request.list, target, request.messages, appended, request.daySerial, request.day);
  const rows = await recordContacts(port, target, marks, { confirmOverwrite: request.confirmOverwrite });
  const entries = contactEntries(request.messages, request.loggedAt, request.note, request.markedBy).filter((entry) => appended.has(entry.draftId));
  const cells = !isFailure(rows) && rows.ok ? rows.cells : [];
  const batch: MarkedBatch = { target, entries: uniqueById(entries), cells, identities: new Map(marks.map((mark) => [mark.row, mark.identity])) };
  return { logged: true, appended: logged.appended, alreadyLogged: logged.alreadyLogged, rows, batch };
}

function uniqueById(entries: readonly ContactEntry[]): ContactEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => !seen.has(entry.draftId) && Boolean(seen.add(entry.draftId)));
}

/**
 * Copies written cells into the pane's copy of the list, so drafting again sees them (R17)
 * without reading the sheet again; cells outside the block read (created columns) wait for the
 * next read.
 *
 * @example
 * applyCells(list, [{ row: 4, column: 7, value: 46068, … }]) // list.values[4 - top][7 - left] = 46068
 */
export function applyCells(list: { readonly top: number; readonly left: number; readonly values: unknown[][] }, cells: readonly Pick<PlannedCell, "row" | "column" | "value">[]): void {
  for (const { row, column, value } of cells) {
    const cellsOfRow = list.values[row - list.top];
    if (cellsOfRow && column - list.left < cellsOfRow.length) cellsOfRow[column - list.left] = value;
  }
}
