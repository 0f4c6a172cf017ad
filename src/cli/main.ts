import packageJson from "../../package.json";
import { analyzeCommand } from "./analyzeCommand";
import { customersCommand } from "./customersCommand";
import { todayCommand } from "./todayCommand";
import { annotateCommand } from "./annotateCommand";
import { parseArguments, type CliArguments } from "./cliArguments";
import type { CliIo } from "./cliIo";
import type { CommandResult } from "./commandResult";
import { exitCodes, type CommandFailure, type ExitCode } from "./exitCodes";
import { errorCode, faultFailure, FileFault } from "./fileFault";
import { helpText } from "./helpText";
import { progressLine } from "./progressLine";
import { markSentCommand } from "./markSentCommand";
import { recordCommand } from "./recordCommand";
import { remindCommand } from "./remindCommand";

/**
 * The command line: parses `argv` (the arguments after `dunning-desk`), runs the command and
 * returns the exit code. Reports go to stdout (text, or JSON with --json, failures included);
 * messages, progress and the one-line summary go to stderr.
 *
 * @example
 * await main(["analyze", "ar.xlsx", "--json"], io) //=> 0 (and the figures as JSON on io.stdout)
 * await main(["analyze", "missing.xlsx"], io)      //=> 3
 */
export async function main(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseArguments(argv);
  if (!parsed.ok) {
    io.stderr.write(`dunning-desk: ${parsed.message}\nRun "dunning-desk --help" for the commands and options.\n`);
    if (argv.includes("--json")) io.stdout.write(`${JSON.stringify({ ok: false, exitCode: exitCodes.usage, error: parsed.message })}\n`);
    return exitCodes.usage;
  }
  const args = parsed.arguments;
  if (args.command === "help") return done(io, helpText(packageJson.version));
  if (args.command === "version") return done(io, `${packageJson.version}\n`);
  const started = performance.now();
  const progress = progressLine(io.stderr, args.quiet, () => performance.now());
  let result: CommandResult;
  try {
    const command = { analyze: analyzeCommand, annotate: annotateCommand, remind: remindCommand, "mark-sent": markSentCommand, customers: customersCommand, today: todayCommand, record: recordCommand }[args.command];
    result = await command(io, args, progress);
  } catch (error) {
    progress.clear();
    const fault = asFileFault(error);
    if (fault) return failed(io, args, faultFailure(fault, io.files));
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr.write(`dunning-desk: unexpected error (a bug; please report it):\n${message}\n`);
    if (args.json) io.stdout.write(`${JSON.stringify({ ok: false, exitCode: exitCodes.internal, error: error instanceof Error ? error.message : String(error) })}\n`);
    return exitCodes.internal;
  }
  if (!result.ok) return failed(io, args, result);
  io.stdout.write(args.json ? `${JSON.stringify(result.json, null, 2)}\n` : result.text);
  if (!args.quiet) {
    for (const warning of result.warnings) io.stderr.write(`dunning-desk: ${warning}\n`);
    io.stderr.write(`${result.summary} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`);
  }
  return exitCodes.ok;
}

function failed(io: CliIo, args: CliArguments, result: CommandFailure): ExitCode {
  io.stderr.write(`dunning-desk ${args.command}: ${result.message}\n`);
  if (args.json) io.stdout.write(`${JSON.stringify({ ok: false, exitCode: result.exitCode, error: result.message, ...result.details })}\n`);
  return result.exitCode;
}

/**
 * A file fault, also one that reached here without `guarded` (a Node error with an errno code
 * and a system call): it is answered with its exit code, never as a bug. Its path may be a
 * temporary one, so the message says only what failed.
 */
function asFileFault(error: unknown): FileFault | null {
  if (error instanceof FileFault) return error;
  const code = errorCode(error);
  const syscall = (error as { syscall?: unknown }).syscall;
  return code !== null && typeof syscall === "string" ? new FileFault(code, "a file the command needed", "write") : null;
}

function done(io: CliIo, text: string): ExitCode {
  io.stdout.write(text);
  return exitCodes.ok;
}
