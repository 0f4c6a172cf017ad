// The command line's entry in Node (webpack.cli.config.js bundles it as dist-cli/dunning-desk.js;
// bin/dunning-desk.js runs it): the real process, clock and file adapter wired into `main`.
import { userInfo } from "node:os";
import { dayOfLocalDate } from "../core/days";
import { openWorkbookFile } from "../xlsx";
import { main } from "./main";

/**
 * Runs the command line on this process's arguments and sets its exit code (not process.exit,
 * so stdout is flushed into a pipe before Node exits).
 *
 * @example
 * // node dist-cli/dunning-desk.js analyze ar.xlsx --json
 * void runInProcess()
 */
export async function runInProcess(): Promise<void> {
  // `dunning-desk … | head` closes the pipe early: that is not an error.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  const io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, today: dayOfLocalDate(new Date()), user: osUser(), open: openWorkbookFile };
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
