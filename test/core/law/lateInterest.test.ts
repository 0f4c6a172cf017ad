import { dayFromIsoText, type Day } from "../../../src/core/days";
import type { InterestLaw } from "../../../src/core/law/interestLaw";
import { lateInterest } from "../../../src/core/law/lateInterest";

const day = (iso: string): Day => dayFromIsoText(iso) as Day;
const law = (overrides: Partial<InterestLaw>): InterestLaw => ({ rule: "none", margin: 0.08, fixedRate: 0, contractRate: 0, cap: 0, referenceRates: [], ...overrides });

// The rates below are test inputs, not published figures: the user keeps the real table.
describe("lateInterest: worked examples computed by hand", () => {
  it.each([
    {
      name: "UK £10,000 due 31 May 2026 across a base-rate change (4% on 31 Dec, 3.75% on 30 Jun)",
      // 1–30 Jun: 30 d × 12% = 10,000 × 0.12 × 30/365 = 98.6301
      // 1 Jul–31 Aug: 62 d × 11.75% = 10,000 × 0.1175 × 62/365 = 199.5890  → 298.2192
      balance: 10_000, due: "2026-05-31", asOf: "2026-08-31",
      law: law({ rule: "boe", referenceRates: [{ day: day("2025-08-07"), rate: 0.04 }, { day: day("2026-06-18"), rate: 0.0375 }] }),
      expected: 298.22,
    },
    {
      name: "EU €5,000 due 15 Jun 2026 across 1 July (2.15% on 1 Jan, 2% on 1 Jul)",
      // 16–30 Jun: 15 d × 10.15% = 5,000 × 0.1015 × 15/365 = 20.8562
      // 1–15 Jul: 15 d × 10% = 5,000 × 0.10 × 15/365 = 20.5479  → 41.4041
      balance: 5_000, due: "2026-06-15", asOf: "2026-07-15",
      law: law({ rule: "ecb", referenceRates: [{ day: day("2026-01-01"), rate: 0.0215 }, { day: day("2026-07-01"), rate: 0.02 }] }),
      expected: 41.4,
    },
    {
      name: "Latvia €1,000 due 31 Dec 2018, eight years later, reaching the principal cap",
      // 2,922 d (8 × 365 + 2 leap days) × 12.5% = 1,000 × 0.125 × 2,922/365 = 1,000.68 → capped at 1,000 (s.1763)
      balance: 1_000, due: "2018-12-31", asOf: "2026-12-31",
      law: law({ rule: "ecb", cap: 1, referenceRates: [{ day: day("2016-03-16"), rate: 0.045 }] }),
      expected: 1_000,
    },
    {
      name: "Indonesia Rp 100,000,000 at 6% for 183 days",
      // 100,000,000 × 0.06 × 183/365 = 3,008,219.178
      balance: 100_000_000, due: "2026-03-31", asOf: "2026-09-30", law: law({ rule: "fixed", fixedRate: 0.06 }), expected: 3_008_219.18,
    },
    {
      name: "Thailand 500,000 baht at 5% for 90 days",
      // 500,000 × 0.05 × 90/365 = 6,164.3836
      balance: 500_000, due: "2026-01-15", asOf: "2026-04-15", law: law({ rule: "fixed", fixedRate: 0.05 }), expected: 6_164.38,
    },
    {
      name: "a contractual 18% replaces the rule",
      // 1,000 × 0.18 × 30/365 = 14.7945
      balance: 1_000, due: "2026-01-31", asOf: "2026-03-02", law: law({ rule: "fixed", fixedRate: 0.06, contractRate: 0.18 }), expected: 14.79,
    },
  ])("$name", ({ balance, due, asOf, law: rules, expected }) => {
    expect(lateInterest(balance, day(due), day(asOf), rules)).toEqual({ ok: true, amount: expected });
  });

  it("is 0 on the due date and for a credit", () => {
    expect(lateInterest(1000, day("2026-06-15"), day("2026-06-15"), law({ rule: "ecb" }))).toEqual({ ok: true, amount: 0 });
    expect(lateInterest(-5, day("2026-06-15"), day("2026-08-15"), law({ rule: "ecb" }))).toEqual({ ok: true, amount: 0 });
  });

  it("names the half-year whose rate is missing", () => {
    expect(lateInterest(1000, day("2026-07-10"), day("2026-08-15"), law({ rule: "ecb" }))).toEqual({ ok: false, message: "enter the ECB reference rate in force on 1 July 2026 (a policy row referenceRate 2026-07-01)" });
    expect(lateInterest(1000, day("2026-02-10"), day("2026-03-15"), law({ rule: "boe" }))).toEqual({ ok: false, message: "enter the Bank of England base rate in force on 31 December 2025 (a policy row referenceRate 2025-12-31)" });
  });

  it("uses the last row for half-years after it (the rate still in force)", () => {
    // 1 Jan–31 Dec 2027 at 2% + 8%: 365 d → 1,000 × 0.10 = 100
    expect(lateInterest(1000, day("2026-12-31"), day("2027-12-31"), law({ rule: "ecb", referenceRates: [{ day: day("2026-07-01"), rate: 0.02 }] }))).toEqual({ ok: true, amount: 100 });
  });

  it("asks for a rule when none is chosen", () => {
    expect(lateInterest(1000, day("2026-01-01"), day("2026-02-01"), law({}))).toMatchObject({ ok: false });
  });
});
