import { roundToCents, roundUpTo } from "../../src/core/money";

describe("money", () => {
  it.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [-1.005, -1.0],
    [4422.543478, 4422.54],
  ])("roundToCents(%d) = %d", (amount, cents) => expect(roundToCents(amount)).toBe(cents));

  it("rounds offers up to the step, never above the ceiling", () => {
    expect(roundUpTo(4471.52, 10, 10_000)).toBe(4480);
    expect(roundUpTo(1120 * 4, 10, 10_000)).toBe(4480);
    expect(roundUpTo(4480.000000000005, 10, 10_000)).toBe(4480); // float noise, not a cent
    expect(roundUpTo(9995, 100, 9999.5)).toBe(9999.5);
    expect(roundUpTo(959.99, 1, 1000)).toBe(960);
  });
});
