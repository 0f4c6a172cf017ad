/*
 * The real file system with one fault injected: the named operation fails with a Node-style
 * error (code, syscall, the path it was given) when `when` matches its path — as a read-only
 * folder, a full disk or a failing share would.
 */
import type { CliFiles } from "../../src/cli/cliFiles";
import { nodeFiles } from "../../src/cli/nodeFiles";

type Operation = "readFile" | "writeFile" | "rename" | "makeFolder" | "copyToNew";

/** A Node file-system error as `fs/promises` rejects with it. */
export function systemError(code: string, syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: simulated, ${syscall} '${path}'`), { code, syscall, path, errno: -1 });
}

/** nodeFiles, except that `operation` fails with `code` when `when(path)` (after `skip` matching calls). */
export function faultyFiles(operation: Operation, code: string, when: (path: string) => boolean = () => true, skip = 0): CliFiles & { readonly calls: () => number } {
  let seen = 0;
  const fail = (path: string): boolean => when(path) && seen++ >= skip;
  return {
    ...nodeFiles,
    calls: () => seen,
    readFile: (path) => (operation === "readFile" && fail(path) ? Promise.reject(systemError(code, "open", path)) : nodeFiles.readFile(path)),
    writeFile: (path, data) => (operation === "writeFile" && fail(path) ? Promise.reject(systemError(code, "write", path)) : nodeFiles.writeFile(path, data)),
    rename: (from, to) => (operation === "rename" && fail(to) ? Promise.reject(systemError(code, "rename", from)) : nodeFiles.rename(from, to)),
    makeFolder: (path) => (operation === "makeFolder" && fail(path) ? Promise.reject(systemError(code, "mkdir", path)) : nodeFiles.makeFolder(path)),
    copyToNew: (from, to) => (operation === "copyToNew" && fail(to) ? Promise.reject(systemError(code, "copyfile", to)) : nodeFiles.copyToNew(from, to)),
  };
}
