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
  /** The file system refused: EACCES, EPERM, EROFS (issue 13). */
  permissionDenied: 12,
  /** ENOSPC (or a quota, EDQUOT). */
  diskFull: 13,
  /** ENOTDIR: a part of the path is a file. */
  notADirectory: 14,
  /** Any other file-system fault (EIO, ENAMETOOLONG …). */
  fileSystem: 15,
  /** Ctrl+C (SIGINT, 128 + 2): temporary files removed. */
  interrupted: 130,
  /** SIGTERM (128 + 15): temporary files removed. */
  terminated: 143,
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
  [exitCodes.cellsInTheWay, "cells in the way (AR columns, an earlier Reminders batch, policy rows, cells the restore from the Contact Log fills): nothing written"],
  [exitCodes.badPolicy, "the policy (--policy file or the workbook's policy sheet) has a problem"],
  [exitCodes.currencyQuestion, "the amounts show a bare \"$\" on a sheet whose headers are not English: give --currency"],
  [exitCodes.listChanged, "mark-sent: the list changed since drafting (a row moved): nothing written"],
  [exitCodes.permissionDenied, "permission denied (or a read-only file system) on a file or folder you named"],
  [exitCodes.diskFull, "the disk is full: nothing half-written is left behind"],
  [exitCodes.notADirectory, "a part of a path you named is a file, not a folder"],
  [exitCodes.fileSystem, "another file-system fault (an input/output error, a name too long …), named in the message"],
  [exitCodes.interrupted, "interrupted (Ctrl+C): temporary files removed, no half-written file left"],
  [exitCodes.terminated, "terminated (SIGTERM): temporary files removed, no half-written file left"],
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
