import { paymentPlan } from "../../src/core/paymentPlan";

const day = (iso: string) => Date.parse(iso) / 86_400_000;
const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
const cents = (amounts: number[]) => amounts.reduce((sum, amount) => sum + Math.round(amount * 100), 0);

describe("paymentPlan (R7)", () => {
  it("monthly from 31 Jan keeps the month's end: 31 Jan, 28 Feb, 31 Mar", () => {
    const plan = paymentPlan(1000, 3, day("2026-01-31"), { months: 1 });
    expect(plan.map((i) => iso(i.day))).toEqual(["2026-01-31", "2026-02-28", "2026-03-31"]);
    expect(plan.map((i) => i.amount)).toEqual([333.33, 333.33, 333.34]);
  });

  it("handles a leap year", () => {
    expect(paymentPlan(10, 2, day("2024-01-31"), { months: 1 }).map((i) => iso(i.day))).toEqual(["2024-01-31", "2024-02-29"]);
  });

  it("every N days", () => {
    expect(paymentPlan(100, 3, day("2026-01-01"), { days: 14 }).map((i) => iso(i.day))).toEqual(["2026-01-01", "2026-01-15", "2026-01-29"]);
  });

  it.each([
    [1000, 3],
    [0.05, 7],
    [12_345.67, 12],
    [99_999.99, 360],
    [1, 1],
  ])("%d in %d instalments adds up to the cent", (balance, count) => {
    const plan = paymentPlan(balance, count, day("2026-01-01"), { months: 1 });
    expect(plan).toHaveLength(count);
    expect(cents(plan.map((i) => i.amount))).toBe(Math.round(balance * 100));
  });

  it("does not drift whatever the time zone (dates are UTC days)", () => {
    const plan = paymentPlan(120, 12, day("2026-01-31"), { months: 1 });
    expect(iso(plan[11]?.day ?? 0)).toBe("2026-12-31");
  });
});
