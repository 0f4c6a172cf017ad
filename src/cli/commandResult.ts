import type { CommandFailure } from "./exitCodes";

/** What a command did: its report for stdout (text and --json) and a one-line summary for stderr. */
export interface CommandDone {
  readonly ok: true;
  readonly text: string;
  readonly json: Readonly<Record<string, unknown>>;
  readonly summary: string;
  readonly warnings: readonly string[];
}

export type CommandResult = CommandDone | CommandFailure;

/**
 * "1 row", "2 rows": a count with its noun.
 *
 * @example
 * counted(1, "draft") //=> "1 draft"
 * counted(1200, "row") //=> "1,200 rows"
 */
export function counted(count: number, noun: string): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? noun : `${noun}s`}`;
}
