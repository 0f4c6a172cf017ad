/*
 * The Excel adapter: the only code that speaks Office.js. Everything here returns expected
 * failures as values ({ error, code? }, or { ok: false, conflicts }) and throws only on bugs.
 * Every Excel.run is retried once when Excel is in cell-edit mode (then { error, code:
 * "InvalidOperationInCellEditMode" }).
 *
 * API (as implemented; differences from the pane's contract are marked *):
 *   interface Progress { report(done, total): void; readonly cancelled: boolean }   silentProgress
 *   type AgingScope = "auto" | "table" | "region" | "usedRange"
 *   interface AgingData { sheetName; address; tableName: string | null; top; left; values: unknown[][]; numberFormats: string[][] }
 *   interface ExcelFailure { error: string; code?: string }          isFailure(x): x is ExcelFailure
 *   readAgingData(scope, progress?): Promise<AgingData | ExcelFailure>   (cancel → { error: excelMessages.cancelled })
 *   mappingKey(data): string                                            * the settings key for a block (sheet + table name or address)
 *   loadSavedMapping(key): Promise<SavedMapping | null>
 *   saveMapping(key, mapping): Promise<void | ExcelFailure>             * failure when saveAsync fails
 *   writePolicySheet(policy, asOfSerial): Promise<void | ConflictResult | ExcelFailure>   * conflicts = stale rows it would have to delete
 *   readPolicySheet(): Promise<unknown[][] | null>                     * rejects with ExcelError (code, catalog message) on an Office failure
 *   planArColumns(data, headerRow, mapping, invoiceRows?): ArColumnPlan * pure; invoiceRows (ledger.invoices.map(i => i.row))
 *                                                                         leaves headings/totals rows blank
 *   writeArColumns(plan, { confirmOverwrite }, progress?): Promise<ArColumnsWritten | ConflictResult | ExcelFailure>
 *   createSummarySheet(summary, data, plan | null): Promise<void | ExcelFailure>
 *   selectCell(sheetName, row, column): Promise<void | ExcelFailure>   (0-based sheet coordinates)
 *   policyNames { policy: "DunningPolicy", asOf: "DunningAsOf", sheet: "Dunning Policy", table: "DunningPolicyTable" }
 *   excelApiSupported(): boolean                                        * ExcelApi 1.7 (REQUIRED_EXCEL_API) is there: gate the buttons on it
 *   excelMessages: the message catalog; arHeaders: the AR column headers; MAX_CONFLICTS (20).
 *   readSelection(data, headerRow): Promise<SelectedRows | ExcelFailure>   selected areas → { rows (visible, into data.values), hiddenRows, outside, address }; ExcelApi 1.9
 *   writeRemindersSheet(rows, { confirmReplace }, progress?): Promise<{ ok: true, address, rows } | { ok: false, existingRows } | ExcelFailure>   Table "DunningReminders" on "Reminders"
 *   appendContactLog(entries): Promise<{ ok: true, appended, alreadyLogged } | ExcelFailure>   append-only Table "DunningContactLog" on "Contact Log"; skips logged draft ids
 *   readCells(sheetName, rows, columns): Promise<CellState[][] | ExcelFailure>; rowEnd(sheetName, row, tableName): Promise<number | ExcelFailure>
 *   patchCells(target, { created, cells }): Promise<void | ExcelFailure>   the row-patch primitives (plans: src/workbook/rowPatch.ts, flows: src/app/recordContacts.ts)
 *   readTemplates(): Promise<TemplateRow[] | ExcelFailure>; saveTemplate(row): Promise<void | ExcelFailure> (upsert by stage+language); removeTemplate(stage, language)   Table "DunningTemplates" on "Dunning Templates" (templateNames)
 *   Cancelling writeArColumns leaves the chunks already written (returns { error: excelMessages.cancelled }).
 */
export type { AgingData, AgingScope, ExcelFailure } from "../workbook/agingData";
export { isFailure } from "../workbook/agingData";
export type { ArColumn, ArColumnPlan, SourceColumn } from "../workbook/arColumnPlan";
export { arHeaders, planArColumns } from "../workbook/arColumnPlan";
export type { Conflict, ConflictResult } from "../workbook/conflicts";
export { MAX_CONFLICTS } from "../workbook/conflicts";
export { excelApiSupported, REQUIRED_EXCEL_API } from "./requirements";
export { ExcelError } from "../workbook/excelError";
export { excelMessages } from "../workbook/excelMessages";
export { policyNames } from "../workbook/policyNames";
export { readPolicySheet, writePolicySheet } from "./policySheet";
export type { Progress } from "../workbook/progress";
export { silentProgress } from "../workbook/progress";
export { readAgingData } from "./readAgingData";
export type { SavedMapping } from "./savedMapping";
export { loadSavedMapping, mappingKey, saveMapping } from "./savedMapping";
export { selectCell } from "./selectCell";
export { createSummarySheet } from "./summarySheet";
export type { ArColumnsWritten } from "./writeArColumns";
export { writeArColumns } from "./writeArColumns";
export { officeTheme, whenOfficeReady, type OfficeHostInfo, type OfficeThemeColors } from "./officeHost";
export { readSelection, type SelectedRows } from "./readSelection";
export { remindersLayout, writeRemindersSheet, type ReminderSheetRow, type RemindersNotReplaced, type RemindersWritten } from "./remindersSheet";
export { appendContactLog, contactLogLayout, type ContactLogEntry, type ContactsLogged } from "./contactLog";
export { patchCells, readCells, readTable, rowEnd } from "./patchCells";
export { readTemplates, removeTemplate, saveTemplate, templateNames, type TemplateRow } from "./templatesSheet";
export { officeWorkbook } from "./officeWorkbook";
export type { WorkbookPort } from "../workbook/port";
