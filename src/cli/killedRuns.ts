import { counted } from "./commandResult";
import type { CliFiles } from "./cliFiles";
import { removeIncompleteBatch } from "./draftBatch";
import { guarded } from "./fileFault";
import { leftoverTemporaries } from "./temporaryFiles";

/**
 * Cleans up after runs that were killed (kill -9, a power cut) before they could do it
 * themselves: their temporary files beside each target, and an incomplete batch of drafts in a
 * drafts folder. Returns what was removed, in words, for the run's warnings.
 *
 * @example
 * await cleanUpKilledRuns(nodeFiles, { files: ["/w/out.xlsx"], folders: ["/w/drafts"] })
 * //=> ["removed a temporary file left by an interrupted run beside /w/out.xlsx"]
 */
export async function cleanUpKilledRuns(files: CliFiles, targets: { readonly files: readonly string[]; readonly folders: readonly string[] }): Promise<string[]> {
  const said: string[] = [];
  for (const target of [...targets.files, ...targets.folders]) {
    const leftovers = await leftoverTemporaries(files, target);
    for (const leftover of leftovers) await guarded(target, "write", () => files.remove(leftover));
    if (leftovers.length > 0) said.push(`removed ${leftovers.length === 1 ? "a temporary file" : `${leftovers.length} temporary files`} left by an interrupted run beside ${target}`);
  }
  for (const folder of targets.folders) {
    const removed = await removeIncompleteBatch(files, folder);
    if (removed !== null) said.push(`removed an incomplete batch (${counted(removed, "draft")}) that an interrupted run left in ${folder}`);
  }
  return said;
}
