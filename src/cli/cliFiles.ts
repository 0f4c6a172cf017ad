/**
 * The file operations the command line performs, so a test can inject the faults a real disk
 * gives (a read-only folder, a full disk) and check each is answered. `nodeFiles` is the real
 * one; every call rejects with Node's own errors (`code` "EACCES", "ENOSPC" …).
 */
export interface CliFiles {
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: Uint8Array | string): Promise<void>;
  /** Renames a file or folder; replaces a file at `to`. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file or a folder with everything in it; nothing when it is not there. */
  remove(path: string): Promise<void>;
  /** The same, synchronously: for a signal handler, which cannot wait. */
  removeNow(path: string): void;
  /** Creates a folder and its parents; nothing when it exists. */
  makeFolder(path: string): Promise<void>;
  /** Copies a file to a path that must not exist yet (rejects with EEXIST when it does). */
  copyToNew(from: string, to: string): Promise<void>;
  /** The names in a folder; [] when it is not there. */
  list(folder: string): Promise<string[]>;
  /** What is at a path: a file, a folder, or nothing. */
  kind(path: string): "file" | "folder" | null;
}
