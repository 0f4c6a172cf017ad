// The browser test host: the built task pane (dist/) in Debian's Chromium, with office.js routed
// to a stub, the Office stand-in of the smoke test, and the fake Excel (test/support/fakeExcel,
// bundled for the browser by e2eHostBundle.ts) loaded with a workbook state. The test reads the
// fake workbook back through `cell`, `evaluate` and friends to check what the pane wrote.
import * as path from "node:path";
import type { Page } from "playwright-core";
import { bundleForBrowser } from "./e2eHostBundle";
import { openPaneBrowser, rootDir } from "./paneBrowser";
import type { CellView, FakeExcel, FakeWorkbookState } from "./fakeExcel";

export { rootDir };
/** The narrowest task pane Office shows. */
export const PANE_WIDTH = 320;

export interface HostOptions {
  readonly state: FakeWorkbookState;
  /** What Office reports as its theme; left out, the pane follows prefers-color-scheme. */
  readonly officeTheme?: { readonly bodyBackgroundColor: string };
  readonly colorScheme?: "light" | "dark";
  /** How long each context.sync takes: a real round trip to Excel is a task away, never instant. */
  readonly roundTripMs?: number;
}

export interface TaskpaneHost {
  readonly page: Page;
  readonly pageErrors: string[];
  readonly outsideRequests: string[];
  /** A cell of the fake workbook as Excel would read it, with its formula. */
  cell(sheetName: string, row: number, column: number): Promise<CellView>;
  /** Runs a function against the fake Excel in the page (its result must be plain data). */
  inspect<T, A>(fn: (fake: FakeExcel, arg: A) => T, arg: A): Promise<T>;
  close(): Promise<void>;
}

let bundle: string | null = null;

/**
 * "Now" in the browser: the fixtures are aging lists as of 15 Feb 2026, so the pane ages them on
 * that day (and the screenshots show a realistic spread over the buckets, not everything 120+).
 */
export const FIXTURE_NOW = new Date(2026, 1, 15, 10, 0, 0);

/** Opens dist/taskpane.html in a fresh headless Chromium with the fake Excel loaded with `state`. */
export async function openTaskpane(options: HostOptions): Promise<TaskpaneHost> {
  bundle ??= bundleForBrowser(path.join(__dirname, "fakeExcel", "index.ts"), "__fakeExcelModule");
  const fakeExcel = `${bundle}\n(${installFakeExcel.toString()})(${JSON.stringify(denseState(options.state))}, ${JSON.stringify(options.officeTheme ?? null)}, ${options.roundTripMs ?? 0});`;
  const browser = await openPaneBrowser({
    viewport: { width: PANE_WIDTH, height: 900 },
    colorScheme: options.colorScheme ?? "light",
    now: FIXTURE_NOW,
    initScripts: [{ content: fakeExcel }],
  });
  const { page } = browser;
  return {
    ...browser,
    cell: (sheetName, row, column) =>
      page.evaluate(([s, r, c]) => (globalThis as unknown as { __fake: FakeExcel }).__fake.cell(s, r, c), [sheetName, row, column] as const),
    inspect: <T, A>(fn: (fake: FakeExcel, arg: A) => T, arg: A) =>
      page.evaluate(({ source, value }) => {
        // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the test's own function, sent as text
        const factory = new Function(`return (${source})`) as () => (fake: FakeExcel, arg: unknown) => T;
        const run = factory();
        return run((globalThis as unknown as { __fake: FakeExcel }).__fake, value);
      }, { source: fn.toString(), value: arg }),
  };
}

/** Runs in the page (serialised): puts the fake's Excel and settings beside the Office stand-in. */
function installFakeExcel(state: FakeWorkbookState, officeTheme: { bodyBackgroundColor: string } | null, roundTripMs: number): void {
  const target = globalThis as unknown as Record<string, unknown> & {
    __fakeExcelModule: { createFakeExcel: (state: FakeWorkbookState) => FakeExcel };
    Office: { context: Record<string, unknown> } & Record<string, unknown>;
  };
  const fake = target.__fakeExcelModule.createFakeExcel(state);
  const standIn = target.Office;
  type Batch = Parameters<FakeExcel["Excel"]["run"]>[0];
  target.Excel = {
    // Each sync waits a task (or roundTripMs), as a real round trip does: the page gets to run.
    run: (batch: Batch) =>
      fake.Excel.run((context) =>
        batch({
          workbook: context.workbook,
          application: context.application,
          sync: async () => {
            await new Promise((resolve) => setTimeout(resolve, roundTripMs));
            return context.sync();
          },
        }),
      ),
  };
  target.Office = {
    ...standIn,
    AsyncResultStatus: fake.Office.AsyncResultStatus,
    context: { ...standIn.context, document: fake.Office.context.document, ...(officeTheme ? { officeTheme } : {}) },
  };
  target.__fake = fake;
}

/**
 * The state as JSON can carry it: sparse rows (fromXlsx leaves holes) would arrive as nulls, so
 * missing rows become empty, missing values blanks and missing formats "General".
 */
function denseState(state: FakeWorkbookState): FakeWorkbookState {
  return {
    ...state,
    sheets: state.sheets.map((sheet) => ({
      ...sheet,
      values: Array.from(sheet.values, (row) => Array.from(row ?? [], (value) => value ?? "")),
      ...(sheet.numberFormats ? { numberFormats: Array.from(sheet.numberFormats, (row) => Array.from(row ?? [], (format) => format ?? "General")) } : {}),
    })),
  };
}
