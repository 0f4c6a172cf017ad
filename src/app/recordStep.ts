// "Record" a step in one click, shared by the pane and `dunning-desk record`: like Mark as sent,
// the Contact Log first (a row per invoice, with who recorded it) — the record is never lost when
// the aging sheet cannot be written — then the step in the desk's own Dunning status column of
// each invoice's row (a call also sets Last contact and raises Reminders sent), after the same
// row-identity check; undone like Mark as sent (undoMarkSent).
import type { FieldColumns } from "../core/columns";
import type { Day } from "../core/days";
import type { Invoice } from "../core/invoiceRow";
import { isFailure } from "../workbook/agingData";
import type { WorkbookPort } from "../workbook/port";
import { markTarget, rowIdentity, type ListPlace } from "./contactPlan";
import type { MarkOutcome } from "./markSent";
import { recordContacts, type RowMark } from "./recordContacts";
import { stepEntry, stepStages, stepState, type StepRecord } from "./stepRecord";
import type { MarkedBatch } from "./undoMarkSent";

/** What to record, on which invoices, and when. */
export interface RecordRequest {
  readonly record: StepRecord;
  /** The invoices of the selected rows (rows 0-based in `list.values`). */
  readonly invoices: readonly Invoice[];
  readonly list: ListPlace;
  readonly headerRow: number;
  readonly mapping: FieldColumns;
  /** Excel serial date-time of the click (the log's timestamp). */
  readonly loggedAt: number;
  /** The day of the step, as a Day and as the workbook's serial. */
  readonly day: Day;
  readonly daySerial: number;
  readonly note: string;
  /** Who records it (the collector named in the pane; the OS user in the CLI). */
  readonly markedBy: string;
  readonly confirmOverwrite: boolean;
}

/**
 * Logs the step for each invoice, then writes it to the rows of those newly logged.
 *
 * @example
 * await recordStep(port, { record: { kind: "disputeOpened" }, invoices: [acmeInvoice], … })
 * //=> { logged: true, appended: ["2026-12-02-…"], alreadyLogged: [], rows: { ok: true, cells: [{ row: 4, column: 9, value: "dispute opened 2026-12-02", … }], … }, batch }
 */
export async function recordStep(port: WorkbookPort, request: RecordRequest): Promise<MarkOutcome> {
  const { record, invoices, day } = request;
  const entries = invoices.map((invoice) => stepEntry(record, day, invoice, request.loggedAt, request.note, request.markedBy));
  const logged = await port.appendContactLog(entries);
  if (isFailure(logged)) return { logged: false, error: logged.error };
  const appended = new Set(logged.appended);
  if (appended.size === 0) return { logged: true, appended: [], alreadyLogged: logged.alreadyLogged, rows: null, batch: null };
  const target = markTarget(request.list, request.headerRow, request.mapping);
  const fresh = invoices.filter((_invoice, index) => appended.has(entries[index]?.draftId ?? ""));
  const marks: RowMark[] = fresh.map((invoice) => ({
    row: request.list.top + invoice.row,
    identity: rowIdentity(request.list, target, invoice.row),
    contactSerial: record.kind === "call" ? request.daySerial : null,
    state: stepState(record, day, invoice),
  }));
  const rows = await recordContacts(port, target, marks, { confirmOverwrite: request.confirmOverwrite });
  const cells = !isFailure(rows) && rows.ok ? rows.cells : [];
  const batch: MarkedBatch = {
    target,
    entries: entries.filter((entry) => appended.has(entry.draftId)),
    cells,
    identities: new Map(marks.map((mark) => [mark.row, mark.identity])),
    undoNote: `${stepStages[record.kind]} undone`,
  };
  return { logged: true, appended: logged.appended, alreadyLogged: logged.alreadyLogged, rows, batch };
}
