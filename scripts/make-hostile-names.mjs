// Writes the hostile-names corpus in test/fixtures/hostile/ with exceljs (issue 13 item 8):
// aging exports whose customer names are as long as an Excel cell allows (32,767 characters,
// with and without spaces, Thai), carry bidirectional controls (a U+202E override that turns
// "gnp.exe" into what looks like "exe.png"), terminal escapes and line breaks. Everything else
// looks like an ordinary export: a title, an "as of" line, a group row, a total row. Same
// content on every run (no clock, no randomness): `node scripts/make-hostile-names.mjs`, then
// commit the .xlsx files. Read as of 2026-02-15.
import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "hostile");
mkdirSync(out, { recursive: true });
const date = (iso) => new Date(`${iso}T00:00:00Z`);
const cellLimit = 32_767;

/** Names a user's export really can hold, each a different way of being hostile. */
export const hostileNames = {
  longWithSpaces: "Northwind Trading and Distribution Company ".repeat(800).slice(0, cellLimit),
  longWithoutSpaces: "X".repeat(cellLimit),
  longThai: "บริษัท ตัวอย่างการค้าระหว่างประเทศ จำกัด (มหาชน) ".repeat(700).slice(0, cellLimit),
  rightToLeftOverride: "Invoice Services \u202Egnp.exe",
  isolatesAndMarks: "\u2067Acme\u2069 \u200FHoldings\u200E \u061CLtd\u202A\u202B\u202C\u202D",
  terminalEscape: "Beta \u001b[2J\u001b[31mCorp\u001b[0m",
  lineBreaks: "Gamma Ltd\r\nBcc: everyone@example.com",
};

async function write(name, rows) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Hostile corpus";
  workbook.created = date("2026-02-15");
  workbook.modified = date("2026-02-15");
  const sheet = workbook.addWorksheet("Aged Receivables");
  sheet.addRow(["Aged Receivables Detail"]);
  sheet.addRow(["As of 15 Feb 2026"]);
  sheet.addRow([]);
  sheet.addRow(["Customer", "Invoice", "Invoice Date", "Due Date", "Balance", "Email"]);
  for (const row of rows) sheet.addRow(row);
  for (const column of [3, 4]) sheet.getColumn(column).numFmt = "dd/mm/yyyy";
  sheet.getColumn(5).numFmt = "#,##0.00";
  await workbook.xlsx.writeFile(join(out, name));
}

/** Two overdue invoices per customer (an early and a late one), and an ordinary customer beside them. */
function invoices(names) {
  const rows = [];
  names.forEach((customer, index) => {
    const address = `ap${index + 1}@customer${index + 1}.example`;
    rows.push([customer, `INV-${1001 + index * 2}`, date("2025-11-01"), date("2025-12-01"), 1250.5 + index * 100, address]);
    rows.push([customer, `INV-${1002 + index * 2}`, date("2025-12-20"), date("2026-01-19"), 480 + index * 10, address]);
  });
  rows.push(["Plain Customer Ltd", "INV-2001", date("2025-12-01"), date("2025-12-31"), 300, "ap@plain.example"]);
  rows.push(["Total", null, null, null, null, null]);
  return rows;
}

await write("long-names.xlsx", invoices([hostileNames.longWithSpaces, hostileNames.longWithoutSpaces, hostileNames.longThai]));
await write("bidi-and-control-names.xlsx", invoices([hostileNames.rightToLeftOverride, hostileNames.isolatesAndMarks, hostileNames.terminalEscape, hostileNames.lineBreaks]));
console.log(`wrote ${out}/long-names.xlsx, bidi-and-control-names.xlsx`);
