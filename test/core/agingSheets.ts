import { serialFromDay } from "../../src/core/days";

/** The Day of an ISO date, and its Excel serial (1900 system). */
export const day = (iso: string) => Date.parse(iso) / 86_400_000;
export const serial = (iso: string) => serialFromDay(day(iso), 1900);

/** Every sheet below is read as of 15 Feb 2026. */
export const AS_OF = day("2026-02-15");

/**
 * QuickBooks Online "A/R Aging Detail" grouped by customer: title lines, a blank first header,
 * customer heading rows, "Total for …" rows (Beta's is wrong on purpose: 4,800 for 4,750) and TOTAL.
 */
export const quickBooksSheet: readonly (readonly unknown[])[] = [
  ["Sunrise Trading LLC"],
  ["A/R Aging Detail"],
  ["As of February 15, 2026"],
  [],
  ["", "Date", "Transaction Type", "Num", "Customer", "Due Date", "Past Due", "Amount", "Open Balance"],
  ["Acme Ltd", "", "", "", "", "", "", "", ""],
  ["", serial("2026-01-05"), "Invoice", "1001", "", serial("2026-02-04"), 11, 1200, 1200],
  ["", serial("2026-01-12"), "Invoice", "1002", "", serial("2026-02-11"), 4, 800, 300],
  ["Total for Acme Ltd", "", "", "", "", "", "", 2000, 1500],
  ["Beta GmbH", "", "", "", "", "", "", "", ""],
  ["", serial("2025-10-18"), "Invoice", "1003", "", serial("2025-11-17"), 90, 5000, 5000],
  ["", serial("2026-01-20"), "Credit Memo", "CM-7", "", serial("2026-01-20"), 26, -250, -250],
  ["Total for Beta GmbH", "", "", "", "", "", "", 4750, 4800],
  [],
  ["TOTAL", "", "", "", "", "", "", 6750, 6250],
];

/** QuickBooks Desktop "Open Invoices": no customer column at all, only customer heading rows. */
export const quickBooksDesktopSheet: readonly (readonly unknown[])[] = [
  ["Open Invoices"],
  ["As of February 15, 2026"],
  ["", "Type", "Date", "Num", "Terms", "Due Date", "Aging", "Open Balance"],
  ["Acme Ltd"],
  ["", "Invoice", serial("2026-01-05"), "1001", "Net 30", serial("2026-02-04"), 11, 1200],
  ["Total Acme Ltd", "", "", "", "", "", "", 1200],
  ["Beta GmbH"],
  ["", "Invoice", serial("2025-10-18"), "1003", "Net 30", serial("2025-11-17"), 90, 5000],
  ["Total Beta GmbH", "", "", "", "", "", "", 5000],
  ["TOTAL", "", "", "", "", "", "", 6200],
];

/** Xero "Aged Receivables Detail": dates and amounts as text, one contact per row, a Total row. */
export const xeroSheet: readonly (readonly unknown[])[] = [
  ["Aged Receivables Detail"],
  ["Demo Company (Global)"],
  ["As at 15 February 2026"],
  [],
  ["Contact", "Invoice Date", "Invoice Number", "Reference", "Due Date", "Overdue", "Total", "Amount Due"],
  ["City Limousines", "5 Jan 2026", "INV-0001", "P/O 123", "20 Jan 2026", 26, "1,250.00", "1,250.00"],
  ["Ridgeway University", "10 Dec 2025", "INV-0002", "", "9 Jan 2026", 37, "6,187.50", "3,000.00"],
  ["Ridgeway University", "1 Feb 2026", "INV-0003", "", "1 Mar 2026", -14, "500.00", "500.00"],
  ["Total", "", "", "", "", "", "7,937.50", "4,750.00"],
];

/** A hand-made Indonesian list: Indonesian headers, "Rp 1.250.000" amounts, dd/mm/yyyy and month names. */
export const indonesianSheet: readonly (readonly unknown[])[] = [
  ["DAFTAR PIUTANG USAHA"],
  ["PT Sinar Abadi"],
  ["Per 15 Februari 2026"],
  [],
  ["Pelanggan", "No. Faktur", "Tgl Faktur", "Jatuh Tempo", "Sisa Tagihan", "Surel", "Telepon", "Termin"],
  ["CV Maju Jaya", "FK-001", "5 Januari 2026", "05/02/2026", "Rp 1.250.000", "keuangan@majujaya.co.id", "0812-3456-789", "30 hari"],
  ["CV Maju Jaya", "FK-002", "12 Januari 2026", "11/02/2026", "Rp 750.000", "keuangan@majujaya.co.id", "0812-3456-789", "30 hari"],
  ["PT Karya Baru", "FK-003", "20 Desember 2025", "19/01/2026", "Rp 3.500.000,50", "", "", "30 hari"],
  ["PT Karya Baru", "FK-004", "2 Agt 2025", "01/09/2025", "Rp 2.000.000", "", "", "30 hari"],
  ["Jumlah", "", "", "", "Rp 7.500.000,50"],
];

/** A Latvian list: diacritics in the headers, "1 500,00 €" and no-break spaces, dd.mm.yyyy and "2026. gada …". */
export const latvianSheet: readonly (readonly unknown[])[] = [
  ["SIA Piemērs"],
  ["Debitoru saraksts 15.02.2026."],
  [],
  ["Klients", "Rēķina nr.", "Rēķina datums", "Apmaksas termiņš", "Summa", "Atlikums", "E-pasts", "Valoda"],
  ["SIA Koks", "R-101", "05.01.2026", "20.01.2026", "1 500,00 €", "1 500,00 €", "info@koks.lv", "lv"],
  ["SIA Koks", "R-102", "2026. gada 15. janvāris", "2026. gada 14. februāris", "820,50", "320,50", "info@koks.lv", "lv"],
  ["AS Dzintars", "R-103", "10.12.2025", "09.01.2026", "2\u00a0400,00", "2\u00a0400,00", "rekini@dzintars.lv", "en"],
  ["Kopā", "", "", "", "4 720,50", "4 220,50"],
];

/** A Thai list: Thai headers, Buddhist-era years (2569 = 2026), "฿12,500.00", a "รวม" total. */
export const thaiSheet: readonly (readonly unknown[])[] = [
  ["บริษัท ตัวอย่าง จำกัด"],
  ["รายงานลูกหนี้คงค้าง"],
  ["ลูกค้า", "เลขที่ใบแจ้งหนี้", "วันที่ใบแจ้งหนี้", "วันครบกำหนด", "ยอดคงค้าง", "อีเมล", "โทรศัพท์"],
  ["บริษัท ก จำกัด", "INV-001", "5 ม.ค. 2569", "4 ก.พ. 2569", "฿12,500.00", "ar@kor.co.th", "02-123-4567"],
  ["บริษัท ข จำกัด", "INV-002", "15 ธ.ค. 2568", "14 ม.ค. 2569", "8,000.00", "", ""],
  ["บริษัท ข จำกัด", "INV-003", "20/11/2568", "20/12/2568", 4500, "", ""],
  ["รวม", "", "", "", 25000],
];

/** Only a days-overdue column, no dates at all. */
export const daysOverdueSheet: readonly (readonly unknown[])[] = [
  ["Customer", "Invoice", "Days overdue", "Balance"],
  ["Acme", "A1", 34, 1000],
  ["Beta", "B1", "-5", 500],
  ["Gamma", "G1", "10 days", 200],
];
