// Writes the rest of the hostile corpus in test/fixtures/hostile/ with exceljs (issue 13, "a
// hostile corpus of your own covering every bullet"): one workbook per way an accountant's file
// has hurt the desk before. make-hostile-names.mjs writes the two files of hostile names beside
// them. test/support/hostileCorpus.ts says what each file must do; the built command line
// (test/cli/hostileCorpus.bin.ts) and browser mode (test/e2e/hostileCorpus.test.ts) hold the
// desk to it. The same cells on every run (no clock, no randomness; only the zip's timestamps differ):
// `node scripts/make-hostile-corpus.mjs`, then commit the .xlsx files. Read as of 2026-02-15.
import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "hostile");
mkdirSync(out, { recursive: true });
const date = (iso) => new Date(`${iso}T00:00:00Z`);
const DATE = "dd/mm/yyyy";
const MONEY = "#,##0.00";
/** Excel's longest cell text, all digits: the quadratic number regexes stalled on it. */
const LONG_DIGITS = "9".repeat(32_767);
const HEADER = ["Customer", "Invoice", "Invoice Date", "Due Date", "Balance", "Email"];

function book() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Hostile corpus";
  workbook.created = date("2026-02-15");
  workbook.modified = date("2026-02-15");
  return workbook;
}

/** An aging sheet under a title and an as-of line; `rows` are cell values (a formula as { formula, result }). */
function agingSheet(workbook, rows, header = HEADER, name = "Aged Receivables") {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow(["Aged Receivables Detail"]);
  sheet.addRow(["As of 15 Feb 2026"]);
  sheet.addRow([]);
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  for (const column of [3, 4]) sheet.getColumn(column).numFmt = DATE;
  sheet.getColumn(5).numFmt = MONEY;
  return sheet;
}

async function save(workbook, name) {
  await workbook.xlsx.writeFile(join(out, name));
  return name;
}

/** Three ordinary overdue invoices of different customers (a list the ladder drafts for). */
const ordinary = [
  ["Northwind Traders", "INV-3001", date("2025-11-01"), date("2025-12-01"), 1250.5, "ap@northwind.example"],
  ["Contoso Pharmaceuticals", "INV-3002", date("2025-12-05"), date("2026-01-04"), 980, "payables@contoso.example"],
  ["Fabrikam Inc", "INV-3003", date("2025-12-20"), date("2026-01-19"), 4300, "ar@fabrikam.example"],
];

/**
 * The user's own formulas on three sheets, each with the cached result Excel stores: 2-D SUMs,
 * several and literal arguments, whole columns, COUNTIFS, IF, a shared (filled-down) formula, an
 * array formula, and formulas over the cells where the AR columns go (G…L). The desk once
 * rewrote their cached results with a small evaluator (SUM(A1:B2) 10 → 4) or crashed on them.
 */
async function userFormulas() {
  const workbook = book();
  const sheet = agingSheet(workbook, ordinary);
  sheet.getCell("A9").value = "Total";
  sheet.getCell("E9").value = { formula: "SUM(E5:E7)", result: 6530.5 };
  sheet.getCell("A10").value = "Over 1,000";
  sheet.getCell("E10").value = { formula: 'COUNTIFS(E5:E7,">1000",A5:A7,"<>")', result: 2 };

  const notes = workbook.addWorksheet("Notes");
  notes.addRow([1, 2]);
  notes.addRow([3, 4]);
  notes.getCell("D1").value = { formula: "SUM(A1:B2)", result: 10 };
  notes.getCell("D2").value = { formula: "SUM(A1:A2,B1)", result: 6 };
  notes.getCell("D3").value = { formula: "SUM(100,200)", result: 300 };
  notes.getCell("D4").value = { formula: "SUM(A:A)", result: 4 };
  notes.getCell("D5").value = { formula: "SUM(A1,A2)", result: 4 };
  notes.getCell("D6").value = { formula: 'COUNTIFS(A1:B2,">2")', result: 2 };
  notes.getCell("D7").value = { formula: 'IF(D1>5,"many","few")', result: "many" };
  notes.getCell("D8").value = { formula: "SUMIFS(B1:B2,A1:A2,\">1\")", result: 4 };
  notes.getCell("C1").value = { formula: "A1*2", result: 2, shareType: "shared", ref: "C1:C4" };
  notes.getCell("C2").value = { sharedFormula: "C1", result: 6 };
  notes.getCell("C3").value = { sharedFormula: "C1", result: 0 };
  notes.getCell("C4").value = { sharedFormula: "C1", result: 0 };
  notes.getCell("E1").value = { formula: "SUM(A1:A2*B1:B2)", result: 14, shareType: "array", ref: "E1" };

  const checks = workbook.addWorksheet("Checks");
  checks.addRow(["Receivables", { formula: "SUM('Aged Receivables'!E5:E7)", result: 6530.5 }]);
  // Over the columns the desk fills (G: Days overdue, I: Next action): empty when this was saved.
  checks.addRow(["Days overdue (sum)", { formula: "SUM('Aged Receivables'!G5:G7)", result: 0 }]);
  checks.addRow(["To remind", { formula: "COUNTIF('Aged Receivables'!I5:I7,\"Send reminder\")", result: 0 }]);
  checks.addRow(["Average", { formula: "IF(COUNT('Aged Receivables'!E5:E7)>0,AVERAGE('Aged Receivables'!E5:E7),\"\")", result: 6530.5 / 3 }]);
  checks.addRow(["Whole column", { formula: "SUM('Aged Receivables'!E:E)", result: 13_063 }]);
  return save(workbook, "user-formulas-three-sheets.xlsx");
}

/** One invoice: the summary's ranges had one row and annotate crashed ("cannot read the range Aging!$G$2"). */
async function oneInvoice() {
  const workbook = book();
  agingSheet(workbook, ordinary.slice(0, 1));
  return save(workbook, "one-invoice.xlsx");
}

/** A header and no invoice at all. */
async function emptyList() {
  const workbook = book();
  agingSheet(workbook, []);
  return save(workbook, "empty-list.xlsx");
}

/** Only credit notes: nothing is owed, nothing to remind. */
async function onlyCreditNotes() {
  const workbook = book();
  agingSheet(workbook, [
    ["Northwind Traders", "CN-101", date("2025-11-01"), date("2025-12-01"), -250, "ap@northwind.example"],
    ["Contoso Pharmaceuticals", "CN-102", date("2025-12-05"), date("2026-01-04"), -980.4, "payables@contoso.example"],
  ]);
  return save(workbook, "only-credit-notes.xlsx");
}

/** List cells that are formulas with literal arguments (a pasted calculation), with their cached results. */
async function literalFormulasInList() {
  const workbook = book();
  agingSheet(workbook, [
    [{ formula: '"Northwind"&" Traders"', result: "Northwind Traders" }, "INV-4001", date("2025-11-01"), { formula: "DATE(2025,12,1)", result: date("2025-12-01") }, { formula: "1000+250.5", result: 1250.5 }, "ap@northwind.example"],
    ["Contoso Pharmaceuticals", { formula: '"INV-"&4002', result: "INV-4002" }, date("2025-12-05"), date("2026-01-04"), { formula: "SUM(500,480)", result: 980 }, "payables@contoso.example"],
    ["Fabrikam Inc", "INV-4003", date("2025-12-20"), { formula: "46041", result: 46041 }, { formula: "ROUND(4299.996,2)", result: 4300 }, { formula: 'LOWER("AR@FABRIKAM.EXAMPLE")', result: "ar@fabrikam.example" }],
  ]);
  return save(workbook, "literal-formulas-in-list.xlsx");
}

/** Every readable field a 32,767-digit string (one shared string); on every other row all but the due date, balance and currency. */
async function longDigitStrings() {
  const workbook = book();
  const header = [...HEADER, "Last contact", "Reminders sent", "Status", "Promise date", "Currency", "Notes"];
  const rows = [];
  for (let index = 0; index < 12; index += 1) {
    const cells = header.map(() => LONG_DIGITS);
    if (index % 2 === 0) {
      cells[3] = date("2025-12-01");
      cells[4] = 100 + index;
      cells[10] = "USD"; // an invoice, so its AR formulas read the long text of the other fields
      cells[1] = `${index}${LONG_DIGITS.slice(String(index).length)}`; // 32,767 digits, one invoice number each (no duplicates)
    }
    rows.push(cells);
  }
  rows.push(ordinary[0]);
  agingSheet(workbook, rows, header);
  return save(workbook, "long-digit-strings.xlsx");
}

/** Values fuzzers found: huge numbers, dates of 1899 and 1900, text and numbers where dates go. */
async function fuzzedValues() {
  const workbook = book();
  const header = [...HEADER, "Last contact", "Reminders sent"];
  agingSheet(workbook, [
    ["Huge Balance Ltd", "INV-5001", date("2025-11-01"), date("2025-12-01"), 1e308, "ap@huge.example", null, 9.99e307],
    ["Negative Huge Ltd", "INV-5002", date("2025-11-01"), date("2025-12-01"), -1e308, "ap@neghuge.example", null, -1e15],
    ["Tiny Ltd", "INV-5003", date("2025-11-01"), date("2025-12-01"), 5e-324, "ap@tiny.example", null, 0.5],
    ["Year 1899 Ltd", "INV-5004", date("1899-12-30"), date("1899-12-31"), 120, "ap@1899.example", date("1899-12-31"), 1],
    ["Leap 1900 Ltd", "INV-5005", 60, 61, 130, "ap@1900.example", 0, 2],
    ["Text Dates Ltd", "INV-5006", "next Tuesday", "31/02/2026", 140, "ap@text.example", "yesterday", "twice"],
    ["Serial Far Ltd", "INV-5007", 1e9, 2_958_466, 150, "ap@far.example", 1e9, 1e9],
    ["Negative Serial Ltd", "INV-5008", -1, -45_000, 160, "ap@negative.example", -5, -3],
    ["Digits Text Ltd", "INV-5009", "2025-11-01", "99999999999999999999", "1e308", "ap@digits.example", "9".repeat(400), "9".repeat(400)],
    ...ordinary,
  ], header);
  return save(workbook, "fuzzed-values.xlsx");
}

/**
 * Formulas in the two columns Mark as sent writes: a Last contact of =MAX(…) was overwritten
 * without asking while the same in Reminders sent was skipped. Each must wait for the same
 * confirmation as any other cell the desk did not write.
 */
async function formulasInContactColumns() {
  const workbook = book();
  const header = [...HEADER, "Last contact", "Reminders sent"];
  const sheet = agingSheet(workbook, [
    [...ordinary[0], { formula: "MAX(C5,C6)", result: date("2025-12-05") }, { formula: "1-1", result: 0 }],
    [...ordinary[1], null, { formula: "0*1", result: 0 }],
    [...ordinary[2], { formula: "C7-10", result: date("2025-12-10") }, null],
  ], header);
  sheet.getColumn(7).numFmt = DATE;
  return save(workbook, "formulas-in-contact-columns.xlsx");
}

/** Two invoices of one customer on adjacent rows (sheet rows 5 and 6), for swapping between drafting and marking. */
async function invoicesToSwap() {
  const workbook = book();
  agingSheet(workbook, [
    ["Northwind Traders", "INV-6001", date("2025-10-01"), date("2025-10-31"), 700, "ap@northwind.example"],
    ["Northwind Traders", "INV-6002", date("2025-11-15"), date("2025-12-15"), 1900, "ap@northwind.example"],
    ...ordinary.slice(1),
  ]);
  return save(workbook, "invoices-to-swap.xlsx");
}

const written = [
  await userFormulas(),
  await oneInvoice(),
  await emptyList(),
  await onlyCreditNotes(),
  await literalFormulasInList(),
  await longDigitStrings(),
  await fuzzedValues(),
  await formulasInContactColumns(),
  await invoicesToSwap(),
];
console.log(`wrote ${written.map((name) => join(out, name)).join(", ")}`);
