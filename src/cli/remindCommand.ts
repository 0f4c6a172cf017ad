import { resolve } from "node:path";
import { customerKey, draftReminders, type NotDrafted, type ReminderBatch } from "../app/draftReminders";
import { describeLetterLanguage } from "../core/letterLanguage";
import { draftFiles } from "../mail/draftFiles";
import { isFailure } from "../workbook/agingData";
import { formatMoneyFigure } from "../app/figures";
import type { CliArguments } from "./cliArguments";
import type { CliIo } from "./cliIo";
import { counted, type CommandResult } from "./commandResult";
import { exitCodes, failure, type CommandFailure } from "./exitCodes";
import { asOfJson, currencyLine, listPlace, sheetCell } from "./listText";
import { loadList, type LoadedList } from "./loadList";
import { writeDraftBatch } from "./draftBatch";
import { cleanUpKilledRuns } from "./killedRuns";
import { draftPaths, outputPath, writeOutput } from "./outputFiles";
import type { ProgressLine } from "./progressLine";
import { restoredSummary, restoreLine, restoreStep, type RestoreReport } from "./restoreStep";
import { checkAddress, headerText } from "../mail/headers";
import { shortened } from "../mail/shortened";
import { columnLimit, lastColumnLimit, textTable } from "./textTable";

/**
 * `remind`: the Remind panel over every invoice row (or --customer): one draft per customer and
 * currency, written as .eml (letters and calls' talking points .txt) into --out, and the Reminders sheet into -o. Every
 * row not drafted is reported with its reason. Nothing is written until every check passed.
 *
 * @example
 * await remindCommand(io, args, progress) //=> { ok: true, text: "Drafted 5 emails and 1 letter …", json: { messages: […], notDrafted: […] }, … }
 */
export async function remindCommand(io: CliIo, args: CliArguments, progress: ProgressLine): Promise<CommandResult> {
  const output = outputPath(io.cwd, { input: resolve(io.cwd, args.file ?? ""), output: args.output, force: args.force, inPlace: args.inPlace });
  if (output !== null && typeof output !== "string") return output;
  if (args.from !== null && !checkAddress(args.from).ok) return failure(exitCodes.usage, `--from must be one email address such as ar@example.com (got "${args.from}").`);
  const folder = args.out === null ? null : resolve(io.cwd, args.out);
  // First of all: an incomplete batch a killed run left is not "drafts that exist".
  const cleaned = await cleanUpKilledRuns(io.files, { files: output === null ? [] : [output], folders: folder === null ? [] : [folder] });
  const read = await loadList(io, args, progress);
  if (!read.ok) return read;
  // Before drafting: state a fresh export lost comes back from the Contact Log, so each customer is drafted at its rung.
  const restoring = await restoreStep(args, read, progress);
  if (!restoring.ok) return restoring;
  const { loaded, restored } = restoring;
  const unknown = unknownCustomers(loaded, args.customers);
  if (unknown) return unknown;
  const batch = await draftReminders(loaded.book.port, loaded.list, loaded.policy, loaded.asOf, { overrideGap: args.overrideGap, customers: args.customers.length > 0 ? args.customers : null, language: args.lang });
  const files = folder === null ? null : plannedFiles(loaded, batch, args, folder);
  if (files !== null && !files.ok) return files;
  let sheet: { address: string; rows: number } | null = null;
  let backup: string | null = null;
  if (output !== null) {
    const written = await loaded.book.port.writeRemindersSheet(batch.messages.map((message) => message.record), { confirmReplace: args.force }, progress.step("Writing the Reminders sheet"));
    progress.clear();
    if (isFailure(written)) return failure(exitCodes.cellsInTheWay, `The Reminders sheet could not be written: ${written.error}`);
    if (!written.ok) return failure(exitCodes.cellsInTheWay, `The Reminders sheet holds an earlier batch of ${counted(written.existingRows, "message")}: nothing was written. Use --force to replace it.`, { existingRows: written.existingRows });
    sheet = { address: written.address, rows: written.rows };
    backup = await writeOutput(io.files, output, await loaded.book.save(), { input: loaded.path, backup: !args.noBackup });
  }
  // The folder is there even when nothing is drafted: scripts look in it.
  if (folder !== null) await writeDraftBatch(io.files, folder, files?.files ?? []);
  return report(loaded, batch, { folder, files: files?.files ?? [], pathOfMessage: files?.pathOfMessage ?? [], fileProblems: files?.problems ?? [], output, sheet, backup, cleaned, restored });
}

interface PlannedFile {
  readonly path: string;
  readonly text: string;
}

interface Planned {
  readonly ok: true;
  readonly files: readonly PlannedFile[];
  /** The file of each message of the batch (null: none could be written), aligned with the messages. */
  readonly pathOfMessage: readonly (string | null)[];
  readonly problems: readonly NotDrafted[];
}

/** The .eml and .txt files of the batch, with their paths in the folder; a draft needs a From address. */
function plannedFiles(loaded: LoadedList, batch: ReminderBatch, args: CliArguments, folder: string): Planned | CommandFailure {
  const from = args.from ?? loaded.policy.senderEmail;
  if (from === "" && batch.messages.some((message) => message.draft.to !== null)) {
    return failure(exitCodes.usage, "The .eml drafts need a From address: give --from ar@yourcompany.com, or set senderEmail in the policy (--policy or the workbook's policy sheet).");
  }
  const { files, problems, byMessage } = draftFiles(batch.messages, { name: loaded.policy.senderName, address: from }, loaded.asOf);
  const paths = draftPaths(folder, files.map((file) => file.name), args.force);
  if (!paths.ok) return paths;
  const planned = files.map((file, index) => ({ path: paths.paths[index] ?? file.name, text: file.text }));
  return {
    ok: true,
    files: planned,
    pathOfMessage: byMessage.map((file) => (file === null ? null : planned[files.indexOf(file)]?.path ?? null)),
    problems: problems.map((problem) => ({ row: null, customer: problem.customer, code: "badEmail" as const, reason: problem.message })),
  };
}

function unknownCustomers(loaded: LoadedList, customers: readonly string[]): CommandFailure | null {
  const known = new Set(loaded.list.ledger.invoices.map((invoice) => customerKey(invoice.customer)));
  const missing = customers.filter((customer) => !known.has(customerKey(customer)));
  if (missing.length === 0) return null;
  const names = [...new Set(loaded.list.ledger.invoices.map((invoice) => invoice.customer.trim()))];
  return failure(exitCodes.usage, `--customer ${missing.map((name) => `"${name}"`).join(", ")} matches no customer of the list (${names.slice(0, 8).join(", ")}${names.length > 8 ? ", …" : ""}).`);
}

interface Written {
  readonly folder: string | null;
  readonly files: readonly PlannedFile[];
  readonly pathOfMessage: readonly (string | null)[];
  readonly fileProblems: readonly NotDrafted[];
  readonly output: string | null;
  readonly sheet: { readonly address: string; readonly rows: number } | null;
  /** The copy of the original kept by --in-place. */
  readonly backup: string | null;
  /** What was cleaned up after killed runs. */
  readonly cleaned: readonly string[];
  /** The restore from the Contact Log (null: --no-restore). */
  readonly restored: RestoreReport | null;
}

function report(loaded: LoadedList, batch: ReminderBatch, written: Written): CommandResult {
  const top = loaded.list.data.top;
  const notDrafted = [...batch.notDrafted, ...written.fileProblems];
  const fileOf = (index: number) => written.pathOfMessage[index] ?? null;
  const emails = batch.messages.filter((message) => message.draft.to !== null).length;
  const calls = batch.messages.filter((message) => message.draft.medium === "call").length;
  const letters = batch.messages.length - emails - calls;
  const messages = batch.messages.map((message, index) => ({
    kind: message.draft.to !== null ? "email" : message.draft.medium === "call" ? "call" : "letter", customer: message.draft.customer, currency: message.draft.currency, stage: message.draft.stage,
    channel: message.draft.channel, phone: message.draft.phone,
    language: message.draft.language, to: message.draft.to, cc: message.draft.cc, subject: message.message.subject, amount: message.record.amount,
    invoices: message.record.invoices, draftId: message.record.draftId, file: written.folder === null ? null : fileOf(index),
  }));
  const cellOf = (item: NotDrafted) => (item.row === null || item.column === undefined || item.column === null ? null : sheetCell(loaded.list.data, item.row, item.column));
  const left = notDrafted.map((item) => ({ sheetRow: item.row === null ? null : top + item.row + 1, cell: cellOf(item), customer: item.customer, code: item.code, reason: reasonText(item) }));
  const lines = [
    `Reminders from ${listPlace(loaded)}`,
    currencyLine(loaded),
    `${describeLetterLanguage(batch.language)}.`,
    ...restoredLines(written.restored, written.output),
    `Drafted ${counted(emails, "email")} and ${counted(letters, "letter")}${calls === 0 ? "" : `; ${counted(calls, "customer")} to call (R4)`}${batch.messages.length === 0 ? "." : ":"}`,
  ];
  const recipient = (m: (typeof messages)[number]) => m.to ?? (m.kind === "call" ? `call ${m.phone ?? "(no phone number)"}` : "(letter)");
  if (messages.length > 0) lines.push(textTable([["Stage", "Customer", "Currency", "Amount", "To"], ...messages.map((m) => [m.stage, m.customer, m.currency, formatMoneyFigure(m.amount, m.currency), recipient(m)])], [3]));
  const named = (customer: string) => shortened(headerText(customer), columnLimit);
  if (left.length > 0) lines.push(`Not drafted (${left.length}):`, ...left.map((item) => `  ${item.sheetRow === null ? "" : `Row ${item.sheetRow}`}${item.customer ? `${item.sheetRow === null ? "" : " "}(${named(item.customer)})` : ""}${item.cell === null ? "" : `, cell ${item.cell}`}: ${shortened(headerText(item.reason), lastColumnLimit)}`));
  if (batch.templatesWarning) lines.push(batch.templatesWarning);
  if (written.folder !== null) lines.push(`Wrote ${counted(written.files.length, "draft")} to ${written.folder}`);
  if (written.output !== null && written.sheet) lines.push(`Wrote the Reminders sheet (${written.sheet.address}, ${counted(written.sheet.rows, "message")}) to ${written.output}${written.backup === null ? "" : ` (the original kept as ${written.backup})`}`);
  if (written.folder === null && written.output === null) lines.push("Nothing written: give --out <dir> for the drafts and -o <out.xlsx> for the Reminders sheet.");
  return {
    ok: true,
    text: `${lines.join("\n")}\n`,
    json: { ok: true, command: "remind", file: loaded.path, ...asOfJson(loaded), sheet: loaded.list.data.sheetName, address: loaded.list.data.address, currency: loaded.list.ledger.currency, language: { ...batch.language, sentence: describeLetterLanguage(batch.language) }, messages, notDrafted: left, draftsFolder: written.folder, output: written.output, remindersSheet: written.sheet, restored: written.restored, backup: written.backup, warnings: [...loaded.warnings, ...(batch.templatesWarning ? [batch.templatesWarning] : []), ...written.cleaned] },
    summary: `remind: ${restoredSummary(written.restored)}${counted(emails, "email")}, ${counted(letters, "letter")}, ${calls === 0 ? "" : `${counted(calls, "call")}, `}${counted(left.length, "row")} not drafted${written.folder === null ? "" : `, drafts in ${written.folder}`}${written.output === null ? "" : `, wrote ${written.output}`}`,
    warnings: [...loaded.warnings, ...written.cleaned],
  };
}

/** The pane says "tick the box" for R17; here the same exception is an option. */
function reasonText(item: NotDrafted): string {
  return item.code === "contactGap" ? item.reason.replace(/, or confirm to draft anyway$/, " (--override-gap drafts anyway)") : item.reason;
}

/** The restore's line; without -o the restored cells are drafted from but not saved. */
function restoredLines(restored: RestoreReport | null, output: string | null): string[] {
  const line = restoreLine(restored);
  if (line === null) return [];
  return [`Restored ${line}${output === null && restored !== null && restored.cells > 0 ? " (drafted from; saved only with -o)" : ""}.`];
}
