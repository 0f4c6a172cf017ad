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
  /** Shows and selects one cell (0-based sheet coordinates). */
  selectCell(sheetName: string, row: number, column: number): Promise<void | ExcelFailure>;
  /** The user's selection as rows of the list read (`data`), below `headerRow`. */
  readSelection(data: AgingData, headerRow: number): Promise<SelectedRows | ExcelFailure>;
  /** The Reminders sheet's Table holds this batch; an earlier batch is replaced only with `confirmReplace`. */
  writeRemindersSheet(rows: readonly ReminderRecord[], options: { readonly confirmReplace: boolean }, progress?: Progress): Promise<RemindersWritten | RemindersNotReplaced | ExcelFailure>;
  /** Appends to the append-only Contact Log; draft ids already logged are skipped. */
  appendContactLog(entries: readonly ContactEntry[]): Promise<ContactsLogged | ExcelFailure>;
  /** Sets last contact and adds one to reminders sent on the rows (customers checked first). */
  recordContacts(target: ContactTarget, updates: readonly ContactUpdate[]): Promise<ContactsRecorded | ContactsMoved | ExcelFailure>;
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

/** Where the aging block is and which of its columns `recordContacts` updates (0-based sheet coordinates). */
export interface ContactTarget {
  readonly sheetName: string;
  readonly tableName: string | null;
  /** 0-based sheet row of the header row */
  readonly headerRow: number;
  /** 0-based sheet columns */
  readonly customerColumn: number;
  readonly lastContactColumn: number | null;
  readonly remindersSentColumn: number | null;
  /** last (rightmost) 0-based sheet column of the aging block */
  readonly lastColumn: number;
}

/** A row to mark as contacted. */
export interface ContactUpdate {
  /** 0-based sheet row */
  readonly row: number;
  /** the customer text the pane read on that row: checked before writing, so a sheet sorted since it was read is not written into the wrong rows */
  readonly customer: string;
  /** Excel date serial (whole day) */
  readonly contactSerial: number;
}

/** Written: the headers of the columns created, and the rows whose Reminders sent cell was left as is. */
export interface ContactsRecorded {
  readonly ok: true;
  readonly createdColumns: readonly string[];
  /** Rows whose Reminders sent cell holds text or a formula: their count is left alone (their last contact is written). */
  readonly skipped: readonly number[];
}

/** Nothing written: these rows no longer hold the customer the pane read (the sheet was sorted or edited). */
export interface ContactsMoved {
  readonly ok: false;
  readonly moved: readonly number[];
}

/** A reminder template the user edited, kept in the workbook: one per stage and language. */
export interface TemplateRow {
  readonly stage: string;
  readonly language: string;
  readonly subject: string;
  readonly body: string;
}
