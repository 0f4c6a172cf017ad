import { actionCounts, bucketBars, formatAmount, formatDays, formatShare, totalsOf } from "../../src/app/figures";
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

  it("writes the totals in order", () => {
    const summary: Receivables = {
      total: 7000, overdue: 7500, over90Share: 0.643, customers: 3, invoices: 5, averageDaysOverdue: 80.67,
      buckets: [], topCustomers: [], actions: {}, problems: [],
    };
    expect(totalsOf(summary).map((figure) => [figure.label, figure.value])).toEqual([
      ["Receivables", "7,000.00"],
      ["Overdue", "7,500.00"],
      ["Share over 90 days", "64.3%"],
      ["Customers", "3"],
      ["Invoices", "5"],
      ["Weighted average days overdue", "81 days"],
    ]);
  });
});
