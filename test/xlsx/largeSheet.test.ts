/*
 * A large aging sheet through the .xlsx adapter: open, read, write the AR columns (evaluated),
 * save — checked for correctness at 2,000 rows in every run; with XLSX_BENCH=100000 (rows) it
 * also prints the time against ExcelJS alone loading the same file, writing as many formula
 * cells with a constant result, and saving.
 */
import ExcelJS from "exceljs";
import { findHeaderRow } from "../../src/core/columns";
import { defaultPolicy } from "../../src/core/policy";
import { isFailure } from "../../src/workbook/agingData";
import { planArColumns } from "../../src/workbook/arColumnPlan";
import { openWorkbookFile } from "../../src/xlsx";

const ROWS = Number(process.env.XLSX_BENCH ?? 2_000);
const AS_OF_SERIAL = 46_068;
const HEADER = ["Customer", "Invoice", "Due date", "Balance", "Email", "Last contact", "Reminders", "Status"];
const STATUSES = ["", "", "", "disputed", "hardship", "sales asked"];

async function sheetBytes(rows: number): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("AR");
  sheet.addRow(HEADER);
  for (let i = 0; i < rows; i += 1) {
    sheet.addRow([`Customer ${i % 5_000}`, `INV-${100_000 + i}`, AS_OF_SERIAL - (i % 430) + 30, 50 + ((i * 7_919) % 49_950), `ar${i % 5_000}@example.com`, i % 3 === 0 ? AS_OF_SERIAL - (i % 30) : null, i % 6, STATUSES[i % STATUSES.length]]);
  }
  sheet.getColumn(3).numFmt = "yyyy-mm-dd";
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function excelJsAlone(bytes: Uint8Array, rows: number): Promise<number> {
  const start = performance.now();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("no sheet");
  for (let r = 2; r <= rows + 1; r += 1) {
    const row = sheet.getRow(r);
    for (let c = 9; c <= 14; c += 1) row.getCell(c).value = { formula: `_xldudf_AR_DAYSOVERDUE(C${r},DunningAsOf,DunningPolicy)`, result: 1 };
  }
  await workbook.xlsx.writeBuffer();
  return performance.now() - start;
}

it(`opens, reads, writes the AR columns with results and saves ${ROWS.toLocaleString("en-US")} rows`, async () => {
  const bytes = await sheetBytes(ROWS);
  const start = performance.now();
  const book = await openWorkbookFile(bytes);
  if (!book.ok) throw new Error(book.error);
  const opened = performance.now();
  const data = await book.port.readAgingData("usedRange");
  if (isFailure(data)) throw new Error(data.error);
  const read = performance.now();
  const header = findHeaderRow(data.values);
  if (!header.ok) throw new Error(header.message);
  expect(await book.port.writePolicySheet(defaultPolicy, AS_OF_SERIAL)).toBeUndefined();
  // Every row below the header is an invoice: the ladder formulas get the customer-total SUMIFS too.
  const invoiceRows = process.env.XLSX_NO_TOTAL ? undefined : Array.from({ length: ROWS }, (_, i) => header.row + 1 + i);
  const plan = planArColumns(data, header.row, header.mapping, invoiceRows);
  if (invoiceRows) expect(plan.columns.find((column) => column.key === "nextAction")?.formula).toContain("SUMIFS(");
  expect(await book.port.writeArColumns(plan, { confirmOverwrite: false })).toEqual({ ok: true, columns: 6, rows: ROWS });
  const written = performance.now();
  const saved = await book.save();
  const end = performance.now();
  const again = await openWorkbookFile(saved);
  if (!again.ok) throw new Error(again.error);
  expect(again.cell("AR", ROWS, 8)).toMatchObject({ formula: `=AR.DAYSOVERDUE(C${ROWS + 1},DunningAsOf,DunningPolicy)` });
  expect(typeof again.cell("AR", ROWS, 8).value).toBe("number");
  expect(again.cell("AR", ROWS, 9).value).toMatch(/^(Current|\d+-\d+|\d+\+)$/);
  if (process.env.XLSX_BENCH) {
    const alone = await excelJsAlone(bytes, ROWS);
    const total = end - start;
    console.log(`rows ${ROWS}: open ${(opened - start).toFixed(0)} ms, read ${(read - opened).toFixed(0)} ms, AR columns ${(written - read).toFixed(0)} ms, save ${(end - written).toFixed(0)} ms; total ${total.toFixed(0)} ms; ExcelJS alone ${alone.toFixed(0)} ms; ratio ${(total / alone).toFixed(2)}`);
  }
}, 600_000);
