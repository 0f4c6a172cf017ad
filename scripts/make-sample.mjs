// Writes assets/sample-aging.xlsx, the workbook behind "Try the sample workbook" in browser mode:
// a realistic accounts-receivable aging list of a small wholesaler, as of 15 Feb 2026 (the date
// the test fixtures use): 80 invoices of 15 customers with emails, a few disputed, promised and
// paid invoices, last contact dates and reminder counts, buckets from "not yet due" to 180+ days,
// and two deliberate mistakes for Analyze to find (a due date typed as impossible text, an
// invoice number entered twice). Same content on every run (a seeded generator, no clock):
// run `node scripts/make-sample.mjs` after changing it and commit the .xlsx file.
import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
const AS_OF = Date.UTC(2026, 1, 15);
const DAY = 86_400_000;
const DATE = "yyyy-mm-dd";
const MONEY = "#,##0.00";

/** mulberry32: a small seeded generator, so the sample is the same on every run. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
const random = generator(20260215);
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (low, high) => low + Math.floor(random() * (high - low + 1));
const daysAgo = (days) => new Date(AS_OF - days * DAY);

// Customer, email, how late they usually pay (days past due: low, high), account owner (the
// salesperson's address: the playbook's "Ask sales" step emails them).
const customers = [
  ["Alder & Finch Interiors", "accounts@alderfinch.example", [-20, 25], "maya@northpoint-wholesale.example"],
  ["Bluewater Marine Supply", "ap@bluewater-marine.example", [10, 70], "maya@northpoint-wholesale.example"],
  ["Cedar Ridge Hotels", "payables@cedarridge.example", [-10, 40], "jon@northpoint-wholesale.example"],
  ["Delgado Construction", "invoices@delgado-build.example", [60, 210], "jon@northpoint-wholesale.example"],
  ["Evergreen Cafés Ltd", "finance@evergreencafes.example", [-15, 20], "priya@northpoint-wholesale.example"],
  ["Fjord Outdoor AS", "regnskap@fjord-outdoor.example", [20, 95], "priya@northpoint-wholesale.example"],
  ["Granite State Schools", "ap@granite-schools.example", [-25, 35], "maya@northpoint-wholesale.example"],
  ["Harbor Lights Trading", "ar@harborlights.example", [35, 130], "jon@northpoint-wholesale.example"],
  ["Ironwood Fitness", "billing@ironwoodfit.example", [90, 240], "priya@northpoint-wholesale.example"],
  ["Juniper Health Clinics", "accounts.payable@juniperhealth.example", [0, 50], "maya@northpoint-wholesale.example"],
  ["Kestrel Logistics", "ap@kestrel-logistics.example", [15, 85], "jon@northpoint-wholesale.example"],
  ["Lumen Print Studio", "", [45, 160], "priya@northpoint-wholesale.example"], // no email: a letter or a call
  ["Meadowbrook Farms Co-op", "office@meadowbrook.example", [-5, 60], "maya@northpoint-wholesale.example"],
  ["Northwind Traders", "payables@northwind.example", [5, 120], "jon@northpoint-wholesale.example"],
  ["Orchid Event Rentals", "hello@orchid-events.example", [120, 230], "priya@northpoint-wholesale.example"],
];

const header = ["Customer", "Email", "Invoice", "Invoice date", "Due date", "Amount", "Balance", "Status", "Promise date", "Last contact", "Reminders sent", "Account owner"];

function rows() {
  const list = [];
  let number = 24_101;
  for (let index = 0; index < 80; index += 1) {
    const [customer, email, [early, late], owner] = customers[index % customers.length];
    const overdue = between(early, late);
    const due = daysAgo(overdue);
    const issued = new Date(due.getTime() - pick([14, 30, 30, 30, 45, 60]) * DAY);
    const amount = Math.round((between(180, 14_000) + pick([0, 0.5, 0.25, 0.99])) * 100) / 100;
    const part = random() < 0.15 ? Math.round(amount * pick([0.3, 0.5, 0.6]) * 100) / 100 : amount;
    const reminders = overdue <= 0 ? 0 : Math.min(3, Math.floor(overdue / 30) + (random() < 0.3 ? 1 : 0));
    const contacted = reminders > 0 ? daysAgo(between(2, Math.min(overdue, 60))) : "";
    list.push([customer, email, `INV-${number++}`, issued, due, amount, part, "", "", contacted, reminders, owner]);
  }
  return list;
}

const data = rows();
/** Sets a column of one data row (0-based row of `data`). */
const set = (row, column, value) => (data[row][header.indexOf(column)] = value);
// Disputed, hardship and sales-asked invoices pause or change the dunning ladder.
set(3, "Status", "Disputed");
set(18, "Status", "Disputed, sales asked");
set(23, "Status", "Hardship");
set(38, "Status", "Settlement offered");
// Promised payments: the ladder waits for the promise date (one already broken).
set(7, "Promise date", daysAgo(-6));
set(22, "Promise date", daysAgo(-12));
set(52, "Promise date", daysAgo(9));
// Paid since the export: nothing left to collect.
for (const row of [11, 26, 44]) set(row, "Balance", 0);
// The mistakes Analyze should point at: a due date typed as impossible text, a duplicate number.
set(30, "Due date", "31/13/2025");
set(61, "Invoice", data[60][header.indexOf("Invoice")]);

const workbook = new ExcelJS.Workbook();
workbook.creator = "Dunning Desk sample";
workbook.created = new Date(AS_OF);
workbook.modified = new Date(AS_OF);
const sheet = workbook.addWorksheet("Aging", { views: [{ state: "frozen", ySplit: 1, activeCell: "A2" }] });
sheet.addRow(header).font = { bold: true };
for (const values of data) {
  const row = sheet.addRow(values);
  for (const column of ["Invoice date", "Due date", "Promise date", "Last contact"]) row.getCell(header.indexOf(column) + 1).numFmt = DATE;
  for (const column of ["Amount", "Balance"]) row.getCell(header.indexOf(column) + 1).numFmt = MONEY;
}
sheet.columns.forEach((column, index) => {
  column.width = [26, 34, 11, 12, 12, 12, 12, 22, 12, 12, 10, 10][index];
});
sheet.autoFilter = { from: "A1", to: { row: 1, column: header.length } };

mkdirSync(out, { recursive: true });
await workbook.xlsx.writeFile(join(out, "sample-aging.xlsx"));
console.log(`wrote ${join(out, "sample-aging.xlsx")}: ${data.length} invoices of ${customers.length} customers`);
