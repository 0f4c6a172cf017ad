import { dirname } from "node:path";
import type { CliFiles } from "./cliFiles";
import { exitCodes, failure, type CommandFailure } from "./exitCodes";

/** What the command was doing with a file when the file system said no. */
export type FileAction = "read" | "write";

/**
 * A file-system fault (a read-only folder, a full disk, a file where a folder should be) while
 * reading or writing the file the user named. Thrown by `guarded` from deep inside a write and
 * turned into a plain answer with its exit code by `main`: the path is the user's, never a
 * temporary file's, and there is no stack, since it is not a bug.
 */
export class FileFault extends Error {
  constructor(
    readonly code: string,
    /** The path the user gave (the output, the drafts folder, the input), not a temporary one. */
    readonly path: string,
    readonly action: FileAction,
  ) {
    super(`${code} on ${path}`);
    this.name = "FileFault";
  }
}

/**
 * Runs a file operation for the file the user named; a Node file-system error becomes a
 * `FileFault` naming `path`.
 *
 * @example
 * await guarded("/ro/out.xlsx", "write", () => writeFile("/ro/.out.xlsx.dunning-desk-7.tmp", bytes))
 * //=> throws FileFault { code: "EROFS", path: "/ro/out.xlsx", action: "write" }
 */
export async function guarded<T>(path: string, action: FileAction, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    const code = errorCode(error);
    throw code === null ? error : new FileFault(code, path, action);
  }
}

/**
 * The errno code of a Node file-system error ("EACCES", "ENOSPC" …), or null for anything else.
 *
 * @example
 * errorCode(Object.assign(new Error("x"), { code: "ENOSPC", syscall: "write" })) //=> "ENOSPC"
 */
export function errorCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /^E[A-Z0-9]+$/.test(code) ? code : null;
}

/**
 * The answer to a file fault: a sentence naming the user's path and what to do, and the settled
 * exit code (12 permission, 13 disk full, 14 not a folder, 7 exists, 15 any other fault).
 *
 * @example
 * faultFailure(new FileFault("ENOSPC", "/w/out.xlsx", "write"), nodeFiles)
 * //=> { ok: false, exitCode: 13, message: "The disk is full: /w/out.xlsx could not be written. …" }
 */
export function faultFailure(fault: FileFault, files: Pick<CliFiles, "kind">): CommandFailure {
  const { code, path, action } = fault;
  const verb = action === "read" ? "read" : "written";
  const untouched = action === "write" ? " Nothing was written there." : "";
  switch (code) {
    case "EACCES":
    case "EPERM":
      return failure(exitCodes.permissionDenied, `Permission denied: ${path} could not be ${verb}.${untouched} Check the folder's permissions, or choose another place.`);
    case "EROFS":
      return failure(exitCodes.permissionDenied, `${path} could not be ${verb}: the file system is read-only.${untouched} Choose another place.`);
    case "ENOSPC":
    case "EDQUOT":
      return failure(exitCodes.diskFull, `The disk is full${code === "EDQUOT" ? " (your quota)" : ""}: ${path} could not be ${verb}.${untouched} Free some space and run again.`);
    case "ENOTDIR":
      return failure(exitCodes.notADirectory, `${path} could not be ${verb}: ${fileOnTheWay(path, files)} is a file, not a folder.${untouched}`);
    case "EEXIST":
      return failure(exitCodes.outputExists, `${path} exists: nothing was written. Use --force to replace it, or choose another name.`);
    case "ENOENT":
      return action === "read" ? failure(exitCodes.missingFile, `No such file: ${path}`) : other(fault);
    default:
      return other(fault);
  }
}

const descriptions: Readonly<Record<string, string>> = {
  EIO: "an input/output error: the disk or the network share failed",
  EISDIR: "it is a folder",
  EMFILE: "too many files are open",
  ENFILE: "too many files are open",
  ENAMETOOLONG: "the name is too long for the file system",
  EBUSY: "the file is in use",
  ETXTBSY: "the file is in use",
  EXDEV: "it is on another disk",
  ELOOP: "the path loops through symbolic links",
  ENOENT: "a folder of the path cannot be made there, or was removed while the command ran",
};

function other({ code, path, action }: FileFault): CommandFailure {
  const why = descriptions[code] ?? "the file system refused";
  return failure(exitCodes.fileSystem, `${path} could not be ${action === "read" ? "read" : "written"}: ${why} (${code}).`);
}

/** The nearest part of the path that is a file (so the path cannot go on below it). */
function fileOnTheWay(path: string, files: Pick<CliFiles, "kind">): string {
  for (let part = dirname(path); part !== dirname(part); part = dirname(part)) if (files.kind(part) === "file") return part;
  return "a part of the path";
}
