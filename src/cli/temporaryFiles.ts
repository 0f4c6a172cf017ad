import { basename, dirname, join } from "node:path";
import type { CliFiles } from "./cliFiles";

// Temporary files and folders of this process, removed by the SIGINT/SIGTERM handler (nodeMain).
const live = new Set<string>();

/**
 * The temporary name of a file or folder being written, beside it (so the final rename stays on
 * one disk): `.out.xlsx.dunning-desk-4242.tmp`. The process id lets the next run tell a leftover
 * of a killed run (its process is gone) from the work of a run still going.
 *
 * @example
 * temporaryPath("/w/out.xlsx", 4242) //=> "/w/.out.xlsx.dunning-desk-4242.tmp"
 */
export function temporaryPath(target: string, pid = process.pid): string {
  return join(dirname(target), `.${basename(target)}.dunning-desk-${pid}.tmp`);
}

/**
 * Runs `work` with a temporary path for `target`, tracked so that an interrupt removes it, and
 * removed afterwards whatever happened (it is gone once renamed into place).
 *
 * @example
 * await withTemporary(nodeFiles, "/w/out.xlsx", async (temporary) => { await write(temporary); await rename(temporary, "/w/out.xlsx") })
 */
export async function withTemporary<T>(files: CliFiles, target: string, work: (temporary: string) => Promise<T>): Promise<T> {
  const temporary = temporaryPath(target);
  live.add(temporary);
  try {
    return await work(temporary);
  } finally {
    await files.remove(temporary).catch(() => undefined); // a failure to clean up must not hide the fault that got us here
    live.delete(temporary);
  }
}

/**
 * Removes every temporary file this process has open, at once (a signal handler cannot wait).
 *
 * @example
 * removeLiveTemporaries(nodeFiles) //=> 1 (the output's temporary file)
 */
export function removeLiveTemporaries(files: Pick<CliFiles, "removeNow">): number {
  let removed = 0;
  for (const temporary of live) {
    try {
      files.removeNow(temporary);
      removed += 1;
    } catch {
      // nothing more can be done while the process is ending
    }
  }
  live.clear();
  return removed;
}

/**
 * The temporary files and folders that killed runs (kill -9, a power cut) left beside `target`:
 * our name pattern with the id of a process that no longer exists.
 *
 * @example
 * await leftoverTemporaries(nodeFiles, "/w/out.xlsx") //=> ["/w/.out.xlsx.dunning-desk-4242.tmp"]
 */
export async function leftoverTemporaries(files: CliFiles, target: string): Promise<string[]> {
  const prefix = `.${basename(target)}.dunning-desk-`;
  const names = await files.list(dirname(target)).catch(() => []);
  return names.filter((name) => name.startsWith(prefix) && name.endsWith(".tmp") && processGone(name.slice(prefix.length, -".tmp".length))).map((name) => join(dirname(target), name));
}

/**
 * Whether the process of that id has ended (`kill(pid, 0)` says ESRCH). A live process of
 * another user (EPERM) counts as running.
 *
 * @example
 * processGone(String(process.pid)) //=> false
 */
export function processGone(pid: string): boolean {
  if (!/^\d{1,10}$/.test(pid)) return false;
  const id = Number(pid);
  if (id === process.pid) return false;
  try {
    process.kill(id, 0);
    return false;
  } catch (error) {
    return (error as { code?: unknown }).code === "ESRCH";
  }
}
