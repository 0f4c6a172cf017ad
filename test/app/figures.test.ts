import { actionCounts, bucketBars, formatAmount, formatDays, formatMoneyFigure, formatShare, totalsOf } from "../../src/app/figures";
import type { Receivables } from "../../src/core/receivables";

describe("figures of the Analyze panel", () => {
  it.each([
    [1234.5, "1,234.50"],
    [-200, "-200.00"],
    [0, "0.00"],
  ])("formatAmount(%p) is %p", (amount, text) => expect(formatAmount(amount)).toBe(text));

  it.each([
    [0.6429, "64.3%"],
    [0, "0.0%"],
    [null, "—"],
  ])("formatShare(%p) is %p", (share, text) => expect(formatShare(share)).toBe(text));

  it.each([
    [80.67, "81 days"],
    [1, "1 day"],
    [null, "—"],
  ])("formatDays(%p) is %p", (days, text) => expect(formatDays(days)).toBe(text));

  it("sizes bucket bars against the largest bucket and leaves credit buckets without a bar", () => {
    const bars = bucketBars([
      { label: "Current", amount: 500, invoices: 1 },
      { label: "1-30", amount: 1000, invoices: 2 },
      { label: "31-60", amount: -50, invoices: 1 },
    ]);
    expect(bars.map((bar) => bar.percent)).toEqual([50, 100, 0]);
    expect(bars[0]?.description).toBe("Current: 500.00 in 1 invoice");
    expect(bars[1]?.description).toBe("1-30: 1,000.00 in 2 invoices");
  });

  it("gives no bar at all when nothing is owed", () => {
    expect(bucketBars([{ label: "Current", amount: 0, invoices: 0 }]).map((bar) => bar.percent)).toEqual([0]);
  });

  it("lists next actions by count, then name, without zeros", () => {
    expect(actionCounts({ Reminder: 3, Wait: 5, Incentive: 3, None: 0 })).toEqual([
      { action: "Wait", count: 5 },
      { action: "Incentive", count: 3 },
      { action: "Reminder", count: 3 },
    ]);
  });

  const usd = { currency: "USD", total: 7000, overdue: 7500, over90Share: 0.643, customers: 3, invoices: 5, averageDaysOverdue: 80.67, buckets: [], topCustomers: [] };

  it("writes the totals in order, every amount with its currency", () => {
    const summary: Receivables = { customers: 3, invoices: 5, currencies: [usd], actions: {}, problems: [] };
    expect(totalsOf(summary).map((figure) => [figure.id, figure.label, figure.value])).toEqual([
      ["total", "Receivables", formatMoneyFigure(7000, "USD")],
      ["overdue", "Overdue", formatMoneyFigure(7500, "USD")],
      ["over90", "Share over 90 days", "64.3%"],
      ["averageDays", "Weighted average days overdue", "81 days"],
      ["customers", "Customers", "3"],
      ["invoices", "Invoices", "5"],
    ]);
  });

  it("never adds currencies: each has its own totals, named by its code", () => {
    const eur = { ...usd, currency: "EUR", total: 6580.5, overdue: 6580.5, customers: 1, invoices: 2 };
    const summary: Receivables = { customers: 4, invoices: 7, currencies: [usd, eur], actions: {}, problems: [] };
    const figures = totalsOf(summary);
    expect(figures.map((figure) => figure.id)).toEqual(["total-USD", "overdue-USD", "over90-USD", "averageDays-USD", "total-EUR", "overdue-EUR", "over90-EUR", "averageDays-EUR", "customers", "invoices"]);
    expect(figures.find((figure) => figure.id === "total-EUR")).toEqual({ id: "total-EUR", label: "Receivables in EUR", value: formatMoneyFigure(6580.5, "EUR") });
  });

  it.each([
    [4820.5, "EUR", new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(4820.5)],
    [12_500_000, "IDR", new Intl.NumberFormat("en-US", { style: "currency", currency: "IDR", maximumFractionDigits: 0 }).format(12_500_000)],
    [3_500_000.5, "IDR", new Intl.NumberFormat("en-US", { style: "currency", currency: "IDR", minimumFractionDigits: 2 }).format(3_500_000.5)],
    [185_000, "THB", new Intl.NumberFormat("en-US", { style: "currency", currency: "THB" }).format(185_000)],
  ])("formatMoneyFigure(%d, %s) is what Intl writes, cents kept", (amount, currency, expected) => expect(formatMoneyFigure(amount, currency)).toBe(expected));

  it("says when a currency waits for the user's answer", () => expect(formatMoneyFigure(100, null)).toBe("100.00 (currency not chosen)"));
});
