import { resolve } from "node:path";
import { annotateWorkbook } from "../app/annotateWorkbook";
import { isoTextOfDay, serialFromDay } from "../core/days";
import { columnLetters } from "../workbook/a1";
import { policyNames } from "../workbook/policyNames";
import type { CliArguments } from "./cliArguments";
import type { CliIo } from "./cliIo";
import { counted, type CommandResult } from "./commandResult";
import { exitCodes, failure } from "./exitCodes";
import { asOfJson, asOfReason, currencyLine, listPlace } from "./listText";
import { loadList } from "./loadList";
import { cleanUpKilledRuns } from "./killedRuns";
import { outputPath, writeOutput } from "./outputFiles";
import type { ProgressLine } from "./progressLine";
import { restoredSummary, restoreLine, restoreStep } from "./restoreStep";

const policyChanges = { added: "added", updated: "updated (date order and decimal separator of this list)", replaced: "written with the policy given", unchanged: "kept" } as const;

/**
 * `annotate`: the pane's "Add AR columns" and "Create summary sheet" into a new workbook (or
 * the input with --in-place). The output is checked before anything is read; cells in the way
 * stop the run with the list of them, unless --force.
 *
 * @example
 * await annotateCommand(io, args, progress) //=> { ok: true, text: "Annotated AR!A1:H120 …", json: { output: "/w/out.xlsx", … }, … }
 */
export async function annotateCommand(io: CliIo, args: CliArguments, progress: ProgressLine): Promise<CommandResult> {
  if (args.output !== null && args.out !== null && resolve(io.cwd, args.output) !== resolve(io.cwd, args.out)) return failure(exitCodes.usage, "-o and --out name different files: give one.");
  const output = outputPath(io.cwd, { input: resolve(io.cwd, args.file ?? ""), output: args.output ?? args.out, force: args.force, inPlace: args.inPlace });
  if (output === null) return failure(exitCodes.usage, "annotate needs an output workbook: -o <out.xlsx> (or --in-place to change the input).");
  if (typeof output !== "string") return output;
  const cleaned = await cleanUpKilledRuns(io.files, { files: [output], folders: [] });
  const read = await loadList(io, args, progress);
  if (!read.ok) return read;
  const restoring = await restoreStep(args, read, progress);
  if (!restoring.ok) return restoring;
  const { loaded, restored } = restoring;
  const { book, list, policy, asOf } = loaded;
  const sheetsBefore = new Set(book.sheetNames());
  const options = { asOfSerial: serialFromDay(asOf, policy.dateSystem), keepAsOf: false, replace: loaded.policyGiven, confirmOverwrite: args.force };
  const annotated = await annotateWorkbook(book.port, list, policy, options, progress.step("Writing AR columns"));
  progress.clear();
  if (!annotated.ok) {
    const listed = annotated.conflicts.map((conflict) => `  ${conflict.address}  ${shown(conflict.value)}`).join("\n");
    const hint = annotated.step === "columns" ? " Clear or move those cells, or run again with --force to overwrite them." : "";
    const code = annotated.step === "policy" && annotated.conflicts.length === 0 ? exitCodes.badPolicy : annotated.step === "summary" ? exitCodes.internal : exitCodes.cellsInTheWay;
    return failure(code, `${annotated.message}${hint}${listed ? `\n${listed}` : ""}`, { step: annotated.step, conflicts: annotated.conflicts });
  }
  const backup = await writeOutput(io.files, output, await book.save(), { input: loaded.path, backup: !args.noBackup });
  const warnings = [...loaded.warnings, ...cleaned];
  const summarySheet = book.sheetNames().find((name) => !sheetsBefore.has(name) && name !== policyNames.sheet) ?? null;
  const columns = annotated.plan.columns.map((column) => ({ header: column.header, column: columnLetters(column.column), reused: column.reused }));
  const text = [
    `Annotated ${listPlace(loaded)}`,
    currencyLine(loaded),
    `  AR columns  ${columns.map((column) => `${column.header} (${column.column})`).join(", ")} on ${counted(annotated.rows, "row")}`,
    `  Summary     ${summarySheet === null ? "(none)" : `sheet "${summarySheet}"`}`,
    `  Policy      sheet "${policyNames.sheet}" ${policyChanges[annotated.policySheet]}, as of ${isoTextOfDay(asOf)} (${asOfReason(loaded)})`,
    ...[restoreLine(restored)].flatMap((line) => (line === null ? [] : [`  Restored    ${line}`])),
    `Wrote ${output}${backup === null ? "" : ` (the original kept as ${backup})`}`,
  ].join("\n");
  return {
    ok: true,
    text: `${text}\n`,
    json: { ok: true, command: "annotate", file: loaded.path, output, ...asOfJson(loaded), sheet: list.data.sheetName, address: list.data.address, table: list.data.tableName, rows: annotated.rows, currency: list.ledger.currency, columns, summarySheet, policySheet: annotated.policySheet, restored, backup, warnings },
    summary: `annotate: ${counted(list.ledger.invoices.length, "invoice")}, ${restoredSummary(restored)}${counted(columns.length, "AR column")} on ${counted(annotated.rows, "row")}, wrote ${output}`,
    warnings,
  };
}

function shown(value: unknown): string {
  const text = typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value);
  return `“${text.length > 40 ? `${text.slice(0, 37)}…` : text}”`;
}
