import { resolve } from "node:path";
import { draftReminders } from "../app/draftReminders";
import { markSent } from "../app/markSent";
import { loggedDraftIds, messagesForIds, sheetReminders, type SheetReminder } from "../app/sheetReminders";
import type { DraftedMessage } from "../mail/draftMessages";
import { dayFromIsoText, isoTextOfDay, serialFromDay, type Day } from "../core/days";
import type { ContactsMoved, ContactsRecorded } from "../app/recordContacts";
import { isFailure, type ExcelFailure } from "../workbook/agingData";
import type { ConflictResult } from "../workbook/conflicts";
import type { CliArguments } from "./cliArguments";
import type { CliIo } from "./cliIo";
import { counted, type CommandResult } from "./commandResult";
import { exitCodes, failure, type CommandFailure } from "./exitCodes";
import { listPlace } from "./listText";
import { columnLimit, textTable } from "./textTable";
import { headerText } from "../mail/headers";
import { shortened } from "../mail/shortened";
import { loadList, type LoadedList } from "./loadList";
import { outputPath, writeWhole } from "./outputFiles";
import type { ProgressLine } from "./progressLine";

/**
 * `mark-sent`: the pane's Mark as sent for messages of the Reminders sheet (`--draft ID…` or
 * `--all`), through the same flow (src/app/markSent): a Contact Log row per message with who
 * marked it (--by, default the OS user), then what each step means on its invoices' rows (Last
 * contact and Reminders sent for a customer-facing step, "sales asked" or "offered … until …"
 * in the Dunning status column). The list is drafted again as it was on the ids' day: a message
 * the list no longer drafts (a row moved, an invoice paid, a stage changed) stops the run with
 * exit 11 and nothing written; formulas or foreign content in the desk's cells stop it with
 * exit 8 unless --force.
 *
 * @example
 * await markSentCommand(io, args, progress) //=> { ok: true, text: "Marked 2 messages as sent …", … }
 */
export async function markSentCommand(io: CliIo, args: CliArguments, progress: ProgressLine): Promise<CommandResult> {
  if (args.all === (args.drafts.length > 0)) return failure(exitCodes.usage, "mark-sent needs the messages to mark: --draft <id> (repeat for several) or --all, not both.");
  const output = outputPath(io.cwd, { input: resolve(io.cwd, args.file ?? ""), output: args.output, force: args.force, inPlace: args.inPlace });
  if (output === null) return failure(exitCodes.usage, "mark-sent needs an output workbook: -o <out.xlsx> (or --in-place to change the input).");
  if (typeof output !== "string") return output;
  const loaded = await loadList(io, args, progress);
  if (!loaded.ok) return loaded;
  const onSheet = await sheetReminders(loaded.book.port);
  if (onSheet === null) return failure(exitCodes.usage, "The workbook has no Reminders sheet: run dunning-desk remind with -o first, then mark its messages.");
  if (isFailure(onSheet)) return failure(exitCodes.cellsInTheWay, onSheet.error);
  const ids = args.all ? onSheet.map((item) => item.draftId) : args.drafts;
  const unknown = ids.filter((id) => !onSheet.some((item) => item.draftId === id));
  if (unknown.length > 0) return failure(exitCodes.usage, `Not on the Reminders sheet: ${unknown.join(", ")} (it holds ${onSheet.map((item) => item.draftId).join(", ") || "no messages"}).`);
  const logged = await loggedDraftIds(loaded.book.port);
  if (isFailure(logged)) return failure(exitCodes.cellsInTheWay, logged.error);
  const fresh = ids.filter((id) => !logged.has(id));
  // A list that drafted nothing (empty, only credit notes): say so, not "logged already".
  if (ids.length === 0) return done(loaded, ids, output, "the Reminders sheet holds no message to mark: nothing written");
  if (fresh.length === 0) return done(loaded, ids, output, "every message named is in the Contact Log already: nothing written");
  const draftDay = dayOfIds(fresh);
  if (typeof draftDay === "string") return failure(exitCodes.usage, draftDay);
  return markIds(io, args, loaded, { ids: fresh, onSheet }, ids.filter((id) => logged.has(id)), draftDay, output);
}

/** Nothing to mark: every id named is logged already (marking twice logs once, R16). */
function done(loaded: LoadedList, ids: readonly string[], output: string, why: string): CommandResult {
  return {
    ok: true,
    text: `Mark as sent on ${listPlace(loaded)}: ${why}.\n${ids.map((id) => `  ${id}  (logged before: not again)`).join("\n")}\n`,
    json: { ok: true, command: "mark-sent", file: loaded.path, output: null, wouldBe: output, asOf: isoTextOfDay(loaded.asOf), logged: [], alreadyLogged: ids, createdColumns: [], cells: 0, balanceChanged: [], warnings: loaded.warnings },
    summary: `mark-sent: ${counted(ids.length, "message")} logged before, nothing written`,
    warnings: loaded.warnings,
  };
}

async function markIds(io: CliIo, args: CliArguments, loaded: LoadedList, named: { readonly ids: readonly string[]; readonly onSheet: readonly SheetReminder[] }, loggedBefore: readonly string[], draftDay: Day, output: string): Promise<CommandResult> {
  const { book, list, policy, asOf } = loaded;
  const { ids } = named;
  // The batch as it was drafted (remind drafts whatever the gap when asked to; a superset here).
  const batch = await draftReminders(book.port, list, policy, draftDay, { overrideGap: true, customers: null });
  const { found, missing } = messagesForIds(batch.messages, ids);
  if (missing.length > 0) {
    const which = missing.map((id) => `  ${movedMessage(id, named.onSheet, batch.messages, list.data.top)}`).join("\n");
    return failure(exitCodes.listChanged, `The list changed since drafting (a row moved, or an invoice was paid, added or changed): nothing was written. Draft the batch again.\n${which}`, { missing });
  }
  const daySerial = serialFromDay(asOf, policy.dateSystem);
  const now = new Date();
  const loggedAt = daySerial + (now.getHours() * 3600 + now.getMinutes() * 60 + now.getSeconds()) / 86_400;
  const markedBy = args.by ?? io.user ?? "";
  const outcome = await markSent(book.port, { messages: found, list: list.data, headerRow: list.headerRow, mapping: list.mapping, loggedAt, day: asOf, daySerial, note: "", markedBy, confirmOverwrite: args.force });
  if (!outcome.logged) return failure(exitCodes.cellsInTheWay, `Nothing was written: ${outcome.error}`);
  const rows = rowsProblem(outcome.rows);
  if (rows) return rows;
  await writeWhole(io.files, output, await book.save());
  const recorded = outcome.rows !== null && !isFailure(outcome.rows) && outcome.rows.ok ? outcome.rows : null;
  const lines = [
    `Mark as sent on ${listPlace(loaded)}${markedBy ? `, by ${markedBy}` : ""}`,
    // A table, as every other list the CLI prints: names cut to 40 characters, no bidi or escape characters.
    textTable([
      ...found.map((message) => [message.record.draftId, message.draft.stage, message.draft.customer, outcome.appended.includes(message.record.draftId) ? "" : "(logged before: not again)"]),
      ...loggedBefore.map((id) => [id, "", "", "(logged before: not again)"]),
    ]).replace(/ +$/gm, ""),
    `Logged ${counted(outcome.appended.length, "message")} in the Contact Log; updated ${counted(new Set(recorded?.cells.map((cell) => cell.row)).size, "row")}${recorded && recorded.createdColumns.length > 0 ? `; added ${recorded.createdColumns.join(", ")}` : ""}`,
    ...(recorded?.balanceChanged ?? []).map((change) => `  Row ${change.row + 1}: the balance changed since drafting (${String(change.before)} → ${String(change.now)})`),
    `Wrote ${output}`,
  ];
  return {
    ok: true,
    text: `${lines.join("\n")}\n`,
    json: { ok: true, command: "mark-sent", file: loaded.path, output, asOf: isoTextOfDay(asOf), markedBy, logged: outcome.appended, alreadyLogged: [...outcome.alreadyLogged, ...loggedBefore], createdColumns: recorded?.createdColumns ?? [], cells: recorded?.cells.length ?? 0, balanceChanged: recorded?.balanceChanged ?? [], warnings: loaded.warnings },
    summary: `mark-sent: ${counted(outcome.appended.length, "message")} logged, wrote ${output}`,
    warnings: loaded.warnings,
  };
}

/**
 * A message the list no longer drafts, named so the user can find it: its customer and stage
 * from the Reminders sheet, and the sheet rows the list now holds that customer's invoices on
 * (a swap of two rows shows as the same invoices on each other's rows).
 */
function movedMessage(id: string, onSheet: readonly SheetReminder[], now: readonly DraftedMessage[], top: number): string {
  const drafted = onSheet.find((item) => item.draftId === id);
  if (!drafted) return id;
  const name = shortened(headerText(drafted.customer), columnLimit);
  const same = now.find((message) => message.draft.customer === drafted.customer && message.draft.stage === drafted.stage);
  const rows = same?.draft.lines.map((line) => `row ${top + line.row + 1}${line.invoiceNumber === null ? "" : ` (${shortened(headerText(line.invoiceNumber), columnLimit)})`}`).join(", ");
  return `${id}: ${drafted.stage} to ${name}${rows ? `; the list now has its invoices on ${rows}` : "; the list no longer drafts it"}`;
}

/** The drafting day the ids name (yyyy-mm-dd-…): one day per run. */
function dayOfIds(ids: readonly string[]): Day | string {
  const days = [...new Set(ids.map((id) => id.slice(0, 10)))];
  const day = days.length === 1 ? dayFromIsoText(days[0] ?? "") : null;
  if (days.length > 1) return `The drafts are of several days (${days.join(", ")}): mark one day's batch at a time.`;
  return typeof day === "number" ? day : `${ids[0] ?? ""} is not a draft id (yyyy-mm-dd-…).`;
}

/** Why the rows were not written, as the exit code a script tells apart; null when they were (record shares it). */
export function rowsProblem(rows: ContactsRecorded | ContactsMoved | ConflictResult | ExcelFailure | null): CommandFailure | null {
  if (rows === null) return null;
  if (isFailure(rows)) return failure(exitCodes.cellsInTheWay, `Nothing was written: ${rows.error}`);
  if (rows.ok) return null;
  if ("moved" in rows) {
    const shown = (value: unknown) => shortened(headerText(String(value)), columnLimit);
    const moved = rows.moved.map((item) => `row ${item.row + 1}: ${item.field} is now ${shown(item.found)}, was ${shown(item.expected)}`);
    return failure(exitCodes.listChanged, `A row moved since drafting (${moved.join("; ")}): nothing was written.`, { moved: rows.moved });
  }
  const listed = textTable(rows.conflicts.map((conflict) => [conflict.address, String(conflict.value)]));
  return failure(exitCodes.cellsInTheWay, `Cells the desk writes hold formulas or entries it did not write: nothing was written. Clear them, or run again with --force to replace them.\n${listed}`, { conflicts: rows.conflicts });
}
