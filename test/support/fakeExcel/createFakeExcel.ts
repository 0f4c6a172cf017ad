import { FakeBook, type Evaluator } from "./fakeBook";
import { FakeContext, WEB_PAYLOAD_LIMIT, type FakeStats } from "./fakeContext";
import type { SheetModel } from "./sheetModel";
import type { FakeWorkbookState } from "./state";
import { WorkbookProxy } from "./workbookProxy";

export interface FakeExcelOptions {
  /** Computes formula cells (see arEvaluator.ts); without it they read as null. */
  readonly evaluate?: Evaluator;
  /** Bytes one request or response may carry (Excel on the web: 5 MB). */
  readonly payloadLimitBytes?: number;
}

/** What a cell holds after a test: its value as Excel would read it, its formula text, its format. */
export interface CellView {
  readonly value: unknown;
  readonly formula: string | null;
  readonly numberFormat: string;
}

/** The fake's request context: the workbook, the application and a counted `sync`. */
export interface FakeRequestContext {
  readonly workbook: WorkbookProxy;
  readonly application: WorkbookProxy["application"];
  sync(): Promise<void>;
}

/**
 * An in-memory Excel for tests and benchmarks: `Excel.run`, load/sync semantics, the subset of the
 * API src/excel uses, and `Office.context.document.settings`. No Node imports: it also runs in
 * the browser test page. Put `Excel` and `Office` on globalThis (`install()`) before calling src/excel.
 *
 * @example
 * const fake = createFakeExcel({ sheets: [{ name: "AR", values: [["Customer", "Balance"], ["Acme", 10]] }] });
 * fake.install(); await readAgingData("auto"); fake.stats.syncs //=> 2
 */
export function createFakeExcel(state: FakeWorkbookState, options: FakeExcelOptions = {}) {
  const book = new FakeBook(state);
  book.evaluator = options.evaluate ?? null;
  const stats: FakeStats = { syncs: 0, requests: 0, payloadCells: 0, runs: 0, maxSyncBytes: 0 };
  const control = { cellEditRuns: 0, settingsSaveFails: false, excelApiMinor: 17 };
  const limit = options.payloadLimitBytes ?? WEB_PAYLOAD_LIMIT;
  const Excel = {
    async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
      stats.runs += 1;
      const editing = control.cellEditRuns > 0;
      if (editing) control.cellEditRuns -= 1;
      const inner = new FakeContext(book, stats, limit, editing);
      const workbook = new WorkbookProxy(inner);
      const result = await batch({ workbook, application: workbook.application, sync: () => inner.sync() });
      // Excel.run sends what is still queued when the batch returns.
      if (inner.pending > 0) await inner.sync();
      return result;
    },
  };
  const Office = {
    context: { document: { settings: fakeSettings(book, control) }, requirements: { isSetSupported: (name: string, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1] ?? 0) <= control.excelApiMinor } },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  };
  const sheet = (name: string): SheetModel => {
    const found = book.sheetNamed(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };
  return {
    Excel,
    Office,
    stats,
    book,
    /** Puts Excel and Office on globalThis; returns a function that takes them off again. */
    install(): () => void {
      const target = globalThis as Record<string, unknown>;
      const before = { Excel: target.Excel, Office: target.Office };
      Object.assign(target, { Excel, Office });
      return () => Object.assign(target, before);
    },
    /** The next `runs` Excel.run calls fail their first sync with InvalidOperationInCellEditMode. */
    setCellEditMode(runs: number): void {
      control.cellEditRuns = runs;
    },
    /** The highest ExcelApi requirement set the fake claims, as its minor version (default 17: ExcelApi 1.17). */
    setExcelApiMinor(minor: number): void {
      control.excelApiMinor = minor;
    },
    /** Selects areas on a sheet, as a user's Ctrl+click would: A1 addresses without the sheet ("A3:C5", "A:A", "2:4", "B7"). */
    setSelection(sheetName: string, areas: readonly string[]): void {
      book.select(sheetName, areas);
    },
    /** Hides rows of a sheet (0-based), as a filter or the user would. */
    hideRows(sheetName: string, rows: readonly number[]): void {
      book.hideRows(sheet(sheetName), rows);
    },
    /** Hides columns of a sheet (0-based), as the user would. */
    hideColumns(sheetName: string, columns: readonly number[]): void {
      book.hideColumns(sheet(sheetName), columns);
    },
    failSettingsSave(fail: boolean): void {
      control.settingsSaveFails = fail;
    },
    resetStats(): void {
      Object.assign(stats, { syncs: 0, requests: 0, payloadCells: 0, runs: 0, maxSyncBytes: 0 });
    },
    sheet,
    cell(sheetName: string, row: number, column: number): CellView {
      const model = sheet(sheetName);
      return { value: book.value(model, row, column), formula: model.formula(row, column)?.text ?? null, numberFormat: model.format(row, column) };
    },
    /** A block's values as Excel would read them (formulas evaluated when an evaluator is set). */
    values(sheetName: string, top: number, left: number, rows: number, columns: number): unknown[][] {
      const model = sheet(sheetName);
      return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => book.value(model, top + r, left + c)));
    },
  };
}

/** The fake's return type, for helpers that take one. */
export type FakeExcel = ReturnType<typeof createFakeExcel>;

type SaveCallback = (result: { status: string; error: { code: number; message: string } }) => void;

function fakeSettings(book: FakeBook, control: { settingsSaveFails: boolean }) {
  return {
    get: (key: string): unknown => (book.settings.has(key) ? structuredClone(book.settings.get(key)) : null),
    set: (key: string, value: unknown): void => void book.settings.set(key, structuredClone(value)),
    remove: (key: string): void => void book.settings.delete(key),
    saveAsync(optionsOrCallback?: unknown, callback?: SaveCallback): void {
      const done = (typeof optionsOrCallback === "function" ? optionsOrCallback : callback) as SaveCallback | undefined;
      const failed = control.settingsSaveFails;
      setTimeout(() => done?.({ status: failed ? "failed" : "succeeded", error: { code: 5001, message: failed ? "An internal error has occurred." : "" } }), 0);
    },
  };
}
