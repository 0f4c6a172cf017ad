import type { WorkbookPort } from "../workbook/port";
import type { FileBook } from "./fileBook";
import { appendFileContactLog } from "./fileContactLog";
import { readFilePolicySheet, writeFilePolicySheet } from "./filePolicySheet";
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
  return {
    readAgingData: (scope, progress) => readFileAgingData(book, scope, progress),
    loadSavedMapping: (key) => Promise.resolve(loadFileMapping(book, key)),
    saveMapping: (key, mapping) => Promise.resolve(saveFileMapping(book, key, mapping)),
    readPolicySheet: () => Promise.resolve(readFilePolicySheet(book)),
    writePolicySheet: (policy, asOfSerial) => Promise.resolve(writeFilePolicySheet(book, policy, asOfSerial)),
    writeArColumns: (plan, options, progress) => writeFileArColumns(book, plan, options, progress),
    createSummarySheet: (summary, data, plan) => Promise.resolve(createFileSummarySheet(book, summary, data, plan)),
    selectCell: (sheetName, row, column) => Promise.resolve(selectFileCell(book, sheetName, row, column)),
    readSelection: (data, headerRow) => Promise.resolve(readFileSelection(book, data, headerRow)),
    writeRemindersSheet: (rows, options, progress) => writeFileRemindersSheet(book, rows, options, progress),
    appendContactLog: (entries) => appendFileContactLog(book, entries),
    recordContacts: (target, updates) => Promise.resolve(recordFileContacts(book, target, updates)),
    readTemplates: () => Promise.resolve(readFileTemplates(book)),
    saveTemplate: (row) => Promise.resolve(saveFileTemplate(book, row)),
    removeTemplate: (stage, language) => Promise.resolve(removeFileTemplate(book, stage, language)),
  };
}

