// Writes the aging workbooks in test/fixtures/ with exceljs: four layouts accountants really
// export or keep. Same content on every run (no clock, no randomness; only the zip entries' timestamps
// differ): run `node scripts/make-fixtures.mjs`
// again after changing it and commit the .xlsx files. All sheets are meant to be read as of 15 Feb 2026.
import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures");
mkdirSync(out, { recursive: true });
const date = (iso) => new Date(`${iso}T00:00:00Z`);
const addDays = (iso, days) => new Date(date(iso).getTime() + days * 86_400_000);
const iso = (d) => d.toISOString().slice(0, 10);
const DATE = "mm/dd/yyyy";
const MONEY = "#,##0.00";

function book() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Dunning Desk fixtures";
  workbook.created = date("2026-02-15");
  workbook.modified = date("2026-02-15");
  return workbook;
}

/** QuickBooks Desktop "Open Invoices": titles, customer heading rows, "Total …" rows, TOTAL; Beta's subtotal is wrong on purpose. */
async function quickBooks() {
  const workbook = book();
  const sheet = workbook.addWorksheet("Open Invoices");
  sheet.addRow(["Harbor Lights Trading Co."]);
  sheet.addRow(["Open Invoices"]);
  sheet.addRow(["As of February 15, 2026"]);
  sheet.addRow([]);
  sheet.addRow(["", "Type", "Date", "Num", "Terms", "Due Date", "Aging", "Open Balance"]);
  const customers = [
    ["Acme Ltd", [["2026-01-05", 1200], ["2026-01-12", 300], ["2025-12-01", 2450.5]]],
    ["Beta GmbH", [["2025-10-18", 5000], ["2026-01-20", -250]]],
    ["-5 Co", [["2025-08-02", 780]]],
    ["Cobalt Supplies", [["2025-11-10", 1640], ["2025-12-15", 920.25], ["2026-02-01", 410]]],
    ["Delta & Sons", [["2025-06-30", 12500]]],
  ];
  let number = 1001;
  let grand = 0;
  for (const [customer, invoices] of customers) {
    sheet.addRow([customer]);
    let total = 0;
    for (const [issued, balance] of invoices) {
      const due = addDays(issued, 30);
      const aging = Math.max(0, Math.round((date("2026-02-15") - due) / 86_400_000));
      const row = sheet.addRow(["", balance < 0 ? "Credit Memo" : "Invoice", date(issued), String(number++), "Net 30", due, aging, balance]);
      row.getCell(3).numFmt = DATE;
      row.getCell(6).numFmt = DATE;
      row.getCell(8).numFmt = MONEY;
      total += balance;
    }
    grand += total;
    // The deliberate mismatch: Beta's subtotal says 4,800 for 4,750.
    const stated = customer === "Beta GmbH" ? 4800 : total;
    sheet.addRow([`Total ${customer}`, "", "", "", "", "", "", stated]).getCell(8).numFmt = MONEY;
  }
  sheet.addRow([]);
  sheet.addRow(["TOTAL", "", "", "", "", "", "", grand]).getCell(8).numFmt = MONEY;
  await workbook.xlsx.writeFile(join(out, "quickbooks-open-invoices.xlsx"));
}

/** Xero "Aged Receivables Detail": one section per contact with a "Total …" row, real dates and amounts. */
async function xero() {
  const workbook = book();
  const sheet = workbook.addWorksheet("Aged Receivables Detail");
  sheet.addRow(["Aged Receivables Detail"]);
  sheet.addRow(["Demo Company (Global)"]);
  sheet.addRow(["As at 15 February 2026"]);
  sheet.addRow(["Ageing by due date"]);
  sheet.addRow([]);
  sheet.addRow(["Contact", "Invoice Date", "Invoice Number", "Reference", "Due Date", "Overdue", "Total", "Paid", "Credited", "Amount Due"]);
  const contacts = [
    ["City Limousines", [["2026-01-05", "P/O 123", 1250, 0], ["2025-11-20", "", 980, 480]]],
    ["@Home Supplies", [["2025-12-10", "Order 88", 6187.5, 3187.5]]],
    ["Ridgeway University", [["2026-02-01", "", 500, 0], ["2025-09-15", "Lab kit", 14200, 0], ["2025-12-28", "", 760, 0]]],
    ["Marine Systems", [["2025-07-01", "", 3300, 1100]]],
  ];
  let number = 1;
  for (const [contact, invoices] of contacts) {
    let sum = 0;
    for (const [issued, reference, total, paid] of invoices) {
      const due = addDays(issued, 15);
      const overdue = Math.round((date("2026-02-15") - due) / 86_400_000);
      const row = sheet.addRow([contact, date(issued), `INV-${String(number++).padStart(4, "0")}`, reference, due, overdue, total, paid, 0, total - paid]);
      for (const c of [2, 5]) row.getCell(c).numFmt = "d mmm yyyy";
      for (const c of [7, 8, 9, 10]) row.getCell(c).numFmt = MONEY;
      sum += total - paid;
    }
    sheet.addRow([`Total ${contact}`, "", "", "", "", "", "", "", "", sum]).getCell(10).numFmt = MONEY;
  }
  await workbook.xlsx.writeFile(join(out, "xero-aged-receivables.xlsx"));
}

/** A hand-made Indonesian list: text amounts "Rp 1.250.000", dd/mm/yyyy text dates, one bad row (no customer, impossible date). */
async function indonesian() {
  const workbook = book();
  const sheet = workbook.addWorksheet("Piutang");
  sheet.addRow(["DAFTAR PIUTANG USAHA"]);
  sheet.addRow(["PT Sinar Abadi"]);
  sheet.addRow(["Per 15 Februari 2026"]);
  sheet.addRow([]);
  sheet.addRow(["Pelanggan", "No. Faktur", "Tgl Faktur", "Jatuh Tempo", "Sisa Tagihan", "Surel", "Telepon"]);
  const rows = [
    ["CV Maju Jaya", "FK-001", "05/01/2026", "04/02/2026", "Rp 1.250.000", "keuangan@majujaya.co.id", "0812-3456-789"],
    ["CV Maju Jaya", "FK-002", "12/01/2026", "11/02/2026", "Rp 750.000", "keuangan@majujaya.co.id", "0812-3456-789"],
    ["PT Karya Baru", "FK-003", "20/12/2025", "19/01/2026", "Rp 3.500.000,50", "", ""],
    ["PT Karya Baru", "FK-004", "02/08/2025", "01/09/2025", "Rp 2.000.000", "", ""],
    ["", "FK-005", "03/01/2026", "31/02/2026", "Rp 400.000", "", ""],
    ["Toko Sejahtera", "FK-006", "15/11/2025", "15/12/2025", "Rp 12.750.000", "toko@sejahtera.id", "021-555-0101"],
  ];
  for (const row of rows) sheet.addRow(row);
  sheet.addRow(["Jumlah", "", "", "", "Rp 20.650.000,50"]);
  await workbook.xlsx.writeFile(join(out, "indonesian-hand-made.xlsx"));
}

/** A plain Excel Table under a title: Customer, Invoice, Due date, Balance, Email, Last contact, Reminders, Status. */
async function plainTable() {
  const workbook = book();
  const sheet = workbook.addWorksheet("Receivables");
  sheet.getCell("A1").value = "Receivables — kept by hand";
  const customers = ["Acme Ltd", "Beta GmbH", '=HYPERLINK("https://example.com","pay")', "Cobalt Supplies", "Delta & Sons", "Echo Foods", "-5 Co"];
  const statuses = ["", "", "disputed", "", "sales asked", "", "hardship", ""];
  const rows = Array.from({ length: 40 }, (_, i) => {
    const due = addDays("2026-02-15", 20 - ((i * 37) % 300));
    const contacted = i % 3 === 0 ? addDays(iso(due), 10 + (i % 7)) : null;
    return [customers[i % customers.length], `INV-${2000 + i}`, due, Math.round((150 + ((i * 7919) % 9000)) * 100) / 100, `ar${i % customers.length}@example.com`, contacted, i % 4, statuses[i % statuses.length]];
  });
  sheet.addTable({
    name: "Invoices",
    ref: "A3",
    headerRow: true,
    columns: ["Customer", "Invoice", "Due date", "Balance", "Email", "Last contact", "Reminders", "Status"].map((name) => ({ name })),
    rows,
  });
  for (let r = 4; r < 4 + rows.length; r += 1) {
    sheet.getCell(r, 3).numFmt = "yyyy-mm-dd";
    sheet.getCell(r, 4).numFmt = MONEY;
    sheet.getCell(r, 6).numFmt = "yyyy-mm-dd";
  }
  await workbook.xlsx.writeFile(join(out, "plain-table.xlsx"));
}

await quickBooks();
await xero();
await indonesian();
await plainTable();
console.log(`fixtures written to ${out}`);
