import type { Day } from "../../src/core/days";
import type { Account } from "../../src/core/ladderStep";
import { defaultPolicy } from "../../src/core/policy";
import { noStatus } from "../../src/core/status";
import { describeStake, valueAtStake } from "../../src/core/valueAtStake";

const AS_OF = 20_488 as Day; // 2026-02-04
const account = (overrides: Partial<Account>): Account => ({
  dueDay: AS_OF - 60, balance: 10_000, remindersSent: 1, lastContactDay: null, promiseDay: null, status: noStatus, ...overrides,
});

describe("valueAtStake: balance × (P(age) − P(age + cadence)) on the policy's curve", () => {
  it.each([
    // age, balance, expected: the survey curve (0 d 94.9%, 30 d 89.9%, 60 d 81.3%, 90 d 69.6%, 182 d 52.1%, 730 d 9.3%)
    [-40, 10_000, 0, "not yet due, 10 days later still before day 0: the curve is flat there"],
    [-5, 10_000, 83.33, "crossing day 0: 94.9% → 93.23%"],
    [0, 10_000, 166.67, "the curve's first point: 94.9% → 93.23%"],
    [60, 10_000, 390, "81.3% → 77.4%"],
    [85, 10_000, 290.11, "across the 90-day point: 71.55% → 68.649%"],
    [725, 10_000, 18.49, "across the last point, 730 days: 9.485% → 9.3%, flat after it"],
    [730, 10_000, 0, "at the last point: flat after it"],
    [2_000, 10_000, 0, "long after the last point"],
  ])("age %i, balance %i → %d (%s)", (age, balance, expected) => {
    expect(valueAtStake(account({ dueDay: AS_OF - age, balance }), AS_OF, defaultPolicy, "EUR").amount).toBeCloseTo(expected, 2);
  });

  it.each([
    ["paid", { balance: 0 }],
    ["paid", { balance: -250 }],
    ["disputed", { status: { ...noStatus, disputed: true } }],
    ["promised", { promiseDay: AS_OF }],
    ["promised", { promiseDay: AS_OF + 5 }],
    ["doNotContact", { status: { ...noStatus, doNotContact: true, disputed: true } }],
  ] as const)("nothing at stake when %s (%j)", (cause, overrides) => {
    expect(valueAtStake(account(overrides), AS_OF, defaultPolicy, "EUR")).toMatchObject({ amount: 0, cause });
  });

  it("a broken promise (the date passed) is at stake again", () => {
    expect(valueAtStake(account({ promiseDay: AS_OF - 1 }), AS_OF, defaultPolicy, "EUR")).toMatchObject({ amount: 390, cause: "open" });
  });

  it("follows a custom curve and cadence, and never goes negative where a curve rises", () => {
    const policy = { ...defaultPolicy, cadenceDays: 30, collectProbability: [{ days: 0, probability: 1 }, { days: 100, probability: 0.5 }, { days: 200, probability: 0.6 }] };
    expect(valueAtStake(account({ dueDay: AS_OF - 10 }), AS_OF, policy, "USD")).toMatchObject({ amount: 1500, chanceNow: 0.95, chanceLater: 0.8, days: 30 });
    expect(valueAtStake(account({ dueDay: AS_OF - 150 }), AS_OF, policy, "USD").amount).toBe(0);
  });

  it("rounds to the currency's minor unit: whole rupiah and yen, cents elsewhere", () => {
    expect(valueAtStake(account({ balance: 12_345_678 }), AS_OF, defaultPolicy, "IDR").amount).toBe(481_481);
    expect(valueAtStake(account({ balance: 12_345.67 }), AS_OF, defaultPolicy, "JPY").amount).toBe(481);
    expect(valueAtStake(account({ balance: 12_345.67 }), AS_OF, defaultPolicy, null).amount).toBe(481.48);
  });
});

describe("describeStake", () => {
  it.each([
    [account({}), "EUR", "390.00 EUR at stake: the chance of collecting falls from 81% to 77% in the next 10 days"],
    [account({ balance: 12_345_678 }), "IDR", "481,481 IDR at stake: the chance of collecting falls from 81% to 77% in the next 10 days"],
    [account({ dueDay: AS_OF - 900 }), "EUR", "nothing at stake: the chance of collecting (9%) does not fall in the next 10 days"],
    [account({ status: { ...noStatus, disputed: true } }), "EUR", "nothing at stake by waiting: the dispute decides, not the calendar"],
    [account({ promiseDay: AS_OF + 3 }), null, "nothing at stake by waiting: the promised date has not passed"],
    [account({ balance: 0 }), null, "nothing at stake: nothing is owed"],
  ])("%#: %s", (facts, currency, text) => {
    expect(describeStake(valueAtStake(facts, AS_OF, defaultPolicy, currency), currency)).toBe(text);
  });
});
