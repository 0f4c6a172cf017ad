import type { CurrencyFigures } from "../../src/core/currencyFigures";
import type { Receivables } from "../../src/core/receivables";
import { summaryLayout } from "../../src/workbook/summaryLayout";

const buckets = [
  { label: "Current", amount: 0, invoices: 0 },
  { label: "91-120", amount: 100, invoices: 1 },
];
const figures = (currency: string, total: number): CurrencyFigures => ({
  currency, total, overdue: total, over90Share: 1, customers: 1, invoices: 1, averageDaysOverdue: 95, buckets, topCustomers: [{ customer: `${currency} Co`, overdue: total, invoices: 1 }],
});
const summaryOf = (...currencies: CurrencyFigures[]): Receivables => ({ customers: currencies.length, invoices: currencies.length, currencies, actions: {}, problems: [] });
const texts = (layout: ReturnType<typeof summaryLayout>) => layout.cells.map((row) => row.map((cell) => (cell && "value" in cell ? cell.value : cell && "formula" in cell ? cell.formula : "")));

describe("the summary sheet per currency", () => {
  it("one currency: the amounts' number format shows its code, the block where it always was", () => {
    const layout = summaryLayout(summaryOf(figures("IDR", 100)), "AR!A1:H9", null);
    expect(texts(layout)[3]?.[0]).toBe("Totals (IDR)");
    expect(texts(layout)[4]).toEqual(["Total receivables", 100]);
    expect(layout.numberFormats[4]?.[1]).toBe("[$IDR] #,##0");
    expect(layout.chartRows).toEqual({ first: 11, last: 13 });
  });

  it("several currencies: one block each, never a sum across them, values labelled as computed now", () => {
    const layout = summaryLayout(summaryOf(figures("EUR", 100), figures("GBP", 50)), "AR!A1:H9", null);
    const rows = texts(layout);
    expect(rows[2]?.[0]).toMatch(/^2 currencies, never added together/);
    expect(rows.filter((row) => row[0] === "Total receivables").map((row) => row[1])).toEqual([100, 50]);
    expect(rows.map((row) => row[0])).toEqual(expect.arrayContaining(["Totals in EUR", "Totals in GBP", "Top customers by overdue, GBP", "GBP Co"]));
    expect(layout.numberFormats[rows.findIndex((row) => row[0] === "Totals in GBP") + 1]?.[1]).toBe("[$GBP] #,##0.00");
    expect(rows.flat().some((cell) => typeof cell === "string" && cell.startsWith("="))).toBe(false);
  });
});
