import type { WorkbookPort } from "../workbook/port";
import { readFileTitleRows } from "./fileTitleRows";
import type { FileBook } from "./fileBook";
import { appendFileContactLog } from "./fileContactLog";
import { readFilePolicySheet, readFilePolicyTable, writeFilePolicySheet } from "./filePolicySheet";
import { fileRowEnd, patchFileCells, readFileCells, readFileTable } from "./filePatchCells";
import { writeFileRemindersSheet } from "./fileRemindersSheet";
import { loadFileMapping, saveFileMapping } from "./fileSavedMapping";
import { readFileSelection, selectFileCell } from "./fileSelection";
import { createFileSummarySheet } from "./fileSummarySheet";
import { readFileTemplates, removeFileTemplate, saveFileTemplate } from "./fileTemplates";
import { readFileAgingData } from "./readFileAgingData";
import { writeFileArColumns } from "./writeFileArColumns";

/**
 * Every WorkbookPort operation over an .xlsx workbook held in memory: what the Office adapter
 * does in Excel, done to the file (save it with `FileWorkbook.save`).
 *
 * @example
 * await filePort(book).readAgingData("auto") //=> { sheetName: "Receivables", address: "Receivables!A3:H43", … }
 */
export function filePort(book: FileBook): WorkbookPort {
  /** Reads see the formulas' results as a spreadsheet shows them: recomputed after writes. */
  const calculated = <T>(read: () => T): T => {
    book.calculate();
    return read();
  };
  /** A write to cells that AR or summary formulas read makes their cached results stale. */
  const changing = async <T>(write: Promise<T>): Promise<T> => {
    const result = await write;
    book.changed();
    return result;
  };
  return {
    readAgingData: (scope, progress) => calculated(() => readFileAgingData(book, scope, progress)),
    readTitleRows: (data, rows) => Promise.resolve(readFileTitleRows(book, data, rows)),
    loadSavedMapping: (key) => Promise.resolve(loadFileMapping(book, key)),
    saveMapping: (key, mapping) => Promise.resolve(saveFileMapping(book, key, mapping)),
    readPolicySheet: () => Promise.resolve(calculated(() => readFilePolicySheet(book))),
    readPolicyTable: () => Promise.resolve(calculated(() => readFilePolicyTable(book))),
    writePolicySheet: (policy, asOfSerial) => changing(Promise.resolve(writeFilePolicySheet(book, policy, asOfSerial))),
    // The AR columns compute their own results from the cells as they are now: bring the other
    // formulas up to date first, and the workbook is current after the write.
    writeArColumns: (plan, options, progress) => calculated(() => writeFileArColumns(book, plan, options, progress)),
    createSummarySheet: (summary, data, plan) => Promise.resolve(createFileSummarySheet(book, summary, data, plan)),
    selectCell: (sheetName, row, column) => Promise.resolve(selectFileCell(book, sheetName, row, column)),
    readSelection: (data, headerRow) => Promise.resolve(calculated(() => readFileSelection(book, data, headerRow))),
    writeRemindersSheet: (rows, options, progress) => writeFileRemindersSheet(book, rows, options, progress),
    appendContactLog: (entries) => appendFileContactLog(book, entries),
    readTable: (name) => Promise.resolve(calculated(() => readFileTable(book, name))),
    readCells: (sheetName, rows, columns) => Promise.resolve(calculated(() => readFileCells(book, sheetName, rows, columns))),
    rowEnd: (sheetName, row, tableName) => Promise.resolve(fileRowEnd(book, sheetName, row, tableName)),
    patchCells: (target, patch) => changing(Promise.resolve(patchFileCells(book, target, patch))),
    readTemplates: () => Promise.resolve(readFileTemplates(book)),
    saveTemplate: (row) => Promise.resolve(saveFileTemplate(book, row)),
    removeTemplate: (stage, language) => Promise.resolve(removeFileTemplate(book, stage, language)),
  };
}

