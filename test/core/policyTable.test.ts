import fc from "fast-check";
import { defaultPolicy } from "../../src/core/policy";
import { policySettings } from "../../src/core/policySettings";
import { readPolicyTable } from "../../src/core/policyTable";

const problemOf = (rows: unknown[][]) => {
  const result = readPolicyTable(rows);
  return result.ok ? "ok" : result.problem;
};
const policyOf = (rows: unknown[][]) => {
  const result = readPolicyTable(rows);
  if (!result.ok) throw new Error(result.problem);
  return result.policy;
};

describe("reading a policy range", () => {
  it("an empty range is the default policy", () => expect(policyOf([])).toEqual(defaultPolicy));

  it("overrides by name, in any case and spacing, with a header row and blank rows", () => {
    const policy = policyOf([
      ["Name", "Value"],
      ["Grace days", 14],
      [null, null],
      [0, 0],
      ["AGENCY_FEE_RATE", "25%"],
      ["courtesyReminder", true],
      ["smallClaimsLimit", "12,500"],
    ]);
    expect(policy).toMatchObject({ graceDays: 14, agencyFeeRate: 0.25, courtesyReminder: true, smallClaimsLimit: 12_500 });
  });

  it("collectProb rows replace the probability table", () => {
    const policy = policyOf([
      ["collectProb 90", 0.5],
      ["collectProb 0", 1],
    ]);
    expect(policy.collectProbability).toEqual([
      { days: 0, probability: 1 },
      { days: 90, probability: 0.5 },
    ]);
  });

  it.each([
    [[["graceDays", -1]], "policy setting graceDays must not be negative"],
    [[["graceDays", 2.5]], "policy setting graceDays must be a whole number"],
    [[["agencyFeeRate", 1.2]], "policy setting agencyFeeRate must be a rate from 0 to 1 (0% to 100%)"],
    [[["agencyFeeRate", "lots"]], 'policy setting agencyFeeRate must be a number, not "lots"'],
    [[["courtesyReminder", "maybe"]], 'policy setting courtesyReminder must be TRUE or FALSE, not "maybe"'],
    [[["roundTo", 0]], "policy setting roundTo must be greater than 0"],
    [[["dateSystem", 2000]], "policy setting dateSystem must be 1900 or 1904"],
    [[["graceDay", 10]], 'policy has an unknown setting "graceDay"'],
    [[["graceDays", 10], ["grace days", 12]], 'policy names the setting "grace days" twice'],
    [[["graceDays"]], "policy must be a range of two columns: name and value"],
    [[["cadenceDays", 5]], "policy setting cadenceDays must not be below minContactGapDays (R17)"],
    [[["settlementDays", 20]], "policy setting settlementDays must not be below graceDays"],
    [[["incentiveStartRate", 0.2]], "policy setting incentiveStartRate must not exceed incentiveMaxRate"],
    [[["collectProb 90", 1.5]], "policy setting collectProb 90 must be a rate from 0 to 1 (0% to 100%)"],
  ])("%j is refused: %s", (rows, message) => expect(problemOf(rows)).toBe(message));

  it("every setting of the policy can be overridden by its own name", () => {
    for (const name of Object.keys(policySettings) as (keyof typeof policySettings)[]) {
      const changed = name === "dateSystem" ? 1904 : name === "courtesyReminder" ? true : defaultPolicy[name];
      expect(policyOf([[name, changed]])[name]).toBe(changed);
    }
  });
});

describe("policy values through the one cell reader (issues 10 and 13)", () => {
  it.each<[unknown[][], string, unknown]>([
    [[["smallClaimsLimit", "12.500"], ["decimalSeparator", ","]], "smallClaimsLimit", 12_500],
    [[["smallClaimsLimit", "12,500"]], "smallClaimsLimit", 12_500],
    [[["smallClaimsLimit", "500.000.000"], ["currency", "IDR"]], "smallClaimsLimit", 500_000_000],
    [[["smallClaimsLimit", "12.500"], ["currency", "IDR"]], "smallClaimsLimit", 12_500],
    [[["agencyFeeRate", "25,5%"], ["decimalSeparator", "comma"]], "agencyFeeRate", 0.255],
    [[["agencyFeeRate", "30%"]], "agencyFeeRate", 0.3],
    [[["graceDays", null]], "graceDays", 0],
    [[["graceDays", 0]], "graceDays", 0],
    [[["graceDays", 36_500], ["settlementDays", 36_500]], "graceDays", 36_500],
  ])("%j → %s = %j", (rows, name, value) => {
    const result = readPolicyTable(rows);
    expect(result.ok && result.policy[name as keyof typeof result.policy]).toEqual(value);
  });

  it.each<[unknown[][], string]>([
    [[["smallClaimsLimit", "12.500"]], "policy setting smallClaimsLimit is ambiguous"],
    [[["graceDays", 36_501], ["settlementDays", 40_000]], "policy setting graceDays must be at most 36,500 days"],
    [[["collectionCost", 1e308]], "policy setting collectionCost is above the largest amount the desk accepts (10,000,000,000,000)"],
    [[["roundTo", "9".repeat(32_766)]], "policy setting roundTo must be a number"],
    [[["roundTo", Infinity]], "policy setting roundTo must be a number"],
    [[["attorneyCost", "10.000.000.000.000.000"], ["decimalSeparator", ","]], "policy setting attorneyCost is above the largest amount the desk accepts (10,000,000,000,000)"],
  ])("%j is refused: %s", (rows, message) => {
    const result = readPolicyTable(rows);
    expect(result.ok ? "read" : result.problem).toContain(message);
  });
});

describe("readPolicyTable takes any range", () => {
  const names = fc.oneof(fc.constantFrom(...Object.keys(policySettings), "collectProb 90", "Name", ""), fc.string(), fc.constant(null), fc.constant(0));
  const values = fc.oneof(fc.double(), fc.string(), fc.stringMatching(/^[0-9.,% ]{0,12}$/), fc.constantFrom<unknown>(null, 0, "", true, "9".repeat(32_766), ",", "IDR", 1904));
  it("answers a policy whose numbers are finite and inside their limits, or a message: never a throw", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(names, values), { maxLength: 6 }), (rows) => {
        const result = readPolicyTable(rows);
        if (!result.ok) return expect(typeof result.problem).toBe("string");
        for (const [name, kind] of Object.entries(policySettings)) {
          const value = result.policy[name as keyof typeof policySettings];
          if (kind === "days") expect(value).toBeLessThanOrEqual(36_500);
          if (kind === "amount" || kind === "positiveAmount") expect(Math.abs(value as number)).toBeLessThanOrEqual(1e13);
          if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
        }
        return undefined;
      }),
      { seed: 20_261_202, numRuns: 10_000 },
    );
  });
});
