// Writes test/fixtures/user-formulas.xlsx and one-invoice.xlsx with exceljs: an Indonesian aging
// list ("Daftar Piutang", amounts in rupiah) whose user keeps formulas of their own on three sheets —
// 2-D SUMs, several and literal arguments, whole columns, COUNTIFS, IF, a shared (filled-down)
// formula, an array formula and formulas over the columns where the AR columns will go — each with
// the cached result Excel would store. The desk must leave every one of them, and its cached
// result, exactly as it is (issue 13). Run `node scripts/make-formula-fixtures.mjs`, commit the files.
import ExcelJS from "exceljs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures");
const date = (iso) => new Date(`${iso}T00:00:00Z`);
const DATE = "dd/mm/yyyy";
const RUPIAH = '"Rp" #,##0';

function book() {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Dunning Desk fixtures";
  workbook.created = date("2026-02-15");
  workbook.modified = date("2026-02-15");
  return workbook;
}

function agingSheet(workbook, invoices) {
  const sheet = workbook.addWorksheet("Piutang");
  sheet.addRow(["PT Sinar Jaya Abadi"]);
  sheet.addRow(["Daftar Piutang per 15 Februari 2026"]);
  sheet.addRow([]);
  sheet.addRow(["Pelanggan", "No. Faktur", "Tgl Faktur", "Jatuh Tempo", "Sisa Piutang", "Keterangan"]);
  for (const [customer, number, issued, due, balance, note] of invoices) {
    const row = sheet.addRow([customer, number, date(issued), date(due), balance, note]);
    row.getCell(3).numFmt = DATE;
    row.getCell(4).numFmt = DATE;
    row.getCell(5).numFmt = RUPIAH;
  }
  return sheet;
}

async function userFormulas() {
  const workbook = book();
  const invoices = [
    ["CV Maju Bersama", "INV/2025/0112", "2025-11-02", "2025-12-02", 12_500_000, "Janji bayar akhir bulan"],
    ["PT Berkah Logistik", "INV/2025/0130", "2025-12-10", "2026-01-09", 4_750_000, ""],
    ["Toko Sumber Rezeki", "INV/2026/0007", "2026-01-20", "2026-02-19", 1_200_000, "Belum jatuh tempo"],
    ["PT Berkah Logistik", "INV/2025/0098", "2025-09-15", "2025-10-15", 8_000_000, "Sengketa jumlah barang"],
  ];
  const sheet = agingSheet(workbook, invoices);
  // Below the list, after a blank row: the user's own totals (the desk's AR columns go to G…).
  sheet.getCell("A10").value = "Jumlah";
  sheet.getCell("E10").value = { formula: "SUM(E5:E8)", result: 26_450_000 };
  sheet.getCell("E10").numFmt = RUPIAH;
  sheet.getCell("A11").value = "Faktur > Rp 5 jt";
  sheet.getCell("E11").value = { formula: 'COUNTIFS(E5:E8,">5000000")', result: 2 };

  const notes = workbook.addWorksheet("Catatan");
  notes.addRow([1, 2]);
  notes.addRow([3, 4]);
  notes.getCell("D1").value = { formula: "SUM(A1:B2)", result: 10 };
  notes.getCell("D2").value = { formula: "SUM(A1:A2,B1)", result: 6 };
  notes.getCell("D3").value = { formula: "SUM(100,200)", result: 300 };
  notes.getCell("D4").value = { formula: "SUM(A:A)", result: 4 };
  notes.getCell("D5").value = { formula: "SUM(A1,A2)", result: 4 };
  notes.getCell("D6").value = { formula: 'COUNTIFS(A1:B2,">2")', result: 2 };
  notes.getCell("D7").value = { formula: 'IF(D1>5,"banyak","sedikit")', result: "banyak" };
  // A shared formula (Excel's fill-down): C1 holds it, C2:C4 refer to it.
  notes.getCell("C1").value = { formula: "A1*2", result: 2, shareType: "shared", ref: "C1:C4" };
  notes.getCell("C2").value = { sharedFormula: "C1", result: 6 };
  notes.getCell("C3").value = { sharedFormula: "C1", result: 0 };
  notes.getCell("C4").value = { sharedFormula: "C1", result: 0 };
  notes.getCell("E1").value = { formula: "SUM(A1:A2*B1:B2)", result: 14, shareType: "array", ref: "E1" };

  const checks = workbook.addWorksheet("Kontrol");
  checks.addRow(["Total piutang", { formula: "SUM(Piutang!E5:E8)", result: 26_450_000 }]);
  // Over the columns the desk will fill (G: Days overdue, I: Next action): empty when saved.
  checks.addRow(["Hari terlambat (jumlah)", { formula: "SUM(Piutang!G5:G8)", result: 0 }]);
  checks.addRow(["Perlu ditagih", { formula: 'COUNTIF(Piutang!I5:I8,"Send reminder")', result: 0 }]);
  checks.addRow(["Rata-rata", { formula: 'IF(COUNT(Piutang!E5:E8)>0,AVERAGE(Piutang!E5:E8),"")', result: 6_612_500 }]);
  await workbook.xlsx.writeFile(join(out, "user-formulas.xlsx"));
}

async function oneInvoice() {
  const workbook = book();
  agingSheet(workbook, [["CV Maju Bersama", "INV/2025/0112", "2025-11-02", "2025-12-02", 12_500_000, ""]]);
  await workbook.xlsx.writeFile(join(out, "one-invoice.xlsx"));
}

await userFormulas();
await oneInvoice();
