/*
 * The fake Excel for tests, benchmarks and the browser test page (no Node imports here;
 * fromXlsx.ts, which needs Node, is imported on its own).
 */
export { createFakeExcel, type CellView, type FakeExcel, type FakeExcelOptions, type FakeRequestContext } from "./createFakeExcel";
export type { CellAt, ChartModel, Evaluator, NameModel, TableModel } from "./fakeBook";
export type { FakeStats } from "./fakeContext";
export { FakeOfficeError } from "./fakeOfficeError";
export type { FakeFormula, Rect } from "./sheetModel";
export type { FakeSheetState, FakeTableState, FakeWorkbookState } from "./state";
