import { constants, rmSync, statSync } from "node:fs";
import { copyFile, mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
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
  makeFolder: async (path) => {
    try {
      await mkdir(path, { recursive: true });
    } catch (error) {
      // mkdir -p says EEXIST when a file stands where a folder of the path should be.
      if ((error as { code?: unknown }).code === "EEXIST") throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${path}'`), { code: "ENOTDIR", syscall: "mkdir", path });
      throw error;
    }
  },
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
