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
});
