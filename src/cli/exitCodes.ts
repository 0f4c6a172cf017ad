/**
 * The command line's exit codes, one per kind of outcome a script may want to tell apart.
 * `--help` lists them from here.
 *
 * @example
 * exitCodes.encrypted //=> 5
 */
export const exitCodes = {
  ok: 0,
  /** A bug: an unexpected exception (reported with its stack). */
  internal: 1,
  usage: 2,
  missingFile: 3,
  notXlsx: 4,
  encrypted: 5,
  noAgingList: 6,
  outputExists: 7,
  cellsInTheWay: 8,
  badPolicy: 9,
  /** A bare "$" on a sheet whose headers are not English, and no --currency (issue 10). */
  currencyQuestion: 10,
  /** mark-sent: the list changed since drafting (a row moved): nothing written. */
  listChanged: 11,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];

/** What each exit code means, for `--help`. */
export const exitCodeMeanings: readonly (readonly [ExitCode, string])[] = [
  [exitCodes.ok, "done"],
  [exitCodes.internal, "unexpected error (a bug: please report it with the message)"],
  [exitCodes.usage, "bad command, option or option value (also: no From address for .eml drafts)"],
  [exitCodes.missingFile, "an input file (the workbook or --policy) does not exist"],
  [exitCodes.notXlsx, "the file is not an .xlsx workbook (or cannot be read as one)"],
  [exitCodes.encrypted, "the workbook is password-protected: save a copy without a password"],
  [exitCodes.noAgingList, "no aging list: the sheet does not exist or has no recognisable header row"],
  [exitCodes.outputExists, "an output file exists (use --force), or the output is the input (use --in-place)"],
  [exitCodes.cellsInTheWay, "cells in the way (AR columns, an earlier Reminders batch, policy rows): nothing written"],
  [exitCodes.badPolicy, "the policy (--policy file or the workbook's policy sheet) has a problem"],
  [exitCodes.currencyQuestion, "the amounts show a bare \"$\" on a sheet whose headers are not English: give --currency"],
  [exitCodes.listChanged, "mark-sent: the list changed since drafting (a row moved): nothing written"],
];

/** An expected failure of a command: its exit code, a message for stderr, and details for --json. */
export interface CommandFailure {
  readonly ok: false;
  readonly exitCode: ExitCode;
  readonly message: string;
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * A command failure.
 *
 * @example
 * failure(exitCodes.missingFile, "No such file: ar.xlsx") //=> { ok: false, exitCode: 3, message: "No such file: ar.xlsx" }
 */
export function failure(exitCode: ExitCode, message: string, details?: Readonly<Record<string, unknown>>): CommandFailure {
  return details ? { ok: false, exitCode, message, details } : { ok: false, exitCode, message };
}
