// Issue 10 item 3: text amounts use the decimal separator of their own column, so one sheet can
// hold rupiah written "Rp 12.500" (a dot between thousands) beside a margin written "0.25".
import { findHeaderRow } from "../../src/core/columns";
import { readLedger } from "../../src/core/ledger";

const AS_OF = 20_488; // 2026-02-04

function read(cells: readonly (readonly unknown[])[]) {
  const header = findHeaderRow(cells);
  if (!header.ok) throw new Error(header.message);
  return readLedger({ cells }, header, { dateSystem: 1900, asOf: AS_OF });
}

describe("the decimal separator, detected per column", () => {
  it("reads rupiah with a dot between thousands beside a margin with a decimal point", () => {
    const ledger = read([
      ["Pelanggan", "Jatuh tempo", "Sisa piutang", "Margin"],
      ["PT Maju Jaya", "2026-01-05", "Rp 12.500", "0.25"],
      ["PT Sinar", "2026-01-06", "Rp 1.250.000", "0.3"],
    ]);
    expect(ledger.invoices.map((invoice) => [invoice.balance, invoice.margin])).toEqual([[12_500, 0.25], [1_250_000, 0.3]]);
    expect(ledger.problems.filter((problem) => problem.code === "badMargin" || problem.code === "decimalConflict")).toEqual([]);
  });

  it("reads a Latvian amount column and an English one, each by its own, without calling it a conflict", () => {
    const ledger = read([
      ["Klients", "Apmaksas termiņš", "Summa", "Atlikums"],
      ["SIA Koks", "2026-01-05", "1 250,50", "1,250.50"],
      ["SIA Ābele", "2026-01-06", "99,90", "99.90"],
    ]);
    expect(ledger.invoices.map((invoice) => invoice.balance)).toEqual([1250.5, 99.9]);
    expect(ledger.problems.map((problem) => problem.code)).not.toContain("decimalConflict");
  });

  it("still warns when one column mixes the two", () => {
    const ledger = read([
      ["Customer", "Due date", "Balance"],
      ["Acme", "2026-01-05", "1,250.50"],
      ["Birch", "2026-01-06", "99,90"],
      ["Cedar", "2026-01-06", "10.25"],
    ]);
    expect(ledger.problems.map((problem) => problem.code)).toContain("decimalConflict");
  });
});
