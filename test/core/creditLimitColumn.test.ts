import { findHeaderRow } from "../../src/core/columns";
import { readLedger } from "../../src/core/ledger";

const AS_OF = 20_488; // 2026-02-04

function creditLimits(header: readonly string[], rows: readonly (readonly unknown[])[], decimalSeparator: "." | "," = ".") {
  const cells = [header, ...rows];
  const found = findHeaderRow(cells);
  if (!found.ok) throw new Error(found.message);
  return readLedger({ cells }, found, { dateSystem: 1900, asOf: AS_OF, decimalSeparator }).invoices.map((invoice) => invoice.creditLimit);
}

describe("a Credit limit column, in the four languages of the desk", () => {
  it.each([
    [["Customer", "Due date", "Balance", "Credit limit"], [["Acme", "2026-01-05", 100, 5000], ["Birch", "2026-01-05", 100, ""]], ".", [5000, null]],
    [["Pelanggan", "Jatuh tempo", "Sisa piutang", "Batas kredit"], [["PT Maju", "2026-01-05", 100, "Rp 50.000.000"]], ",", [50_000_000]],
    [["Klients", "Apmaksas termiņš", "Atlikums", "Kredītlimits"], [["SIA Koks", "2026-01-05", 100, "2 500,00"]], ",", [2500]],
    [["ลูกค้า", "วันครบกำหนด", "ยอดคงค้าง", "วงเงินเครดิต"], [["บริษัท ก", "2026-01-05", 100, "฿200,000"]], ".", [200_000]],
  ] as const)("%j", (header, rows, separator, expected) => {
    expect(creditLimits(header, rows, separator)).toEqual(expected);
  });
});
