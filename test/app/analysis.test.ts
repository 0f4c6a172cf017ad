import { findHeaderRow } from "../../src/core/columns";
import { defaultPolicy } from "../../src/core/policy";
import { summarizeReceivables } from "../../src/core/receivables";
import { readLedger } from "../../src/core/ledger";
import { analyzeSheet } from "../../src/app/analysis";

describe("analyzeSheet", () => {
  const values = [
    ["Aged receivables"],
    [],
    ["Customer", "Invoice", "Due date", "Balance", "Status"],
    ["Acme", "A-1", "2026-01-01", 1000, ""],
    ["Acme", "A-2", "2025-09-01", 500, ""],
    ["Bolt", "B-1", "not a date", 200, ""],
    ["Bolt", "A-1", "2026-02-20", 300, "angry"],
  ];
  const header = { row: 2, mapping: { customer: { column: 0 }, invoice: { column: 1 }, dueDate: { column: 2 }, balance: { column: 3 }, status: { column: 4 } } };
  const asOf = 20484; // 2026-01-31

  it("gives the same figures as the core for the same sheet", () => {
    const analysis = analyzeSheet({ values }, header, defaultPolicy, asOf);
    if (!analysis.ok) throw new Error(analysis.message);
    const ledger = readLedger({ cells: values }, header, { dateSystem: 1900, asOf });
    const expected = summarizeReceivables(ledger.invoices, asOf, defaultPolicy, { statusColumn: 4 });
    expect(analysis.summary).toEqual(expected);
    expect(analysis.summary).toMatchObject({ invoices: 3, customers: 2, currencies: [expect.objectContaining({ currency: "USD", total: 1800, overdue: 1500 })] });
  });

  it("lists the ledger's and the summary's problems together, by row", () => {
    const analysis = analyzeSheet({ values }, header, defaultPolicy, asOf);
    if (!analysis.ok) throw new Error(analysis.message);
    expect(analysis.problems.map((problem) => [problem.row, problem.code])).toEqual([
      [3, "duplicateInvoice"],
      [5, "badDueDate"],
      [6, "duplicateInvoice"],
      [6, "unknownStatus"],
    ]);
  });

  it("names each problem row's customer, also on a row left out (the Analyze list shows it)", () => {
    const analysis = analyzeSheet({ values: [...values, ["", "", "", "", ""], [null, "X-1", "2026-01-01", 5, ""]] }, header, defaultPolicy, asOf);
    if (!analysis.ok) throw new Error(analysis.message);
    expect(analysis.problems.map((problem) => [problem.row, problem.code, problem.customer])).toEqual([
      [3, "duplicateInvoice", "Acme"],
      [5, "badDueDate", "Bolt"],
      [6, "duplicateInvoice", "Bolt"],
      [6, "unknownStatus", "Bolt"],
      [8, "noCustomer", null],
    ]);
  });
});

describe("analyzeSheet with a notes column", () => {
  const values = [
    ["Daftar Piutang per 31/01/2026"],
    ["Pelanggan", "No. Faktur", "Jatuh Tempo", "Sisa Tagihan", "Keterangan"],
    ["PT Maju", "F-1", "01/12/2025", "Rp 12.500.000", "Pelanggan sengketa harga"],
    ["PT Sinar", "F-2", "01/12/2025", "Rp 3.000.000", "janji bayar 15/02/2026"],
    ["CV Abadi", "F-3", "01/12/2025", "Rp 4.500.000", "tidak bisa dihubungi"],
    ["CV Jaya", "F-4", "01/12/2025", "Rp 1.000.000", "kirim ulang faktur"],
  ];
  const asOf = 20484; // 2026-01-31

  it("maps the notes column, reads its status words and passes other text over", () => {
    const found = findHeaderRow(values);
    if (!found.ok) throw new Error(found.message);
    expect(found.mapping.notes).toMatchObject({ column: 4, header: "Keterangan" });
    const analysis = analyzeSheet({ values }, found, defaultPolicy, asOf);
    if (!analysis.ok) throw new Error(analysis.message);
    expect(analysis.summary.actions).toEqual({ "Resolve dispute": 1, "Await promise": 1, "Trace debtor": 1, Reminder: 1 });
    expect(analysis.problems.filter((problem) => problem.code === "unknownStatus")).toEqual([]);
    expect(analysis.ledger.invoices[1]?.promiseDay).toBe(20499); // 2026-02-15, from the note
  });

  it("refuses the same free text under a strict Status header, naming it", () => {
    const asStatus = values.map((row, index) => (index === 1 ? [...row.slice(0, 4), "Status"] : row));
    const found = findHeaderRow(asStatus);
    if (!found.ok) throw new Error(found.message);
    const analysis = analyzeSheet({ values: asStatus }, found, defaultPolicy, asOf);
    if (!analysis.ok) throw new Error(analysis.message);
    const refused = analysis.problems.filter((problem) => problem.code === "unknownStatus");
    expect(refused.map((problem) => [problem.row, problem.column])).toEqual([[2, 4], [5, 4]]);
    expect(refused[0]?.message).toMatch(/unknown word "Pelanggan sengketa harga"/);
    expect(refused[1]?.message).toMatch(/unknown word "kirim ulang faktur"/);
  });
});
