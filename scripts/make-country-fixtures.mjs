// Writes the country workbooks in test/fixtures/countries/ with exceljs: ordinary exports from
// Indonesia, Latvia, Thailand, the UK (with euro customers), a two-currency list and a US
// QuickBooks Online report. Each writes its currency a different way (header, cell text, number
// format, a Currency column, a bare "$" format) and keeps notes in the local language (disputes,
// promises with their dates, unreachable customers, a negated dispute and plain remarks). Same
// content on every run (no clock, no randomness; only the zip entries' timestamps differ): run
// `node scripts/make-country-fixtures.mjs` after changing it and commit the .xlsx files.
// Every sheet is meant to be read as of 23 Nov 2026, the date its own title line states, each in
// its country's words ("Per tanggal 23/11/2026", "Uz 2026. gada 23. novembri", "ณ วันที่
// 23/11/2569", "As at 23 November 2026", "As of November 23, 2026"). The Latvian list has a
// Language column ("Valoda": lv, latviešu, en) for a customer who reads English.
import ExcelJS from "exceljs";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const out = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "countries");
mkdirSync(out, { recursive: true });
const date = (iso) => new Date(`${iso}T00:00:00Z`);
const pad = (n) => String(n).padStart(2, "0");
/** "2026-10-05" → "05/10/2026" (day first, as Indonesian and Thai sheets type dates). */
const dayFirst = (iso, yearShift = 0) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${pad(d)}/${pad(m)}/${y + yearShift}`;
};
/** Rupiah as Indonesians type it: "Rp 12.500.000" (dot thousands, comma decimals). */
const rupiah = (amount) => {
  const [whole, cents] = amount.toFixed(2).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return cents === "00" ? `Rp ${grouped}` : `Rp ${grouped},${cents}`;
};

function book(company) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = company;
  workbook.created = date("2026-11-23");
  workbook.modified = date("2026-11-23");
  return workbook;
}

function formatColumns(row, columns, numFmt) {
  for (const column of columns) row.getCell(column).numFmt = numFmt;
}

/**
 * Accurate (Indonesia) "Rincian Umur Piutang": title rows, "Per tanggal 23/11/2026", one heading row per
 * customer and a "Jumlah …" row after it, text amounts "Rp 12.500.000" under "Jumlah (Rp)" and
 * "Sisa Piutang", text dates day first, notes in "Keterangan".
 */
async function indonesianAccurate() {
  const workbook = book("PT Sinar Abadi Nusantara");
  const sheet = workbook.addWorksheet("Umur Piutang");
  sheet.addRow(["PT Sinar Abadi Nusantara"]);
  sheet.addRow(["Rincian Umur Piutang Pelanggan"]);
  sheet.addRow(["Per tanggal 23/11/2026"]);
  sheet.addRow([]);
  sheet.addRow(["Pelanggan", "No. Faktur", "Tgl Faktur", "Jatuh Tempo", "Jumlah (Rp)", "Sisa Piutang", "Surel", "Keterangan"]);
  const customers = [
    ["CV Maju Jaya", "keuangan@majujaya.co.id", [
      ["SI.2026.08.00112", "2026-08-10", 30, 12_500_000, 12_500_000, "sengketa, barang rusak saat pengiriman"],
      ["SI.2026.10.00231", "2026-10-02", 30, 4_750_000, 4_750_000, ""],
    ]],
    ["PT Karya Baru Sentosa", "ar@karyabaru.co.id", [
      ["SI.2026.07.00087", "2026-07-15", 45, 28_000_000, 18_000_000, "janji bayar 30/11/2026"],
    ]],
    ["Toko Sejahtera", "toko.sejahtera@gmail.com", [
      ["SI.2026.06.00040", "2026-06-01", 30, 3_250_000, 3_250_000, "tidak dapat dihubungi"],
      ["SI.2026.09.00158", "2026-09-12", 30, 1_875_500, 1_875_500, "bukan sengketa, faktur dikirim ulang lewat pos"],
    ]],
    ["UD Berkah Makmur", "berkahmakmur@yahoo.co.id", [
      ["SI.2026.09.00170", "2026-09-20", 30, 7_600_000, 7_600_000, ""],
    ]],
  ];
  let grand = 0;
  for (const [customer, email, invoices] of customers) {
    sheet.addRow([customer]);
    let total = 0;
    for (const [number, issued, terms, amount, balance, note] of invoices) {
      const due = new Date(date(issued).getTime() + terms * 86_400_000).toISOString().slice(0, 10);
      sheet.addRow([customer, number, dayFirst(issued), dayFirst(due), rupiah(amount), rupiah(balance), email, note]);
      total += balance;
    }
    sheet.addRow([`Jumlah ${customer}`, "", "", "", "", rupiah(total)]);
    grand += total;
  }
  sheet.addRow([]);
  sheet.addRow(["Total Keseluruhan", "", "", "", "", rupiah(grand)]);
  await workbook.xlsx.writeFile(join(out, "id-accurate-umur-piutang.xlsx"));
}

/** A Latvian accountant's list (Tildes Jumis style): "Uz 23.11.2026", real dates dd.mm.yyyy, EUR named in the header only. */
async function latvian() {
  const workbook = book("SIA Baltijas Koks");
  const sheet = workbook.addWorksheet("Debitori");
  sheet.addRow(["SIA Baltijas Koks"]);
  sheet.addRow(["Debitoru parādu saraksts"]);
  sheet.addRow(["Uz 2026. gada 23. novembri"]);
  sheet.addRow([]);
  sheet.addRow(["Klients", "Rēķina nr.", "Rēķina datums", "Apmaksas termiņš", "Summa EUR", "Atlikums EUR", "E-pasts", "Piezīmes", "Valoda"]);
  const rows = [
    ["SIA Kurzemes Būve", "BK-2026/0815", "2026-08-14", "2026-09-13", 4_820.5, 4_820.5, "gramatvediba@kurzemesbuve.lv", "apstrīdēts — nepilna piegāde", "lv"],
    ["SIA Kurzemes Būve", "BK-2026/0902", "2026-09-02", "2026-10-02", 1_210, 1_210, "gramatvediba@kurzemesbuve.lv", "", "lv"],
    ["AS Rīgas Mēbeles", "BK-2026/0731", "2026-07-31", "2026-08-30", 12_400, 9_400, "finanses@rigasmebeles.lv", "apsolīja samaksāt līdz 2026-11-30", "latviešu"],
    ["SIA Daugavas Tirdzniecība", "BK-2026/0610", "2026-06-10", "2026-07-10", 2_150.75, 2_150.75, "info@daugavastirdznieciba.lv", "nevar sazināties", ""],
    ["SIA Daugavas Tirdzniecība", "BK-2026/1003", "2026-10-03", "2026-11-02", 640, 640, "info@daugavastirdznieciba.lv", "nav strīda, rēķins nosūtīts atkārtoti", ""],
    ["IK Zaļā Sēta", "BK-2026/0920", "2026-09-20", "2026-10-20", 385.2, 385.2, "zalaseta@inbox.lv", "apstridets", ""],
    ["SIA Liepājas Metāls", "BK-2026/0911", "2026-09-11", "2026-10-11", 1_875, 1_875, "gramatvediba@liepajasmetals.lv", "", ""],
    ["Tallinna Puit OÜ", "BK-2026/0905", "2026-09-05", "2026-10-05", 3_300, 3_300, "arved@tallinnapuit.ee", "", "en"],
  ];
  for (const [customer, number, issued, due, amount, balance, email, note, language] of rows) {
    const row = sheet.addRow([customer, number, date(issued), date(due), amount, balance, email, note, language]);
    formatColumns(row, [3, 4], "dd.mm.yyyy");
    formatColumns(row, [5, 6], "# ##0.00");
  }
  const totalRow = sheet.addRow(["Kopā", "", "", "", "", rows.reduce((sum, row) => sum + row[5], 0)]);
  totalRow.getCell(6).numFmt = "# ##0.00";
  await workbook.xlsx.writeFile(join(out, "lv-debitoru-paradi.xlsx"));
}

/** A Thai list in baht: Buddhist-era text dates (2569 = 2026), "ยอดคงเหลือ (บาท)", notes in "หมายเหตุ". */
async function thai() {
  const workbook = book("บริษัท สยามเทรดดิ้ง จำกัด");
  const sheet = workbook.addWorksheet("ลูกหนี้คงค้าง");
  sheet.addRow(["บริษัท สยามเทรดดิ้ง จำกัด"]);
  sheet.addRow(["รายงานลูกหนี้คงค้าง"]);
  sheet.addRow(["ณ วันที่ 23/11/2569"]);
  sheet.addRow([]);
  sheet.addRow(["ลูกค้า", "เลขที่ใบแจ้งหนี้", "วันที่", "วันครบกำหนด", "จำนวนเงิน", "ยอดคงเหลือ (บาท)", "อีเมล", "หมายเหตุ"]);
  const rows = [
    ["บริษัท กรุงเทพวัสดุ จำกัด", "INV6908-0012", "2026-08-05", "2026-09-04", 185_000, 185_000, "account@bkkmaterial.co.th", "โต้แย้ง สินค้าไม่ครบ"],
    ["บริษัท กรุงเทพวัสดุ จำกัด", "INV6910-0044", "2026-10-01", "2026-10-31", 42_350.5, 42_350.5, "account@bkkmaterial.co.th", ""],
    ["ห้างหุ้นส่วนจำกัด เชียงใหม่ค้าไม้", "INV6907-0031", "2026-07-20", "2026-08-19", 96_500, 66_500, "cm.timber@hotmail.com", "สัญญาจะชำระ 30/11/2569"],
    ["ร้านสมชายการช่าง", "INV6906-0008", "2026-06-12", "2026-07-12", 12_480, 12_480, "somchai.shop@gmail.com", "ติดต่อไม่ได้"],
    ["บริษัท ภูเก็ตซีฟู้ด จำกัด", "INV6909-0027", "2026-09-15", "2026-10-15", 58_900, 58_900, "ap@phuketseafood.co.th", "ไม่มีข้อพิพาท ส่งใบแจ้งหนี้ซ้ำทางอีเมลแล้ว"],
  ];
  for (const [customer, number, issued, due, amount, balance, email, note] of rows) {
    const row = sheet.addRow([customer, number, dayFirst(issued, 543), dayFirst(due, 543), amount, balance, email, note]);
    formatColumns(row, [5, 6], "#,##0.00");
  }
  const totalRow = sheet.addRow(["รวมทั้งสิ้น", "", "", "", "", rows.reduce((sum, row) => sum + row[5], 0)]);
  totalRow.getCell(6).numFmt = "#,##0.00";
  await workbook.xlsx.writeFile(join(out, "th-baht-receivables.xlsx"));
}

/** A UK firm's aged debtors with euro customers: the header names no currency, each amount's number format does. */
async function ukWithEuroCustomers() {
  const workbook = book("Thames Valley Components Ltd");
  const sheet = workbook.addWorksheet("Aged Debtors");
  sheet.addRow(["Thames Valley Components Ltd"]);
  sheet.addRow(["Aged Debtors Report"]);
  sheet.addRow(["Aged Debtors as at 23/11/2026"]);
  sheet.addRow([]);
  sheet.addRow(["Account", "Customer", "Inv No", "Inv Date", "Due Date", "Outstanding", "Email", "Notes"]);
  const POUND = '"£"#,##0.00';
  const EURO = "[$€-1809]#,##0.00";
  const rows = [
    ["BRI001", "Bristol Fasteners Ltd", "TV-10412", "2026-08-03", "2026-09-02", 3_480, POUND, "accounts@bristolfasteners.co.uk", "disputed - wrong part numbers on delivery"],
    ["BRI001", "Bristol Fasteners Ltd", "TV-10577", "2026-10-06", "2026-11-05", 612.4, POUND, "accounts@bristolfasteners.co.uk", ""],
    ["LEE004", "Leeds Hydraulics plc", "TV-10350", "2026-07-14", "2026-08-13", 9_925, POUND, "purchase.ledger@leedshydraulics.co.uk", "promised to pay by 30/11/2026"],
    ["DUB002", "Liffey Engineering DAC", "TV-10466", "2026-08-21", "2026-09-20", 7_150, EURO, "ap@liffeyeng.ie", "no answer on phone or email"],
    ["ROT003", "Maasvlakte Tech B.V.", "TV-10501", "2026-09-09", "2026-10-09", 2_275.6, EURO, "crediteuren@maasvlaktetech.nl", "sent copy invoice"],
  ];
  for (const [account, customer, number, issued, due, balance, format, email, note] of rows) {
    const row = sheet.addRow([account, customer, number, date(issued), date(due), balance, email, note]);
    formatColumns(row, [4, 5], "dd/mm/yyyy");
    row.getCell(6).numFmt = format;
  }
  await workbook.xlsx.writeFile(join(out, "uk-aged-debtors-gbp-eur.xlsx"));
}

/** An exporter's list in two currencies: a Currency column written as codes and symbols alike. */
async function twoCurrencies() {
  const workbook = book("Nordlicht Export GmbH");
  const sheet = workbook.addWorksheet("Open items");
  sheet.addRow(["Nordlicht Export GmbH — open items"]);
  sheet.addRow(["As of 23 Nov 2026"]);
  sheet.addRow([]);
  sheet.addRow(["Customer", "Invoice", "Invoice date", "Due date", "Currency", "Balance", "Email", "Comments"]);
  const rows = [
    ["Atelier Lumière SARL", "NE-26-0311", "2026-08-12", "2026-09-11", "EUR", 5_400, "compta@atelierlumiere.fr", "disputed: price differs from quote"],
    ["Atelier Lumière SARL", "NE-26-0402", "2026-09-30", "2026-10-30", "€", 1_180.5, "compta@atelierlumiere.fr", ""],
    ["Hartley & Moss Ltd", "NE-26-0287", "2026-07-28", "2026-08-27", "GBP", 8_760, "ledger@hartleymoss.co.uk", "promised to pay by 2026-11-30"],
    ["Hartley & Moss Ltd", "NE-26-0455", "2026-10-14", "2026-11-13", "£", 940, "ledger@hartleymoss.co.uk", ""],
    ["Pinecrest Outfitters Inc.", "NE-26-0199", "2026-06-18", "2026-07-18", "US$", 12_300, "ap@pinecrest.example", "unreachable, phone disconnected"],
    ["Pinecrest Outfitters Inc.", "NE-26-0420", "2026-10-05", "2026-11-04", "USD", 2_050, "ap@pinecrest.example", "customer asked for statement"],
  ];
  for (const [customer, number, issued, due, currency, balance, email, note] of rows) {
    const row = sheet.addRow([customer, number, date(issued), date(due), currency, balance, email, note]);
    formatColumns(row, [3, 4], "yyyy-mm-dd");
    row.getCell(6).numFmt = "#,##0.00";
  }
  await workbook.xlsx.writeFile(join(out, "two-currency-open-items.xlsx"));
}

/** QuickBooks Online "A/R Aging Detail": bucket groups with "Total for …", real dates, "$" formats, Customer:Job names. */
async function quickBooksOnline() {
  const workbook = book("Harbor Lights Trading Co.");
  const sheet = workbook.addWorksheet("AR Aging Detail");
  sheet.addRow(["Harbor Lights Trading Co."]);
  sheet.addRow(["A/R Aging Detail"]);
  sheet.addRow(["As of November 23, 2026"]);
  sheet.addRow([]);
  sheet.addRow(["Date", "Transaction Type", "Num", "Customer", "Due Date", "Past Due", "Amount", "Open Balance", "Memo/Description"]);
  const DOLLAR = '"$"#,##0.00';
  const buckets = [
    ["1 - 30 days past due", [
      ["2026-10-01", "1184", "Acme Corp:Warehouse fit-out", "2026-10-31", 4_200, 4_200, ""],
      ["2026-09-28", "1179", "Birch Dental Group", "2026-10-28", 1_350, 1_350, "left voicemail x3, no answer"],
    ]],
    ["31 - 60 days past due", [
      ["2026-09-01", "1161", "Acme Corp:Office move", "2026-10-01", 2_875.5, 2_875.5, "disputed - missing delivery note"],
      ["2026-08-25", "1155", "Cypress Hotels:Lobby renovation", "2026-09-24", 15_600, 10_600, "promised to pay 11/30/2026"],
    ]],
    ["91 and over days past due", [
      ["2026-06-15", "1102", "Acme Corp:Warehouse fit-out", "2026-07-15", 6_480, 6_480, ""],
      ["2026-05-20", "1088", "Dockside Brewing Co", "2026-06-19", 3_125, 3_125, "customer says invoice never received"],
    ]],
  ];
  let grand = 0;
  for (const [bucket, invoices] of buckets) {
    sheet.addRow([bucket]);
    let total = 0;
    for (const [issued, number, customer, due, amount, balance, memo] of invoices) {
      const pastDue = Math.round((date("2026-11-23") - date(due)) / 86_400_000);
      const row = sheet.addRow([date(issued), "Invoice", number, customer, date(due), pastDue, amount, balance, memo]);
      formatColumns(row, [1, 5], "mm/dd/yyyy");
      formatColumns(row, [7, 8], DOLLAR);
      total += balance;
    }
    sheet.addRow([`Total for ${bucket}`, "", "", "", "", "", "", total]).getCell(8).numFmt = DOLLAR;
    grand += total;
  }
  sheet.addRow([]);
  sheet.addRow(["TOTAL", "", "", "", "", "", "", grand]).getCell(8).numFmt = DOLLAR;
  await workbook.xlsx.writeFile(join(out, "us-quickbooks-ar-aging-detail.xlsx"));
}

await indonesianAccurate();
await latvian();
await thai();
await ukWithEuroCustomers();
await twoCurrencies();
await quickBooksOnline();
console.log(`country fixtures written to ${out}`);
