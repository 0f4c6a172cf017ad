import type { Progress } from "../workbook/progress";
import type { TextOutput } from "./cliIo";

/** Progress on stderr: one line rewritten in place, on a terminal only (never in a log or a pipe). */
export interface ProgressLine {
  /** The Progress of one step, shown as "<label>: 45,000 of 100,000". */
  step(label: string): Progress;
  /** Clears the line (before a message or the summary). */
  clear(): void;
}

/**
 * A progress line over `stderr` that shows only when it is a terminal and not `quiet`, at most
 * ten times a second.
 *
 * @example
 * const line = progressLine(process.stderr, false, () => performance.now());
 * await port.readAgingData("auto", line.step("Reading rows"));
 * line.clear();
 */
export function progressLine(stderr: TextOutput, quiet: boolean, now: () => number): ProgressLine {
  const shown = stderr.isTTY === true && !quiet;
  let last = -Infinity;
  let dirty = false;
  return {
    step(label) {
      return {
        cancelled: false,
        report(done, total) {
          if (!shown || (now() - last < 100 && done < total)) return;
          last = now();
          dirty = true;
          stderr.write(`\r\u001b[2K${label}: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`);
        },
      };
    },
    clear() {
      if (dirty) stderr.write("\r\u001b[2K");
      dirty = false;
    },
  };
}
