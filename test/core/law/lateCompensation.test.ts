import { lateCompensation, type CompensationLaw } from "../../../src/core/law/lateCompensation";

const uk: CompensationLaw = { currency: "GBP", bands: [{ from: 0, amount: 40 }, { from: 1_000, amount: 70 }, { from: 10_000, amount: 100 }], exchangeRates: { USD: [{ day: 100, rate: 0.8 }] } };

describe("lateCompensation", () => {
  // Late Payment of Commercial Debts (Interest) Act 1998 s.5A: £40 under £1,000, £70 under £10,000, £100 from £10,000.
  it.each([
    [999.99, 40],
    [1_000, 70],
    [9_999.99, 70],
    [10_000, 100],
  ])("UK band at £%s is £%s", (balance, expected) => {
    expect(lateCompensation(balance, 100, 101, "GBP", uk)).toEqual({ ok: true, amount: expected });
  });

  it("is 0 until the invoice is late, and where the law has none", () => {
    expect(lateCompensation(5_000, 100, 100, "GBP", uk)).toEqual({ ok: true, amount: 0 });
    expect(lateCompensation(5_000, 100, 200, "THB", { ...uk, bands: [] })).toEqual({ ok: true, amount: 0 });
  });

  it("converts another currency only at the policy's rate", () => {
    // $1,250 × 0.8 = £1,000 → £70 → $87.50
    expect(lateCompensation(1_250, 100, 101, "USD", uk)).toEqual({ ok: true, amount: 87.5 });
    expect(lateCompensation(1_250, 50, 99, "USD", uk)).toMatchObject({ ok: false });
    expect(lateCompensation(1_250, 100, 101, "EUR", uk)).toMatchObject({ ok: false, message: "the compensation is set in GBP and the invoice is in EUR: add a policy row exchangeRate EUR <yyyy-mm-dd> (GBP per 1 EUR) on or before the as-of date" });
  });
});
