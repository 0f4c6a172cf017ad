import { defaultPolicy } from "../../src/core/policy";
import { policySettings } from "../../src/core/policySettings";
import { asOfText, checkPolicyEdits, readAsOf, settingLines, valueText } from "../../src/taskpane/policyForm";

describe("policy form", () => {
  it("lists every setting with its default, then the probability table", () => {
    const lines = settingLines(defaultPolicy);
    expect(lines.slice(0, Object.keys(policySettings).length).map((line) => line.name)).toEqual(Object.keys(policySettings));
    expect(lines.find((line) => line.name === "agencyFeeRate")).toMatchObject({ defaultText: "30%", valueText: "30%" });
    expect(lines.find((line) => line.name === "courtesyReminder")).toMatchObject({ defaultText: "FALSE" });
    expect(lines.filter((line) => line.name.startsWith("collectProb"))).toHaveLength(defaultPolicy.collectProbability.length);
  });

  it.each([
    ["rate", 0.3, "30%"],
    ["rate", 0.949, "94.9%"],
    ["days", 30, "30"],
    ["boolean", true, "TRUE"],
  ] as const)("valueText(%p, %p) is %p", (kind, value, text) => expect(valueText(kind, value)).toBe(text));

  it("reads the unchanged form back as the same policy", () => {
    const result = checkPolicyEdits(settingLines(defaultPolicy).map((line) => [line.name, line.valueText] as const), defaultPolicy);
    expect(result).toEqual({ ok: true, policy: defaultPolicy });
  });

  it.each([
    ["minContactGapDays", "-1", "policy setting minContactGapDays must not be negative"],
    ["agencyFeeRate", "150%", "policy setting agencyFeeRate must be a rate from 0 to 1 (0% to 100%)"],
    ["graceDays", "soon", 'policy setting graceDays must be a number, not "soon"'],
  ])("refuses %s = %s with the core's message", (name, text, message) => {
    expect(checkPolicyEdits([[name, text]], defaultPolicy)).toEqual({ ok: false, bySetting: { [name]: message }, general: null });
  });

  it("keeps a changed value as typed and the others exact", () => {
    const lines = settingLines(defaultPolicy).map((line) => [line.name, line.name === "graceDays" ? "45" : line.valueText] as const);
    expect(checkPolicyEdits(lines, defaultPolicy)).toEqual({ ok: true, policy: { ...defaultPolicy, graceDays: 45 } });
  });

  it("checks rules across settings on the whole form", () => {
    const result = checkPolicyEdits([["minContactGapDays", "20"], ["cadenceDays", "10"]], defaultPolicy);
    expect(result).toEqual({ ok: false, bySetting: {}, general: "policy setting cadenceDays must not be below minContactGapDays (R17)" });
    expect(checkPolicyEdits([["minContactGapDays", "20"], ["cadenceDays", "25"]], defaultPolicy).ok).toBe(true);
  });

  it("keeps the default for a blank field", () => {
    expect(checkPolicyEdits([["graceDays", "  "]], { ...defaultPolicy, graceDays: 14 })).toEqual({ ok: true, policy: defaultPolicy });
  });

  it("reads the as-of date as an Excel serial", () => {
    expect(readAsOf("2026-01-31", 1900)).toEqual({ ok: true, day: 20484, serial: 46053 });
    expect(readAsOf("2026-01-31", 1904)).toEqual({ ok: true, day: 20484, serial: 44591 });
    expect(readAsOf("31/01/2026", 1900)).toEqual({ ok: false, message: "as-of date is not a date: use an Excel date or yyyy-mm-dd text" });
    expect(asOfText(20484)).toBe("2026-01-31");
  });
});
