import { defaultPolicy } from "../../src/core/policy";
import { bucketEdgesArgument, policyArgument } from "../../src/functions/rangeArguments";

describe("range arguments are read once and re-read when their cells change", () => {
  it("reuses the reading of an equal policy range (a fresh copy each call, as Excel passes it)", () => {
    const first = policyArgument([["graceDays", 14]]);
    expect(policyArgument([["graceDays", 14]])).toBe(first);
  });

  it("re-reads a policy range whose cells changed", () => {
    expect(policyArgument([["graceDays", 14]]).graceDays).toBe(14);
    expect(policyArgument([["graceDays", 10]]).graceDays).toBe(10);
    expect(policyArgument([["graceDays", 10], ["cadenceDays", 12]]).cadenceDays).toBe(12);
  });

  it("a left-out policy is the default policy", () => {
    expect(policyArgument(null)).toBe(defaultPolicy);
    expect(policyArgument(undefined)).toBe(defaultPolicy);
  });

  it("a bad range after a good one is still refused", () => {
    policyArgument([["graceDays", 14]]);
    expect(() => policyArgument([["graceDays", -1]])).toThrow("policy setting graceDays must not be negative");
  });

  it("edges: a row or a column of numbers, blanks ignored, re-read when changed", () => {
    expect(bucketEdgesArgument([[15, 45, ""]])).toEqual([15, 45]);
    expect(bucketEdgesArgument([[10], [20]])).toEqual([10, 20]);
  });
});
