import type { WorkbookPort } from "../workbook/port";
import type { FileBook } from "./fileBook";
import { appendFileContactLog } from "./fileContactLog";
import { readFilePolicySheet, readFilePolicyTable, writeFilePolicySheet } from "./filePolicySheet";
import { recordFileContacts } from "./fileRecordContacts";
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
    recordContacts: (target, updates) => changing(Promise.resolve(recordFileContacts(book, target, updates))),
    readTemplates: () => Promise.resolve(readFileTemplates(book)),
    saveTemplate: (row) => Promise.resolve(saveFileTemplate(book, row)),
    removeTemplate: (stage, language) => Promise.resolve(removeFileTemplate(book, stage, language)),
  };
}

