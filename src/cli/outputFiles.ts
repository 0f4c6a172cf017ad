import { existsSync, statSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { safeFileName, uniqueName } from "../mail/zip";
import { exitCodes, failure, type CommandFailure } from "./exitCodes";

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
 * an interrupted run never leaves half a workbook (or half of the input, with --in-place).
 *
 * @example
 * await writeWhole("/w/out.xlsx", bytes)
 */
export async function writeWhole(path: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } finally {
    await rm(temporary, { force: true });
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
