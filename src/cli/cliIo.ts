import type { Day } from "../core/days";
import type { SheetNavigator } from "../app/locateAgingList";
import type { CliFiles } from "./cliFiles";

/** A stream the command line writes to (process.stdout, or a test's buffer). */
export interface TextOutput {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** An .xlsx file opened in memory: the port, sheet navigation, and its bytes once changed. */
export interface WorkbookFile extends SheetNavigator {
  readonly ok: true;
  save(): Promise<Uint8Array>;
}

/** Why a file could not be opened as a workbook. */
export interface OpenFailure {
  readonly ok: false;
  readonly kind: "missing" | "notXlsx" | "encrypted" | "unreadable";
  readonly error: string;
}

/** Everything the command line takes from its surroundings, so tests run it in-process. */
export interface CliIo {
  /** Relative paths are read from here. */
  readonly cwd: string;
  readonly stdout: TextOutput;
  readonly stderr: TextOutput;
  /** Today in the user's time zone: the default --as-of. */
  readonly today: Day;
  /** Who runs it (the OS user): mark-sent's default --by. */
  readonly user?: string;
  /** The file system (`nodeFiles`; tests inject faults into it). */
  readonly files: CliFiles;
  /** The .xlsx adapter (src/xlsx `openWorkbookFile`). */
  open(bytes: Uint8Array): Promise<WorkbookFile | OpenFailure>;
}
