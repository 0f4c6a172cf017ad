/// <reference types="office-js" />

/** The Excel API requirement set src/excel needs (getRangeByIndexes, getSurroundingRegion, getActiveCell). */
export const REQUIRED_EXCEL_API = "1.7";

/**
 * Whether this Excel can run the adapter: the pane gates its buttons on it, as Script Lab gates
 * features with `isSetSupported`, instead of failing with ApiNotFound halfway.
 *
 * @example
 * excelApiSupported() //=> true in Excel 2019 and later, Microsoft 365 and Excel on the web
 */
export function excelApiSupported(): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API);
}
