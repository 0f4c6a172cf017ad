import { agencyNet, bestLegalNet, bestLegalPath } from "../../src/core/legalPath";
import { defaultPolicy } from "../../src/core/policy";
import { incentiveRate, settlementOffer } from "../../src/core/settlement";

const policy = defaultPolicy;

describe("settlementOffer: the playbook's worked examples", () => {
  it("R20: $10,000 owed 120 days late → offer $5,000 (the floor beats the agency's ~$4,420 net)", () => {
    expect(agencyNet(10_000, 120, policy)).toBeCloseTo(4422.54, 2);
    expect(settlementOffer(10_000, 120, policy, null)).toBe(5000);
  });

  it("R6: the incentive stays above cost — a 4% margin caps the 6% discount at 4%", () => {
    expect(incentiveRate(75, policy, null)).toBeCloseTo(0.06, 10);
    expect(settlementOffer(1000, 75, policy, 0.04)).toBe(960);
    expect(settlementOffer(1000, 75, policy, null)).toBe(940);
  });

  it("R6: with minProfitRate the discount leaves that profit", () => {
    expect(settlementOffer(1000, 119, { ...policy, minProfitRate: 0.03 }, 0.05)).toBe(980);
  });

  it("R6: a margin of zero or less gives no discount at all", () => {
    expect(settlementOffer(1000, 100, policy, 0)).toBe(1000);
  });
});

describe("settlementOffer by phase", () => {
  it.each([
    [-5, 1000],
    [0, 1000],
    [29, 1000],
    [30, 980],
    [119, 901],
  ])("day %d: %d", (days, offer) => expect(settlementOffer(1000, days, policy, null)).toBe(offer));

  it("in the settlement phase the expected net of a better path lifts the offer above the floor", () => {
    const generous = { ...policy, settlementFloor: 0.2 };
    // 10,000 × P(120) 63.89% × 70% − 50 = 4,422.54 → rounded up to 4,423.
    expect(settlementOffer(10_000, 120, generous, null)).toBe(4423);
  });

  it("rounds up to roundTo and never above the balance", () => {
    expect(settlementOffer(10_000, 120, { ...policy, settlementFloor: 0.2, roundTo: 100 }, null)).toBe(4500);
    expect(settlementOffer(123.45, 40, { ...policy, roundTo: 10 }, null)).toBe(120); // 123.45 × (1 − 2.89%) = 119.88 → 120
    expect(settlementOffer(123.45, 30, { ...policy, roundTo: 100 }, null)).toBe(123.45); // 121 → 200, capped
  });

  it("a balance of 0 or a credit has nothing to offer", () => {
    expect(settlementOffer(0, 200, policy, null)).toBe(0);
    expect(settlementOffer(-80, 200, policy, null)).toBe(0);
  });

  it("a policy whose settlement age equals its grace has no incentive phase", () => {
    const abrupt = { ...policy, graceDays: 60, settlementDays: 60 };
    expect(settlementOffer(1000, 59, abrupt, null)).toBe(1000);
    expect(settlementOffer(1000, 60, abrupt, null)).toBe(520); // 1,000 × 81.3% × 70% − 50 = 519.10
  });
});

describe("the legal paths' expected nets", () => {
  it.each([
    [10_000, 200, {}, "Agency"],
    [10_000, 200, { smallClaimsLimit: 12_500, smallClaimsCost: 75 }, "Small claims"],
    [80_000, 200, {}, "Attorney"],
    [80_000, 700, {}, "Agency"],
  ])("%d at %d days with %j: %s, and bestLegalNet agrees", (balance, days, changes, path) => {
    const rules = { ...policy, ...changes };
    const best = bestLegalPath(balance, days, rules);
    expect(best.path).toBe(path);
    expect(bestLegalNet(balance, days, rules)).toBe(best.net);
  });
});
