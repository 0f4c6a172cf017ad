import type { WorkbookPort } from "../workbook/port";
import { appendContactLog } from "./contactLog";
import { readPolicySheet, readPolicyTable, writePolicySheet } from "./policySheet";
import { readAgingData } from "./readAgingData";
import { reconnectArFormulas } from "./reconnectArFormulas";
import { readSelection } from "./readSelection";
import { patchCells, readCells, readTable, rowEnd } from "./patchCells";
import { readTitleRows } from "./readTitleRows";
import { writeRemindersSheet } from "./remindersSheet";
import { loadSavedMapping, saveMapping } from "./savedMapping";
import { selectCell } from "./selectCell";
import { createSummarySheet } from "./summarySheet";
import { readTemplates, removeTemplate, saveTemplate } from "./templatesSheet";
import { writeArColumns } from "./writeArColumns";

/**
 * The workbook Excel has open, through Office.js: the adapter the pane uses inside Excel.
 *
 * @example
 * await officeWorkbook.readAgingData("auto") //=> { sheetName: "AR", address: "AR!A1:H120", … }
 */
export const officeWorkbook: WorkbookPort = {
  readAgingData,
  readTitleRows,
  loadSavedMapping,
  saveMapping,
  readPolicySheet,
  readPolicyTable,
  writePolicySheet,
  writeArColumns,
  createSummarySheet,
  summaryChart: true,
  reconnectArFormulas,
  selectCell,
  readSelection,
  writeRemindersSheet,
  appendContactLog,
  readTable,
  readCells,
  rowEnd,
  patchCells,
  readTemplates,
  saveTemplate,
  removeTemplate,
};
