// The command line's entry in Node (webpack.cli.config.js bundles it as dist-cli/dunning-desk.js;
// bin/dunning-desk.js runs it): the real process, clock, disk and file adapter wired into `main`.
import { userInfo } from "node:os";
import { dayOfLocalDate } from "../core/days";
import { openWorkbookFile } from "../xlsx";
import { exitCodes } from "./exitCodes";
import { main } from "./main";
import { nodeDeflate } from "./nodeDeflate";
import { nodeFiles } from "./nodeFiles";
import { removeLiveTemporaries } from "./temporaryFiles";

/**
 * Runs the command line on this process's arguments and sets its exit code (not process.exit,
 * so stdout is flushed into a pipe before Node exits).
 *
 * @example
 * // node dist-cli/dunning-desk.js analyze ar.xlsx --json
 * void runInProcess()
 */
export async function runInProcess(): Promise<void> {
  // `dunning-desk … | head` closes the pipe early: that is not an error, and says nothing.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(stream === process.stdout ? 0 : (process.exitCode ?? 0));
      throw error;
    });
  }
  // Ctrl+C or a SIGTERM mid-write: the temporary files go, a file already renamed into place
  // stays whole; 128 + the signal's number, as shells report it.
  for (const [signal, code] of [["SIGINT", exitCodes.interrupted], ["SIGTERM", exitCodes.terminated]] as const) {
    process.on(signal, () => {
      removeLiveTemporaries(nodeFiles);
      process.stderr.write(`\ndunning-desk: ${signal === "SIGINT" ? "interrupted" : "terminated"}: temporary files removed; nothing half-written is left.\n`);
      process.exit(code);
    });
  }
  const io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, today: dayOfLocalDate(new Date()), files: nodeFiles, user: osUser(), open: (bytes: Uint8Array) => openWorkbookFile(bytes, { deflate: nodeDeflate }) };
  process.exitCode = await main(process.argv.slice(2), io);
}

/** The OS user's name, or "" where the system has none for this process (a container's uid). */
function osUser(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env["USER"] ?? process.env["USERNAME"] ?? "";
  }
}

void runInProcess();
