/*
 * Runs the command line in-process, as a user would from `cwd`, with stdout and stderr captured.
 */
import { dayFromIsoText } from "../../src/core/days";
import { main } from "../../src/cli/main";
import type { CliFiles } from "../../src/cli/cliFiles";
import { nodeDeflate } from "../../src/cli/nodeDeflate";
import { nodeFiles } from "../../src/cli/nodeFiles";
import { openWorkbookFile } from "../../src/xlsx";

import { fixturesDir } from "./fixturesDir";

export { fixturesDir };
export const TODAY = dayFromIsoText("2026-02-15") as number;

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `dunning-desk …argv` from `cwd`; today is 2026-02-15 unless the arguments say otherwise; `files` may inject faults. */
export async function runCli(argv: readonly string[], cwd = fixturesDir, files: CliFiles = nodeFiles): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const io = {
    cwd,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    today: TODAY,
    files,
    // As the real command line opens files (src/cli/nodeMain.ts): saved with Node's deflate.
    open: (bytes: Uint8Array) => openWorkbookFile(bytes, { deflate: nodeDeflate }),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
