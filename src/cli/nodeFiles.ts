import { constants, rmSync, statSync } from "node:fs";
import { copyFile, mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { CliFiles } from "./cliFiles";

/**
 * The command line's file operations on the real disk (node:fs).
 *
 * @example
 * await nodeFiles.list("/missing") //=> []
 */
export const nodeFiles: CliFiles = {
  readFile: async (path) => new Uint8Array(await readFile(path)),
  writeFile: (path, data) => writeFile(path, data),
  rename: (from, to) => rename(from, to),
  remove: (path) => rm(path, { recursive: true, force: true }),
  removeNow: (path) => rmSync(path, { recursive: true, force: true }),
  makeFolder: (path) => makeFolders(path),
  copyToNew: (from, to) => copyFile(from, to, constants.COPYFILE_EXCL),
  list: async (folder) => {
    try {
      return await readdir(folder);
    } catch (error) {
      if ((error as { code?: unknown }).code === "ENOENT") return [];
      throw error;
    }
  },
  kind: (path) => {
    try {
      return statSync(path).isDirectory() ? "folder" : "file";
    } catch {
      return null; // not there, or a file where a folder of the path should be (ENOTDIR)
    }
  },
};

/**
 * mkdir -p, one level at a time from the deepest folder that exists: Node's own recursive mkdir
 * says EEXIST for a file in the way (ENOTDIR here) and never returns under /proc.
 */
async function makeFolders(path: string): Promise<void> {
  const missing: string[] = [];
  for (let part = resolve(path); ; part = dirname(part)) {
    const stat = statSync(part, { throwIfNoEntry: false });
    if (stat?.isDirectory()) break;
    if (stat) throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), { code: "ENOTDIR", syscall: "mkdir", path });
    if (part === dirname(part)) break;
    missing.unshift(part);
  }
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (error) {
      if ((error as { code?: unknown }).code !== "EEXIST") throw error; // made meanwhile by another run
    }
  }
}
