// What a workbook saved in browser mode must hold, checked in Node with ExcelJS: the AR formulas
// with cached values equal to the engine's, the sheets the pane wrote, and every cell of the
// user's list as it was (only the columns the pane writes to may change).
import type ExcelJS from "exceljs";
import { agingBucket, daysOverdue } from "../../src/core/aging";
import { policyNames } from "../../src/workbook/policyNames";
import type { ArColumnPlan } from "../../src/workbook/arColumnPlan";
import { engineValue, savedCell, savedRows } from "../support/savedWorkbook";
import type { FlowFile } from "./browserModeFlow";
import { today } from "./browserModeFlow";

/** The AR columns: header, formula on every invoice row, cached value = the engine's; days overdue and bucket also = the core's. */
export function expectArColumns(book: ExcelJS.Workbook, flow: FlowFile, plan: ArColumnPlan): void {
  const { sheet, expected } = flow;
  for (const column of plan.columns) {
    expect(savedCell(book, sheet.name, plan.headerRow, column.column).value).toBe(column.header);
    for (const invoice of expected.analysis.ledger.invoices) {
      const cell = savedCell(book, sheet.name, invoice.row, column.column);
      const name = /^=AR\.([A-Z]+)\(/.exec(column.formula)?.[1] ?? "?";
      expect(cell.formula ?? "").toMatch(new RegExp(`^=?(_xldudf_AR_|AR\\.)${name}\\(`));
      expect({ row: invoice.row, column: column.header, value: cell.value }).toEqual({ row: invoice.row, column: column.header, value: engineValue(book, sheet.name, invoice.row, column.column) });
      const days = daysOverdue(invoice.dueDay, today);
      if (column.key === "daysOverdue") expect(cell.value).toBe(days);
      if (column.key === "bucket") expect(cell.value).toBe(agingBucket(days));
    }
    for (const row of plan.skippedRows) expect(savedCell(book, sheet.name, row, column.column).formula).toBeNull();
  }
}

/** AR Summary, Reminders, Contact Log and Dunning Policy, with what the pane put there. */
export function expectPaneSheets(book: ExcelJS.Workbook, flow: FlowFile, messages: number): void {
  const names = book.worksheets.map((each) => each.name);
  expect(names).toEqual(expect.arrayContaining([flow.sheet.name, policyNames.sheet, "AR Summary", "Reminders", "Contact Log"]));
  // A list in several currencies has one block per currency on the summary sheet.
  const labels = flow.expected.analysis.summary.currencies.flatMap(({ buckets, topCustomers }) => [...buckets.map((bucket) => bucket.label), ...topCustomers.map((customer) => customer.customer)]);
  const summaryText = savedRows(book, "AR Summary", 1).map((row) => row[0]);
  expect(summaryText).toEqual(expect.arrayContaining(labels));
  const reminders = savedRows(book, "Reminders", 3).filter((row) => row.some((value) => value !== ""));
  expect(reminders[0]).toEqual(["To", "Cc", "Subject"]);
  expect(reminders).toHaveLength(messages + 1);
  const log = savedRows(book, "Contact Log", 13).filter((row) => row.some((value) => value !== ""));
  expect(log[0]).toEqual(["Logged at", "Customer", "Invoices", "Stage", "Channel", "Subject", "Amount", "Currency", "Offer", "Note", "Draft id", "Marked by", "Undoes"]);
  expect(log.slice(1).map((row) => row[9])).toEqual(Array.from({ length: messages }, () => "browser mode test"));
  const policy = savedRows(book, policyNames.sheet, 2).map((row) => row[0]);
  expect(policy).toEqual(expect.arrayContaining(["dateOrder", "decimalSeparator"]));
  const definedNames = book.definedNames as unknown as { getRanges(name: string): { ranges: string[] } };
  for (const name of [policyNames.asOf, policyNames.policy]) expect(definedNames.getRanges(name).ranges.length).toBe(1);
}

/** Every cell the file had on the aging sheet is still there, unless the pane wrote that column. */
export function expectUserDataKept(book: ExcelJS.Workbook, flow: FlowFile, writtenColumns: ReadonlySet<number>): void {
  const changed: string[] = [];
  flow.sheet.values.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === "" || value === undefined || writtenColumns.has(c)) return;
      const saved = savedCell(book, flow.sheet.name, r, c).value;
      // Object.is: a serial no Date holds reads as NaN before and after (the cell itself is kept).
      if (!Object.is(saved, value)) changed.push(`R${r + 1}C${c + 1}: ${JSON.stringify(value)} → ${JSON.stringify(saved)}`);
    }),
  );
  expect(changed).toEqual([]);
}
