/*
 * The .xlsx adapter: the workbook port over an .xlsx file held in memory (ExcelJS), for the
 * pane's browser mode and the command line. Bytes in (`openWorkbookFile`), bytes out (`save`);
 * no Node-only imports. Same semantics as the Office adapter (src/excel) wherever the workbook's
 * content is concerned; test/contract/ runs one suite against both.
 */
export type { Area } from "./area";
export type { GridCell } from "./gridCell";
export { openWorkbookFile, type FileWorkbook, type OpenFailure, type OpenFailureKind, type OpenOptions } from "./openWorkbookFile";
