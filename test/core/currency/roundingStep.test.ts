import fc from "fast-check";
import { defaultRoundingSteps, roundingStep } from "../../../src/core/currency/roundingStep";
import { defaultPolicy } from "../../../src/core/policy";
import { readPolicyTable } from "../../../src/core/policyTable";
import { incentiveRate, settlementOffer } from "../../../src/core/settlement";
import { settleOffer } from "../../../src/functions/functions";

describe("offers are rounded to a human step per currency", () => {
  it.each([
    ["IDR", 1000],
    ["THB", 10],
    ["EUR", 1],
    ["USD", 1],
    ["CHF", defaultPolicy.roundTo],
  ])("%s rounds to %d by default", (code, step) => expect(roundingStep(defaultPolicy, code)).toBe(step));

  it.each([
    // 12,500,000 at 80 days: discount 2% + 8% × 50/90 = 6.444…% → 11,694,444.44 → Rp 11,695,000 (not Rp 11,694,445).
    [12_500_000, 80, "IDR", 11_695_000],
    [12_500_000, 80, null, 11_694_445],
    // 185,000 baht at 80 days → 173,077.78 → ฿173,080.
    [185_000, 80, "THB", 173_080],
    [4820.5, 80, "EUR", 4510],
  ])("settlementOffer(%d, %d days, %s) = %d", (balance, days, currency, offer) => expect(settlementOffer(balance, days, defaultPolicy, null, currency)).toBe(offer));

  it("a rounded offer is a multiple of the currency's step, never below the unrounded one nor above the balance (property)", () => {
    const codes = fc.constantFrom(...Object.keys(defaultRoundingSteps));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 30, max: 119 }), codes, (balance, days, code) => {
        const offer = settlementOffer(balance, days, defaultPolicy, null, code);
        const exact = balance * (1 - incentiveRate(days, defaultPolicy, null));
        const step = roundingStep(defaultPolicy, code);
        return offer <= balance && offer >= exact - 1e-6 && (offer === balance || Math.abs(offer / step - Math.round(offer / step)) < 1e-9);
      }),
      { seed: 20261123, numRuns: 300 },
    );
  });

  it("the policy sheet overrides one currency's step with a row 'roundTo IDR', keeping the others", () => {
    const read = readPolicyTable([["roundTo IDR", 500], ["Round_To thb", "5"]]);
    expect(read.ok && read.policy.roundingSteps).toEqual({ ...defaultRoundingSteps, IDR: 500, THB: 5 });
    expect(readPolicyTable([["roundTo IDR", 0]])).toEqual({ ok: false, problem: "policy setting roundTo IDR must be greater than 0" });
    const unknown = readPolicyTable([["roundTo XYZ", 10]]);
    expect(!unknown.ok && unknown.problem).toContain("roundTo XYZ");
  });

  it("AR.SETTLEOFFER takes the currency as its new last argument: codes, symbols and local names", () => {
    expect(settleOffer(12_500_000, 80, null, undefined, "IDR")).toBe(11_695_000);
    expect(settleOffer(12_500_000, 80, null, undefined, "Rp")).toBe(11_695_000);
    expect(settleOffer(185_000, 80, null, undefined, "บาท")).toBe(173_080);
    expect(settleOffer(12_500_000, 80, null, undefined, null)).toBe(11_694_445); // left out: the policy's currency (USD)
    expect(settleOffer(12_500_000, 80, null, [["currency", "IDR"]], null)).toBe(11_695_000);
    expect(settleOffer(12_500_000, 80, null, [["roundTo IDR", 100]], "IDR")).toBe(11_694_500);
    expect(() => settleOffer(100, 80, null, undefined, "dollars")).toThrow(/currency must be a three-letter ISO 4217 code/);
  });
});
