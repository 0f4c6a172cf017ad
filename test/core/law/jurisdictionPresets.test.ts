import { jurisdictionPresets } from "../../../src/core/law/jurisdictionPresets";
import { lateCompensation } from "../../../src/core/law/lateCompensation";

describe("jurisdictionPresets", () => {
  it("opens small claims (R11) in every preset", () => {
    for (const preset of Object.values(jurisdictionPresets)) expect(preset.smallClaimsLimit).toBeGreaterThan(0);
  });

  it("carries the UK bands the compensation formula reads", () => {
    const { compensationCurrency: currency, compensationBands: bands } = jurisdictionPresets.UK;
    expect([999.99, 1_000, 9_999.99, 10_000].map((balance) => lateCompensation(balance, 1, 2, currency, { currency, bands, exchangeRates: {} }))).toEqual([40, 70, 70, 100].map((amount) => ({ ok: true, amount })));
  });

  it("gives no fixed compensation where the law has none", () => {
    expect(jurisdictionPresets.TH.compensationBands).toEqual([]);
    expect(jurisdictionPresets.ID.compensationBands).toEqual([]);
  });
});
