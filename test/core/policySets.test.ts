import { defaultPolicy } from "../../src/core/policy";
import { policyLabels, settingLabel } from "../../src/core/policyLabels";
import { readPolicySets } from "../../src/core/policySets";
import { policySettings, type SingleSetting } from "../../src/core/policySettings";
import { policyLayout } from "../../src/workbook/policyLayout";
import { policyRows } from "../../src/workbook/policyRows";

const header = ["Name", "Value", "Setting", "Help", "Strict", "Export"];

describe("named policy sets: extra columns of the policy Table", () => {
  it("reads each set over the Value column, a blank cell keeping the value", () => {
    const read = readPolicySets([header, ["graceDays", 30, "Grace period (days)", "", 14, ""], ["roundTo IDR", 1000, "", "", "", 5000], ["currency", "USD", "", "", "", "EUR"]]);
    expect(read).toEqual({
      ok: true,
      sets: [
        { name: "Strict", policy: { ...defaultPolicy, graceDays: 14 } },
        { name: "Export", policy: { ...defaultPolicy, currency: "EUR", roundingSteps: { ...defaultPolicy.roundingSteps, IDR: 5000 } } },
      ],
    });
  });

  it("refuses a bad value, naming the set and the setting", () => {
    expect(readPolicySets([header, ["graceDays", 30, "", "", -1, ""]])).toEqual({ ok: false, problem: 'policy set "Strict": policy setting graceDays must not be negative' });
  });

  it("a Table without set columns has none", () => expect(readPolicySets([["Name", "Value"], ["graceDays", 30]])).toEqual({ ok: true, sets: [] }));

  it.each<[readonly string[], unknown]>([
    [["Name", "Value"], { at: { Name: 0, Value: 1, Setting: 2, Help: 3 }, added: ["Setting", "Help"], sets: [] }],
    [["Name", "Value", "Strict"], { at: { Name: 0, Value: 1, Setting: 3, Help: 4 }, added: ["Setting", "Help"], sets: [{ name: "Strict", column: 2 }] }],
    [header, { at: { Name: 0, Value: 1, Setting: 2, Help: 3 }, added: [], sets: [{ name: "Strict", column: 4 }, { name: "Export", column: 5 }] }],
  ])("the layout of a Table headed %j", (cells, layout) => expect(policyLayout(cells)).toEqual(layout));
});

describe("every setting has a plain label and one line of help on the policy sheet", () => {
  it.each(Object.keys(policySettings) as SingleSetting[])("%s", (name) => {
    expect(policyLabels[name]?.label.length ?? 0).toBeGreaterThan(3);
    expect(settingLabel(name).help.length).toBeGreaterThan(10);
  });

  it("every row the sheet gets carries its label and help, tables included", () => {
    for (const row of policyRows(defaultPolicy)) expect([row.name, row.label.length > 3, row.help.length > 10]).toEqual([row.name, true, true]);
    expect(policyRows(defaultPolicy).find((row) => row.name === "roundTo IDR")).toMatchObject({ value: 1000, label: "Round offers in IDR to" });
  });
});
