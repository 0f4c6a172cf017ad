import { findHeaderRow } from "../../src/core/columns";
import { readLedger, type Ledger, type LedgerOptions } from "../../src/core/ledger";
import { describeDateOrder, describeDecimalSeparator } from "../../src/core/ledgerProblems";
import { AS_OF, day, daysOverdueSheet, indonesianSheet, latvianSheet, quickBooksDesktopSheet, quickBooksSheet, serial, thaiSheet, xeroSheet } from "./agingSheets";

const options: LedgerOptions = { dateSystem: 1900, asOf: AS_OF };

/** Finds the header and reads the sheet, as the pane does. */
function read(cells: readonly (readonly unknown[])[], more: Partial<LedgerOptions> = {}, numberFormats?: unknown[][]): Ledger {
  const header = findHeaderRow(cells);
  if (!header.ok) throw new Error(header.message);
  return readLedger(numberFormats ? { cells, numberFormats } : { cells }, header, { ...options, ...more });
}

/** [row, customer, invoice number, due date, balance] per invoice. */
function rowsOf(ledger: Ledger): unknown[][] {
  return ledger.invoices.map((invoice) => [invoice.row, invoice.customer, invoice.invoiceNumber, invoice.dueDay, invoice.balance]);
}

const codesOf = (ledger: Ledger) => ledger.problems.map((problem) => [problem.code, problem.row, problem.column]);

describe("a QuickBooks report grouped by customer", () => {
  const ledger = read(quickBooksSheet);

  it("gives each heading's customer to the rows under it, credit memo included", () => {
    expect(rowsOf(ledger)).toEqual([
      [6, "Acme Ltd", "1001", day("2026-02-04"), 1200],
      [7, "Acme Ltd", "1002", day("2026-02-11"), 300],
      [10, "Beta GmbH", "1003", day("2025-11-17"), 5000],
      [11, "Beta GmbH", "CM-7", day("2026-01-20"), -250],
    ]);
    expect(ledger.invoices[0]?.invoiceDay).toBe(day("2026-01-05"));
  });

  it("skips headings and totals, and checks each total against its invoices", () => {
    expect(ledger.skipped.map((row) => [row.row, row.kind])).toEqual([[5, "heading"], [8, "total"], [9, "heading"], [12, "total"], [14, "total"]]);
    expect(ledger.totals).toEqual([
      { row: 8, label: "Acme Ltd", scope: "group", stated: 1500, computed: 1500, column: 8 },
      { row: 12, label: "Beta GmbH", scope: "group", stated: 4800, computed: 4750, column: 8 },
      { row: 14, label: null, scope: "sheet", stated: 6250, computed: 6250, column: 8 },
    ]);
  });

  it("warns of the deliberate subtotal mismatch with both amounts, and nothing else", () => {
    expect(ledger.problems).toEqual([
      {
        code: "subtotalMismatch",
        severity: "warning",
        row: 12,
        column: 8,
        message: "the total for Beta GmbH says 4,800.00, but its invoices add up to 4,750.00",
      },
    ]);
  });

  it("reads QuickBooks Desktop's layout without a customer column", () => {
    const desktop = read(quickBooksDesktopSheet);
    expect(rowsOf(desktop)).toEqual([
      [4, "Acme Ltd", "1001", day("2026-02-04"), 1200],
      [7, "Beta GmbH", "1003", day("2025-11-17"), 5000],
    ]);
    expect(desktop.totals.map((total) => [total.label, total.scope, total.stated, total.computed])).toEqual([
      ["Acme Ltd", "group", 1200, 1200],
      ["Beta GmbH", "group", 5000, 5000],
      [null, "sheet", 6200, 6200],
    ]);
    expect(desktop.problems).toEqual([]);
  });
});

describe("sheets in each language", () => {
  it("Xero: text dates with month names and text amounts, a Total row", () => {
    const ledger = read(xeroSheet);
    expect(rowsOf(ledger)).toEqual([
      [5, "City Limousines", "INV-0001", day("2026-01-20"), 1250],
      [6, "Ridgeway University", "INV-0002", day("2026-01-09"), 3000],
      [7, "Ridgeway University", "INV-0003", day("2026-03-01"), 500],
    ]);
    expect(ledger.totals).toEqual([{ row: 8, label: null, scope: "sheet", stated: 4750, computed: 4750, column: 7 }]);
    expect(ledger.decimalSeparator).toEqual({ separator: ".", basis: "inferred", conflicting: false });
    expect(ledger.problems).toEqual([]);
  });

  it("Indonesian: Rp amounts with dot thousands, dd/mm/yyyy and month names", () => {
    const ledger = read(indonesianSheet);
    expect(rowsOf(ledger)).toEqual([
      [5, "CV Maju Jaya", "FK-001", day("2026-02-05"), 1_250_000],
      [6, "CV Maju Jaya", "FK-002", day("2026-02-11"), 750_000],
      [7, "PT Karya Baru", "FK-003", day("2026-01-19"), 3_500_000.5],
      [8, "PT Karya Baru", "FK-004", day("2025-09-01"), 2_000_000],
    ]);
    expect(ledger.invoices.map((invoice) => invoice.invoiceDay)).toEqual([day("2026-01-05"), day("2026-01-12"), day("2025-12-20"), day("2025-08-02")]);
    expect(ledger.invoices[0]).toMatchObject({ email: "keuangan@majujaya.co.id", phone: "0812-3456-789", terms: "30 hari" });
    expect(ledger.dateOrder).toMatchObject({ order: "dayFirst", basis: "inferred", conflicting: false });
    expect(ledger.decimalSeparator).toEqual({ separator: ",", basis: "inferred", conflicting: false });
    expect(ledger.totals).toEqual([{ row: 9, label: null, scope: "sheet", stated: 7_500_000.5, computed: 7_500_000.5, column: 4 }]);
    expect(ledger.problems).toEqual([]);
  });

  it("Latvian: euro amounts with (no-break) spaces, dd.mm.yyyy and '2026. gada …' dates, a Kopā row", () => {
    const ledger = read(latvianSheet);
    expect(rowsOf(ledger)).toEqual([
      [4, "SIA Koks", "R-101", day("2026-01-20"), 1500],
      [5, "SIA Koks", "R-102", day("2026-02-14"), 320.5],
      [6, "AS Dzintars", "R-103", day("2026-01-09"), 2400],
    ]);
    expect(ledger.invoices.map((invoice) => invoice.language)).toEqual(["lv", "lv", "en"]);
    expect(ledger.totals).toEqual([{ row: 7, label: null, scope: "sheet", stated: 4220.5, computed: 4220.5, column: 5 }]);
    expect(ledger.problems).toEqual([]);
  });

  it("Thai: Buddhist-era years, baht amounts, a รวม row", () => {
    const ledger = read(thaiSheet);
    expect(rowsOf(ledger)).toEqual([
      [3, "บริษัท ก จำกัด", "INV-001", day("2026-02-04"), 12_500],
      [4, "บริษัท ข จำกัด", "INV-002", day("2026-01-14"), 8000],
      [5, "บริษัท ข จำกัด", "INV-003", day("2025-12-20"), 4500],
    ]);
    expect(ledger.invoices.map((invoice) => invoice.invoiceDay)).toEqual([day("2026-01-05"), day("2025-12-15"), day("2025-11-20")]);
    expect(ledger.totals).toEqual([{ row: 6, label: null, scope: "sheet", stated: 25_000, computed: 25_000, column: 4 }]);
    expect(ledger.problems).toEqual([]);
  });
});

describe("a sheet with only a days-overdue column", () => {
  it("counts the due date back from asOf", () => {
    const ledger = read(daysOverdueSheet);
    expect(rowsOf(ledger)).toEqual([
      [1, "Acme", "A1", AS_OF - 34, 1000],
      [2, "Beta", "B1", AS_OF + 5, 500],
      [3, "Gamma", "G1", AS_OF - 10, 200],
    ]);
    expect(ledger.problems).toEqual([]);
  });

  it("reads a date-formatted number under 'Overdue' as the due date itself", () => {
    const ledger = read(daysOverdueSheet.slice(0, 2).map((row, i) => (i === 1 ? ["Acme", "A1", serial("2026-01-05"), 1000] : row)), {}, [[], ["", "", "dd/mm/yyyy", ""]]);
    expect(ledger.invoices[0]?.dueDay).toBe(day("2026-01-05"));
  });
});

describe("ambiguous date columns", () => {
  const sheet = (dates: readonly string[]) => [["Customer", "Due date", "Balance"], ...dates.map((date, i) => [`C${i}`, date, 100])];

  it.each([
    [["05/02/2026", "06/03/2026"], {}, ["2026-02-05", "2026-03-06"], "dates read day-first (dd/mm/yyyy), assumed: no date shows the order"],
    [["05/02/2026", "06/03/2026"], { dateOrder: "monthFirst" }, ["2026-05-02", "2026-06-03"], "dates read month-first (mm/dd/yyyy), as chosen"],
    [["05/02/2026", "02/25/2026"], {}, ["2026-05-02", "2026-02-25"], "dates read month-first (mm/dd/yyyy), inferred from the dates"],
    [["05/02/2026", "25/02/2026"], { dateOrder: "monthFirst" }, ["2026-02-05", "2026-02-25"], "dates read day-first (dd/mm/yyyy), inferred from the dates"],
  ])("%j with %j", (dates, more, isoDays, description) => {
    const ledger = read(sheet(dates), more as Partial<LedgerOptions>);
    expect(ledger.invoices.map((invoice) => invoice.dueDay)).toEqual(isoDays.map(day));
    expect(describeDateOrder(ledger.dateOrder)).toBe(description);
  });

  it("reports conflicting evidence once for the sheet and refuses the dates that contradict the order used", () => {
    const ledger = read(sheet(["25/02/2026", "26/02/2026", "02/27/2026"]));
    expect(ledger.dateOrder).toMatchObject({ order: "dayFirst", basis: "inferred", conflicting: true });
    expect(codesOf(ledger)).toEqual([["dateOrderConflict", 0, null], ["badDueDate", 3, 1]]);
    expect(ledger.problems[0]?.message).toBe(
      "dates are written both day-first (25/01) and month-first (01/25); read day-first (dd/mm/yyyy), the others are not dates",
    );
  });

  it("pools the evidence of all date columns", () => {
    const cells = [["Customer", "Invoice date", "Due date", "Balance"], ["Acme", "13/01/2026", "02/03/2026", 100]];
    expect(read(cells, { dateOrder: "monthFirst" }).invoices[0]?.dueDay).toBe(day("2026-03-02"));
  });

  it("reads number cells in a date column as serials, whatever their format", () => {
    const cells = [["Customer", "Due date", "Balance"], ["Acme", serial("2026-01-05"), 100]];
    const ledger = read(cells, {}, [[], ["", "General", "0.00"]]);
    expect(ledger.invoices[0]?.dueDay).toBe(day("2026-01-05"));
  });
});

describe("decimal separators", () => {
  it("reads ambiguous amounts with the separator the column proves, and says so", () => {
    const ledger = read([["Customer", "Due date", "Balance"], ["A", "2026-01-05", "1.250"], ["B", "2026-01-05", "Rp 2.500.000"]]);
    expect(ledger.invoices.map((invoice) => invoice.balance)).toEqual([1250, 2_500_000]);
    expect(describeDecimalSeparator(ledger.decimalSeparator)).toBe('amounts read with "," as the decimal separator, inferred from the amounts');
  });

  it("uses the separator the user chose when nothing proves one", () => {
    const cells = [["Customer", "Due date", "Balance"], ["A", "2026-01-05", "1.250"]];
    expect(read(cells).invoices[0]?.balance).toBe(1.25);
    expect(read(cells, { decimalSeparator: "," }).invoices[0]?.balance).toBe(1250);
  });
});

describe("layouts", () => {
  it("skips blank rows quietly and repeated page headers, and reads headings written 'Customer: X'", () => {
    const cells = [
      ["Pelanggan", "No. Faktur", "Jatuh Tempo", "Sisa Tagihan"],
      ["Pelanggan: PT Maju"],
      ["", "F-1", "05/01/2026", "Rp 1.000.000"],
      ["", "F-2", "06/01/2026", "Rp 500.000"],
      ["Jumlah", "", "", "Rp 1.500.000"],
      [],
      ["Pelanggan", "No. Faktur", "Jatuh Tempo", "Sisa Tagihan"],
      ["Pelanggan: CV Jaya"],
      ["", "F-3", "07/01/2026", "Rp 250.000"],
      ["Jumlah", "", "", "Rp 300.000"],
      ["Jumlah total", "", "", "Rp 1.750.000"],
    ];
    const ledger = read(cells);
    expect(rowsOf(ledger).map(([row, customer]) => [row, customer])).toEqual([[2, "PT Maju"], [3, "PT Maju"], [8, "CV Jaya"]]);
    expect(ledger.skipped.map((row) => [row.row, row.kind])).toEqual([[1, "heading"], [4, "total"], [6, "header"], [7, "heading"], [9, "total"], [10, "total"]]);
    expect(ledger.totals.map((total) => [total.label, total.scope, total.stated, total.computed])).toEqual([
      ["Pelanggan: PT Maju", "group", 1_500_000, 1_500_000],
      ["Pelanggan: CV Jaya", "group", 300_000, 250_000],
      [null, "sheet", 1_750_000, 1_750_000],
    ]);
    expect(codesOf(ledger)).toEqual([["subtotalMismatch", 9, 3]]);
  });

  it("does not take aging-bucket headings for customers", () => {
    const cells = [
      ["Date", "Num", "Name", "Due Date", "Open Balance"],
      ["1 - 30 days past due"],
      [serial("2026-01-05"), "1001", "Acme", serial("2026-02-04"), 100],
      ["", "1002", "", serial("2026-02-04"), 50],
      ["Total for 1 - 30 days past due", "", "", "", 150],
    ];
    const ledger = read(cells);
    expect(ledger.skipped.map((row) => [row.row, row.kind, row.text])).toEqual([[1, "heading", "1 - 30 days past due"], [4, "total", "Total for 1 - 30 days past due"]]);
    // Row 3 stands under a bucket, not a customer: an error, which the bucket's total then shows too.
    expect(codesOf(ledger)).toEqual([["noCustomer", 3, 2], ["subtotalMismatch", 4, 4]]);
    expect(ledger.totals[0]).toMatchObject({ label: "1 - 30 days past due", stated: 150, computed: 100 });
  });

  it("keeps a customer named 'Total …' apart from a total row", () => {
    const cells = [["Customer", "Invoice", "Due date", "Balance"], ["Total Solutions Ltd", "T-1", "2026-01-05", 100], ["Total", "", "", 100]];
    const ledger = read(cells);
    expect(rowsOf(ledger)).toEqual([[1, "Total Solutions Ltd", "T-1", day("2026-01-05"), 100]]);
    expect(ledger.totals).toEqual([{ row: 2, label: null, scope: "sheet", stated: 100, computed: 100, column: 3 }]);
  });

  it("checks a grand total against every invoice read", () => {
    const cells = [["Customer", "Due date", "Balance"], ["A", "2026-01-05", 100], ["B", "2026-01-05", 200], ["Grand total", "", 400]];
    const ledger = read(cells);
    expect(ledger.problems).toEqual([
      {
        code: "grandTotalMismatch",
        severity: "warning",
        row: 3,
        column: 2,
        message: "the grand total says 400.00, but the invoices read add up to 300.00",
      },
    ]);
  });

  it("uses the invoice date plus terms when there is no due date column", () => {
    const cells = [["Customer", "Invoice date", "Terms", "Amount"], ["A", "2026-01-05", "Net 30", 100], ["B", "2026-01-05", "", 100]];
    const ledger = read(cells);
    expect(ledger.invoices.map((invoice) => invoice.dueDay)).toEqual([day("2026-02-04"), day("2026-01-05")]);
    expect(codesOf(ledger)).toEqual([["dueFromInvoiceDate", 2, 1]]);
  });
});
