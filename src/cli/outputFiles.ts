import { existsSync, statSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { safeFileName, uniqueName } from "../mail/zip";
import type { CliFiles } from "./cliFiles";
import { exitCodes, failure, type CommandFailure } from "./exitCodes";
import { errorCode, FileFault, guarded } from "./fileFault";
import { withTemporary } from "./temporaryFiles";

export interface OutputChoice {
  readonly input: string;
  /** -o as given (relative to cwd), or null. */
  readonly output: string | null;
  readonly force: boolean;
  readonly inPlace: boolean;
}

/**
 * Where to write the output workbook, or why not: the input is only ever written with
 * --in-place (or -o naming it, with --force), and an existing file only with --force.
 *
 * @example
 * outputPath("/w", { input: "/w/ar.xlsx", output: "out.xlsx", force: false, inPlace: false }) //=> "/w/out.xlsx"
 * outputPath("/w", { input: "/w/ar.xlsx", output: "ar.xlsx", force: false, inPlace: false })
 * //=> { ok: false, exitCode: 7, message: "-o names the input workbook …" }
 */
export function outputPath(cwd: string, choice: OutputChoice): string | null | CommandFailure {
  const { input, force, inPlace } = choice;
  const output = choice.output === null ? null : resolve(cwd, choice.output);
  if (output === null) return inPlace ? input : null;
  const isInput = sameFile(output, input);
  if (inPlace && !isInput) return failure(exitCodes.usage, `--in-place writes into the input; -o names another file (${output}): give one of them.`);
  if (isInput) return inPlace || force ? input : failure(exitCodes.outputExists, `-o names the input workbook (${output}): nothing was written. Use --in-place to change the input itself.`);
  if (existsSync(output) && statSync(output).isDirectory()) return failure(exitCodes.usage, `-o names a folder (${output}): give a file name such as ${join(output, basename(input))}.`);
  // The package keeps its kind (macros and all): Excel refuses an .xlsm package named .xlsx, and the reverse.
  const macros = (path: string) => /\.xlsm$/i.test(path);
  if (macros(input) !== macros(output)) {
    return failure(exitCodes.usage, macros(input)
      ? `-o ${basename(output)}: the input holds macros (.xlsm) and the output keeps them, so it must end in .xlsm too (Excel will not open it as .xlsx).`
      : `-o ${basename(output)}: the input is an .xlsx workbook and the output is the same kind of file, so it must end in .xlsx.`);
  }
  if (existsSync(output) && !force) return failure(exitCodes.outputExists, `${output} exists: nothing was written. Use --force to replace it, or choose another name.`);
  return output;
}

/**
 * Writes a file whole or not at all: into a temporary file beside it, then renamed over it, so
 * an interrupted run never leaves half a workbook (or half of the input, with --in-place). A
 * file-system fault becomes a `FileFault` naming `path`, never the temporary file.
 *
 * @example
 * await writeWhole(nodeFiles, "/w/out.xlsx", bytes)
 */
export async function writeWhole(files: CliFiles, path: string, bytes: Uint8Array | string): Promise<void> {
  await guarded(path, "write", () => files.makeFolder(dirname(path)));
  await withTemporary(files, path, async (temporary) => {
    await guarded(path, "write", () => files.writeFile(temporary, bytes));
    await guarded(path, "write", () => files.rename(temporary, path));
  });
}

/**
 * Writes the output workbook; when it replaces the input (--in-place), the original is first
 * copied beside it (`ar.backup.xlsx`, `ar.backup-2.xlsx` … when that exists) unless `backup` is
 * false (--no-backup). Returns the backup's path.
 *
 * @example
 * await writeOutput(nodeFiles, "/w/ar.xlsx", bytes, { input: "/w/ar.xlsx", backup: true }) //=> "/w/ar.backup.xlsx"
 * await writeOutput(nodeFiles, "/w/out.xlsx", bytes, { input: "/w/ar.xlsx", backup: true }) //=> null
 */
export async function writeOutput(files: CliFiles, output: string, bytes: Uint8Array, options: { readonly input: string; readonly backup: boolean }): Promise<string | null> {
  const backup = output === options.input && options.backup ? await keepBackup(files, output) : null;
  await writeWhole(files, output, bytes);
  return backup;
}

/**
 * The name of the n-th backup of a workbook, beside it.
 *
 * @example
 * backupPath("/w/ar.xlsx", 1) //=> "/w/ar.backup.xlsx"
 * backupPath("/w/ar.xlsx", 3) //=> "/w/ar.backup-3.xlsx"
 */
export function backupPath(path: string, count: number): string {
  const extension = extname(path);
  return join(dirname(path), `${basename(path, extension)}.backup${count === 1 ? "" : `-${count}`}${extension}`);
}

async function keepBackup(files: CliFiles, input: string): Promise<string> {
  for (let count = 1; ; count += 1) {
    const backup = backupPath(input, count);
    try {
      await files.copyToNew(input, backup); // never over an earlier backup: the user may still need it
      return backup;
    } catch (error) {
      const code = errorCode(error);
      if (code === null) throw error;
      if (code !== "EEXIST" || count >= 999) throw new FileFault(code, backup, "write");
    }
  }
}

/**
 * The file names drafts get in a folder (safe on every file system, unique ignoring case), or
 * the names that already exist there when not `force`.
 *
 * @example
 * draftPaths("/w/drafts", ["Reminder - Acme (USD).eml"], false) //=> { ok: true, paths: ["/w/drafts/Reminder - Acme (USD).eml"] }
 */
export function draftPaths(folder: string, names: readonly string[], force: boolean): { readonly ok: true; readonly paths: string[] } | CommandFailure {
  if (existsSync(folder) && !statSync(folder).isDirectory()) return failure(exitCodes.usage, `--out names a file (${folder}); remind writes its drafts into a folder.`);
  const taken = new Set<string>();
  const paths = names.map((name) => join(folder, uniqueName(safeFileName(name), taken)));
  const existing = paths.filter((path) => existsSync(path));
  if (existing.length > 0 && !force) {
    return failure(exitCodes.outputExists, `${existing.length === 1 ? "A draft exists" : `${existing.length} drafts exist`} in ${folder} already (${existing.slice(0, 3).map((path) => basename(path)).join(", ")}${existing.length > 3 ? ", …" : ""}): nothing was written. Use --force to replace them, or another folder.`, { existing });
  }
  return { ok: true, paths };
}

function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  if (!existsSync(a) || !existsSync(b)) return false;
  const [first, second] = [statSync(a), statSync(b)];
  return first.dev === second.dev && first.ino === second.ino;
}
