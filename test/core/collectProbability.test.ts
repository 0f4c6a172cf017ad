import { collectProbability, surveyProbabilityTable } from "../../src/core/collectProbability";

describe("collectProbability on the survey curve", () => {
  it.each([
    [-30, 0.949],
    [0, 0.949],
    [30, 0.899],
    [90, 0.696],
    [182, 0.521],
    [365, 0.228],
    [730, 0.093],
    [2000, 0.093],
  ])("%d days: %d", (days, p) => expect(collectProbability(days, surveyProbabilityTable)).toBeCloseTo(p, 10));

  it("interpolates linearly between points", () => {
    expect(collectProbability(15, surveyProbabilityTable)).toBeCloseTo(0.924, 10);
    expect(collectProbability(120, surveyProbabilityTable)).toBeCloseTo(0.696 - (30 / 92) * 0.175, 10);
  });

  it("uses a custom table", () => {
    const table = [
      { days: 0, probability: 1 },
      { days: 100, probability: 0.5 },
    ];
    expect(collectProbability(50, table)).toBeCloseTo(0.75, 10);
  });
});
