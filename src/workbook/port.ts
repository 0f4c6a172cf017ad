/*
 * The workbook port: everything the task pane (and the command line) asks of a workbook, as one
 * interface. Two adapters implement it: src/excel over Office.js inside Excel, and src/xlsx over
 * an .xlsx file held in memory (a plain browser, Node). Both return expected failures as values
 * ({ error, code? }, { ok: false, … }) and throw only on bugs; one contract test suite
 * (test/contract/) runs against both, so they cannot drift apart. Coordinates are 0-based.
 */
import type { Field } from "../core/columnSynonyms";
import type { Policy } from "../core/policy";
import type { Receivables } from "../core/receivables";
import type { ContactEntry, ReminderRecord } from "../mail/reminderRecord";
import type { AgingData, AgingScope, ExcelFailure } from "./agingData";
import type { ArColumnPlan } from "./arColumnPlan";
import type { ConflictResult } from "./conflicts";
import type { Progress } from "./progress";

export interface WorkbookPort {
  /** The aging list: the Table or block at the selection ("auto"), a Table, the region, or the used range. Cancel → { error: excelMessages.cancelled }. */
  readAgingData(scope: AgingScope, progress?: Progress): Promise<AgingData | ExcelFailure>;
  /** Up to `rows` rows right above the block read (its columns), top first: the report's title lines; [] at the top. */
  readTitleRows(data: AgingData, rows: number): Promise<unknown[][] | ExcelFailure>;
  /** The mapping kept in the workbook for `mappingKey(data)`, or null. */
  loadSavedMapping(key: string): Promise<SavedMapping | null>;
  saveMapping(key: string, mapping: SavedMapping): Promise<void | ExcelFailure>;
  /** The policy sheet's Table values (header first), or null without one; an unreadable workbook rejects with ExcelError. */
  readPolicySheet(): Promise<unknown[][] | null>;
  /** The policy Table whole, header first (Name | Value | Setting | Help | named sets…), or null without one: for policy per customer. */
  readPolicyTable?(): Promise<unknown[][] | null>;
  /** Writes the policy sheet and the names DunningPolicy / DunningAsOf (null keeps the as-of date). */
  writePolicySheet(policy: Policy, asOfSerial: number | null): Promise<void | ConflictResult | ExcelFailure>;
  /** Writes the AR formula columns; non-empty target cells come back as conflicts unless `confirmOverwrite`. */
  writeArColumns(plan: ArColumnPlan, options: { readonly confirmOverwrite: boolean }, progress?: Progress): Promise<ArColumnsWritten | ConflictResult | ExcelFailure>;
  /** Whether createSummarySheet adds a chart: Excel does; a file written outside Excel cannot hold one (ExcelJS writes no charts). */
  readonly summaryChart?: boolean;
  /** Adds "AR Summary" (or "AR Summary 2"…): totals, buckets (live over the AR columns when `plan`), top customers, and a chart where `summaryChart`. */
  createSummarySheet(summary: Receivables, data: AgingData, plan: ArColumnPlan | null): Promise<void | ExcelFailure>;
  /**
   * Assigns every AR formula of the workbook to its cell again, so Excel binds formulas that show
   * #NAME? to the add-in. Only Excel has it: a file written outside Excel has nothing to bind
   * (see `reconnectUnavailable`).
   */
  reconnectArFormulas?(progress?: Progress): Promise<ArFormulasReconnected | ExcelFailure>;
  /** Shows and selects one cell (0-based sheet coordinates). */
  selectCell(sheetName: string, row: number, column: number): Promise<void | ExcelFailure>;
  /** The user's selection as rows of the list read (`data`), below `headerRow`. */
  readSelection(data: AgingData, headerRow: number): Promise<SelectedRows | ExcelFailure>;
  /** The Reminders sheet's Table holds this batch; an earlier batch is replaced only with `confirmReplace`. */
  writeRemindersSheet(rows: readonly ReminderRecord[], options: { readonly confirmReplace: boolean }, progress?: Progress): Promise<RemindersWritten | RemindersNotReplaced | ExcelFailure>;
  /** Appends to the append-only Contact Log; draft ids already logged are skipped. */
  appendContactLog(entries: readonly ContactEntry[]): Promise<ContactsLogged | ExcelFailure>;
  /** A desk-owned Table's values, header row first (texts as they are, numbers as numbers), or null when the workbook has no Table of that name. */
  readTable(name: string): Promise<unknown[][] | null | ExcelFailure>;
  /** The cells at every row × column given (0-based sheet coordinates): value, formula (or null), number format. */
  readCells(sheetName: string, rows: readonly number[], columns: readonly number[]): Promise<CellState[][] | ExcelFailure>;
  /** The rightmost filled column of a row (of the header row: where created columns go), or -1; a Table's right edge when `tableName`. */
  rowEnd(sheetName: string, row: number, tableName: string | null): Promise<number | ExcelFailure>;
  /** Writes a row patch (see rowPatch.ts): creates its columns (as Table columns in a Table), then its cells, as values. */
  patchCells(target: PatchTarget, patch: CellPatch): Promise<void | ExcelFailure>;
  /** The user's reminder templates kept in the workbook. */
  readTemplates(): Promise<TemplateRow[] | ExcelFailure>;
  /** Adds or replaces the template of its stage and language. */
  saveTemplate(row: TemplateRow): Promise<void | ExcelFailure>;
  removeTemplate(stage: string, language: string): Promise<void | ExcelFailure>;
}

/** The user's column mapping as the workbook keeps it: the header row and a column per field (0-based, within the block). */
export interface SavedMapping {
  readonly headerRow: number;
  readonly columns: Partial<Record<Field, number>>;
  /** The currency the user chose for the list (ISO 4217); absent in mappings saved before it existed: detected. */
  readonly currency?: string;
}

/** What `writeArColumns` wrote: how many columns, over how many rows below the header. */
export interface ArColumnsWritten {
  readonly ok: true;
  readonly columns: number;
  readonly rows: number;
}

/** What `reconnectArFormulas` re-entered: how many AR cells, on which sheets. */
export interface ArFormulasReconnected {
  readonly ok: true;
  readonly cells: number;
  readonly sheets: readonly string[];
}

/** Why a port without `reconnectArFormulas` (browser mode) does not offer it: the pane shows this beside the disabled button. */
export const reconnectUnavailable =
  "Not needed in browser mode: it edits the file, not Excel. Formulas bind to the add-in when Excel opens the file; if AR cells show #NAME? there, use Reconnect AR formulas in Excel's pane.";

/** The user's selection as rows of the aging list. */
export interface SelectedRows {
  /** Indexes into data.values (0-based, ascending, unique) of the selected rows that are visible. */
  readonly rows: readonly number[];
  /** Selected rows of the list left out because they are hidden (filtered out or hidden). */
  readonly hiddenRows: number;
  /** A1 addresses (with sheet) of selected areas that lie wholly outside the list (another sheet, or beside/below the list). */
  readonly outside: readonly string[];
  /** The selection's address as Excel gives it, e.g. "AR!A3:C5, AR!A9:A12", for the pane to show. */
  readonly address: string;
}

/** Where the batch went: the Table's address (header included) and how many rows it holds. */
export interface RemindersWritten {
  readonly ok: true;
  readonly address: string;
  readonly rows: number;
}

/** The Table already holds a batch and the user has not confirmed replacing it: nothing written. */
export interface RemindersNotReplaced {
  readonly ok: false;
  readonly existingRows: number;
}

/** What `appendContactLog` did: the draft ids it logged, and those the log already had. */
export interface ContactsLogged {
  readonly ok: true;
  readonly appended: readonly string[];
  readonly alreadyLogged: readonly string[];
}

/** A cell as `readCells` gives it. */
export interface CellState {
  readonly value: unknown;
  /** The formula ("=…"), or null for a value. */
  readonly formula: string | null;
  readonly numberFormat: string;
}

/** Where a patch goes: the aging block's sheet, its Table (or null) and its header row (0-based). */
export interface PatchTarget {
  readonly sheetName: string;
  readonly tableName: string | null;
  readonly headerRow: number;
}

/** One cell to write: a value (never a formula), with a number format when it needs one. */
export interface CellWrite {
  readonly row: number;
  readonly column: number;
  readonly value: string | number;
  readonly numberFormat: string | null;
}

/** Columns to create (header at the header row) and the cells to write. */
export interface CellPatch {
  readonly created: readonly { readonly column: number; readonly header: string }[];
  readonly cells: readonly CellWrite[];
}

/** A reminder template the user edited, kept in the workbook: one per stage and language. */
export interface TemplateRow {
  readonly stage: string;
  readonly language: string;
  readonly subject: string;
  readonly body: string;
}
