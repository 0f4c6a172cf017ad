import { basename, dirname, join } from "node:path";
import type { CliFiles } from "./cliFiles";
import { guarded } from "./fileFault";
import { processGone, withTemporary } from "./temporaryFiles";
import { writeWhole } from "./outputFiles";

/** The file in a drafts folder that says its batch is not whole (a run was killed while moving drafts in). */
export const incompleteBatchMarker = "_INCOMPLETE_BATCH.dunning-desk";

/** A draft to write: its final path in the folder and its text. */
export interface DraftFile {
  readonly path: string;
  readonly text: string;
}

/**
 * Writes a batch of drafts so that a partial batch is never mistaken for a whole one. The
 * drafts are written into a temporary folder beside `folder`; a new folder is that one renamed
 * (all or nothing). Into an existing folder they are moved one by one, under a marker file
 * (`_INCOMPLETE_BATCH.dunning-desk`, listing the batch) written first and removed last.
 *
 * @example
 * await writeDraftBatch(nodeFiles, "/w/drafts", [{ path: "/w/drafts/Reminder - Acme (USD).eml", text: "…" }])
 */
export async function writeDraftBatch(files: CliFiles, folder: string, drafts: readonly DraftFile[]): Promise<void> {
  await guarded(folder, "write", () => files.makeFolder(dirname(folder)));
  await withTemporary(files, folder, async (staging) => {
    await guarded(folder, "write", () => files.makeFolder(staging));
    for (const draft of drafts) await guarded(draft.path, "write", () => files.writeFile(join(staging, basename(draft.path)), draft.text));
    if (files.kind(folder) === null) {
      await guarded(folder, "write", () => files.rename(staging, folder));
      return;
    }
    const marker = join(folder, incompleteBatchMarker);
    await writeWhole(files, marker, markerText(drafts.map((draft) => basename(draft.path))));
    for (const draft of drafts) await guarded(draft.path, "write", () => files.rename(join(staging, basename(draft.path)), draft.path));
    await guarded(marker, "write", () => files.remove(marker));
  });
}

/**
 * Removes what a killed run left of its batch in `folder`: the drafts its marker lists, then
 * the marker. A marker of a run still going is left alone. Returns how many drafts went.
 *
 * @example
 * await removeIncompleteBatch(nodeFiles, "/w/drafts") //=> 3 (or null: no marker of a killed run)
 */
export async function removeIncompleteBatch(files: CliFiles, folder: string): Promise<number | null> {
  const marker = join(folder, incompleteBatchMarker);
  if (files.kind(marker) !== "file") return null;
  const text = new TextDecoder().decode(await guarded(marker, "read", () => files.readFile(marker)));
  const { pid, names } = readMarker(text);
  if (pid !== null && !processGone(pid)) return null;
  // Only plain names listed by the marker, so a tampered marker cannot reach outside the folder.
  const drafts = names.filter((name) => name !== "" && name === basename(name) && name !== "." && name !== "..");
  for (const name of drafts) await guarded(join(folder, name), "write", () => files.remove(join(folder, name)));
  await guarded(marker, "write", () => files.remove(marker));
  return drafts.length;
}

function markerText(names: readonly string[]): string {
  return [
    "This folder holds an INCOMPLETE batch of reminders: dunning-desk was interrupted while writing it.",
    "Do not send these drafts as a batch. Run the same remind command again: it removes the files",
    "listed below and writes the whole batch.",
    `pid: ${process.pid}`,
    "files:",
    ...names,
    "",
  ].join("\n");
}

function readMarker(text: string): { readonly pid: string | null; readonly names: readonly string[] } {
  const lines = text.split("\n");
  const pid = /^pid: (\d+)$/m.exec(text)?.[1] ?? null;
  const start = lines.indexOf("files:");
  return { pid, names: start < 0 ? [] : lines.slice(start + 1).map((line) => line.trim()) };
}
