import { resolve } from "node:path";
import { recordStep } from "../app/recordStep";
import { readStepForm, stepKindOf } from "../app/stepForm";
import { stepStages } from "../app/stepRecord";
import { isoTextOfDay, serialFromDay } from "../core/days";
import type { Invoice } from "../core/invoiceRow";
import { isFailure } from "../workbook/agingData";
import type { CliArguments } from "./cliArguments";
import type { CliIo } from "./cliIo";
import { counted, type CommandResult } from "./commandResult";
import { exitCodes, failure, type CommandFailure } from "./exitCodes";
import { listPlace } from "./listText";
import { loadList } from "./loadList";
import { rowsProblem } from "./markSentCommand";
import { outputPath, writeWhole } from "./outputFiles";
import type { ProgressLine } from "./progressLine";

/**
 * `record <step>`: the pane's Record buttons for invoices named by --invoice or --customer,
 * through the same flow (src/app/recordStep): a promise taken (--pay-by, --amount), a payment
 * plan agreed (--instalments, --first, --every), a dispute opened or resolved, a call made. A
 * Contact Log row per invoice with who recorded it (--by, default the OS user), then the step
 * in the desk's Dunning status column (a call also sets Last contact and raises Reminders
 * sent). --as-of is the day of the step. Recording the same step twice on a day logs it once.
 *
 * @example
 * await recordCommand(io, args, progress) //=> { ok: true, text: "Recorded Promise to pay on …", … }
 */
export async function recordCommand(io: CliIo, args: CliArguments, progress: ProgressLine): Promise<CommandResult> {
  const kind = stepKindOf(args.step ?? "");
  if (kind === null) return failure(exitCodes.usage, `record needs a step: promise, plan, dispute, resolved or call (got "${args.step ?? ""}").`);
  if (args.invoices.length === 0 && args.customers.length === 0) return failure(exitCodes.usage, "record needs the invoices: --invoice <number> or --customer <name> (repeat for several).");
  const output = outputPath(io.cwd, { input: resolve(io.cwd, args.file ?? ""), output: args.output, force: args.force, inPlace: args.inPlace });
  if (output === null) return failure(exitCodes.usage, "record needs an output workbook: -o <out.xlsx> (or --in-place to change the input).");
  if (typeof output !== "string") return output;
  const loaded = await loadList(io, args, progress);
  if (!loaded.ok) return loaded;
  const { book, list, policy, asOf } = loaded;
  const form = readStepForm(kind, args, asOf);
  if (!form.ok) return failure(exitCodes.usage, form.message);
  const invoices = chosenInvoices(list.ledger.invoices, args);
  if (!Array.isArray(invoices)) return invoices;
  const daySerial = serialFromDay(asOf, policy.dateSystem);
  const now = new Date();
  const loggedAt = daySerial + (now.getHours() * 3600 + now.getMinutes() * 60 + now.getSeconds()) / 86_400;
  const markedBy = args.by ?? io.user ?? "";
  const outcome = await recordStep(book.port, { record: form.record, invoices, list: list.data, headerRow: list.headerRow, mapping: list.mapping, loggedAt, day: asOf, daySerial, note: args.note ?? "", markedBy, confirmOverwrite: args.force });
  if (!outcome.logged) return failure(exitCodes.cellsInTheWay, `Nothing was written: ${outcome.error}`);
  const problem = rowsProblem(outcome.rows);
  if (problem) return problem;
  const recorded = outcome.rows !== null && !isFailure(outcome.rows) && outcome.rows.ok ? outcome.rows : null;
  if (outcome.appended.length > 0) await writeWhole(io.files, output, await book.save());
  const stage = stepStages[kind];
  const lines = [
    `${stage} on ${listPlace(loaded)}, ${isoTextOfDay(asOf)}${markedBy ? `, by ${markedBy}` : ""}`,
    ...invoices.map((invoice) => `  ${invoice.customer}  ${invoice.invoiceNumber ?? `row ${list.data.top + invoice.row + 1}`}`),
    outcome.appended.length === 0
      ? "Recorded before today: nothing written."
      : `Logged ${counted(outcome.appended.length, "invoice")} in the Contact Log; updated ${counted(new Set(recorded?.cells.map((cell) => cell.row)).size, "row")}${recorded && recorded.createdColumns.length > 0 ? `; added ${recorded.createdColumns.join(", ")}` : ""}`,
    ...(outcome.appended.length > 0 ? [`Wrote ${output}`] : []),
  ];
  return {
    ok: true,
    text: `${lines.join("\n")}\n`,
    json: { ok: true, command: "record", step: kind, file: loaded.path, output: outcome.appended.length > 0 ? output : null, asOf: isoTextOfDay(asOf), markedBy, logged: outcome.appended, alreadyLogged: outcome.alreadyLogged, createdColumns: recorded?.createdColumns ?? [], cells: recorded?.cells.length ?? 0, warnings: loaded.warnings },
    summary: `record: ${stage}, ${counted(outcome.appended.length, "invoice")} logged${outcome.appended.length > 0 ? `, wrote ${output}` : ""}`,
    warnings: loaded.warnings,
  };
}

/** The invoices named: by number (within the customers named, when some are), else all of the customers named. */
function chosenInvoices(all: readonly Invoice[], args: CliArguments): Invoice[] | CommandFailure {
  const fold = (text: string | null) => (text ?? "").trim().toLowerCase();
  const customers = new Set(args.customers.map(fold));
  const ofCustomers = customers.size === 0 ? all : all.filter((invoice) => customers.has(fold(invoice.customer)));
  const unknownCustomers = args.customers.filter((name) => !all.some((invoice) => fold(invoice.customer) === fold(name)));
  if (unknownCustomers.length > 0) return failure(exitCodes.usage, `No invoice of ${unknownCustomers.map((name) => `"${name}"`).join(", ")} in the list.`);
  if (args.invoices.length === 0) return [...ofCustomers];
  const chosen: Invoice[] = [];
  for (const number of args.invoices) {
    const found = ofCustomers.filter((invoice) => fold(invoice.invoiceNumber) === fold(number));
    if (found.length === 0) return failure(exitCodes.usage, `Invoice "${number}" is not in the list${customers.size > 0 ? " for the customers named" : ""}.`);
    const owners = new Set(found.map((invoice) => fold(invoice.customer)));
    if (owners.size > 1) return failure(exitCodes.usage, `Invoice "${number}" is in the list for several customers (${found.map((invoice) => invoice.customer).join(", ")}): name the customer too (--customer).`);
    chosen.push(...found.filter((invoice) => !chosen.includes(invoice)));
  }
  return chosen;
}
