import { agingBucket, areBucketEdges, bucketIndex, bucketLabels, daysOverdue } from "../../src/core/aging";

describe("daysOverdue", () => {
  it("counts whole days, 0 on the due date, negative before", () => {
    expect(daysOverdue(100, 134)).toBe(34);
    expect(daysOverdue(100, 100)).toBe(0);
    expect(daysOverdue(100, 95)).toBe(-5);
  });
});

describe("agingBucket with the default CRF buckets", () => {
  it.each([
    [-10, "Current"],
    [0, "Current"],
    [1, "1-30"],
    [30, "1-30"],
    [31, "31-60"],
    [60, "31-60"],
    [61, "61-90"],
    [90, "61-90"],
    [91, "91-120"],
    [120, "91-120"],
    [121, "120+"],
    [5000, "120+"],
  ])("day %d falls in %s", (days, label) => expect(agingBucket(days)).toBe(label));
});

describe("custom bucket edges", () => {
  it("labels buckets from the edges", () => {
    expect(bucketLabels([15, 45])).toEqual(["Current", "1-15", "16-45", "45+"]);
    expect(agingBucket(16, [15, 45])).toBe("16-45");
    expect(bucketIndex(46, [15, 45])).toBe(3);
  });

  it.each([
    [[30, 60, 90], true],
    [[60, 30], false],
    [[0, 30], false],
    [[30, 30], false],
    [[7.5], false],
  ])("edges %j usable: %s", (edges, ok) => expect(areBucketEdges(edges)).toBe(ok));
});
