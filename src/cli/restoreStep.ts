import { analyzeAgingList } from "../app/agingList";
import { locateAgingList } from "../app/locateAgingList";
import { restoreState, type RestoreRequest } from "../app/restoreState";
import { isFailure } from "../workbook/agingData";
import type { CliArguments } from "./cliArguments";
import { counted } from "./commandResult";
import { exitCodes, failure, type CommandFailure } from "./exitCodes";
import type { LoadedList } from "./loadList";
import type { ProgressLine } from "./progressLine";

/** What the restore did, for the text and --json reports (null: --no-restore). */
export interface RestoreReport {
  /** The workbook has a Contact Log to restore from. */
  readonly log: boolean;
  readonly invoices: number;
  readonly cells: number;
  readonly createdColumns: readonly string[];
}

/**
 * annotate's and remind's first step (issue 12 item 2): each invoice's Last contact, Reminders
 * sent and Dunning status restored from the Contact Log where the list holds less, so a fresh
 * export continues the ladder; the list is read again when cells were written (the desk's columns
 * may have been created). Formulas or foreign entries in the way stop the run (exit 8) unless
 * --force; --no-restore skips the step.
 *
 * @example
 * await restoreStep(args, loaded, progress) //=> { ok: true, loaded, restored: { log: true, invoices: 38, cells: 96, createdColumns: ["Last contact", …] } }
 */
export async function restoreStep(args: CliArguments, loaded: LoadedList, progress: ProgressLine): Promise<{ readonly ok: true; readonly loaded: LoadedList; readonly restored: RestoreReport | null } | CommandFailure> {
  if (args.noRestore) return { ok: true, loaded, restored: null };
  const restored = await restoreState(loaded.book.port, restoreRequest(loaded, { confirmOverwrite: args.force, dryRun: false }));
  if (isFailure(restored)) return failure(exitCodes.cellsInTheWay, `State could not be restored from the Contact Log: ${restored.error} (--no-restore leaves the list as it is).`);
  if (!restored.ok) {
    if ("moved" in restored) return failure(exitCodes.internal, "State could not be restored from the Contact Log: the list changed while it was read.");
    const listed = restored.conflicts.map((conflict) => `  ${conflict.address}  ${String(conflict.value)}`).join("\n");
    return failure(exitCodes.cellsInTheWay, `The Contact Log holds later state than the list, but cells to restore it into hold formulas or entries the desk did not write: nothing was written. Clear them, run again with --force to replace them, or with --no-restore to leave the list as it is.\n${listed}`, { conflicts: restored.conflicts });
  }
  const report = { log: restored.log, invoices: restored.invoices, cells: restored.cells.length, createdColumns: restored.createdColumns };
  if (restored.cells.length === 0) return { ok: true, loaded, restored: report };
  const located = await locateAgingList(loaded.book, args.sheet, progress.step("Reading rows again"));
  progress.clear();
  if (!located.ok) return failure(exitCodes.internal, `The list could not be read again after restoring its state: ${located.message}`);
  const again = analyzeAgingList(located, loaded.policy, loaded.asOf, args.currency);
  if (!again.ok) return failure(exitCodes.internal, again.message);
  return { ok: true, loaded: { ...loaded, list: again }, restored: report };
}

/**
 * For `analyze`, which writes nothing: how many invoices annotate and remind would restore from
 * the Contact Log (cells in the way counted as if replaced), or null without a log.
 *
 * @example
 * await restorableInvoices(loaded) //=> 38
 */
export async function restorableInvoices(loaded: LoadedList): Promise<number | null> {
  const planned = await restoreState(loaded.book.port, restoreRequest(loaded, { confirmOverwrite: true, dryRun: true }));
  return isFailure(planned) || !planned.ok || !planned.log ? null : planned.invoices;
}

/** The restore of a loaded list: every invoice but a repeated number's second row (issue 12 item 3). */
function restoreRequest(loaded: LoadedList, options: { readonly confirmOverwrite: boolean; readonly dryRun: boolean }): RestoreRequest {
  const { list } = loaded;
  const repeats = new Set(list.repeatedRows.map(([row]) => row));
  const invoices = list.ledger.invoices.filter((invoice) => !repeats.has(invoice.row));
  return { list: list.data, headerRow: list.headerRow, mapping: list.mapping, invoices, dateSystem: loaded.policy.dateSystem, ...options };
}

/**
 * What the restore did, after "Restored" in the reports; null when there is nothing to say (no
 * Contact Log, --no-restore).
 *
 * @example
 * restoreLine({ log: true, invoices: 38, cells: 96, createdColumns: ["Dunning status"] }) //=> "state for 38 invoices from the Contact Log (added Dunning status)"
 */
export function restoreLine(restored: RestoreReport | null): string | null {
  if (restored === null || !restored.log) return null;
  if (restored.invoices === 0) return "nothing: the list holds all the Contact Log records";
  return `state for ${counted(restored.invoices, "invoice")} from the Contact Log${restored.createdColumns.length > 0 ? ` (added ${restored.createdColumns.join(", ")})` : ""}`;
}

/**
 * The restore in the one-line summary on stderr: "" when nothing was restored.
 *
 * @example
 * restoredSummary({ log: true, invoices: 38, cells: 96, createdColumns: [] }) //=> "state of 38 invoices restored from the Contact Log, "
 */
export function restoredSummary(restored: RestoreReport | null): string {
  return restored === null || restored.invoices === 0 ? "" : `state of ${counted(restored.invoices, "invoice")} restored from the Contact Log, `;
}
