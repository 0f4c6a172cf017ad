import { readPolicyTable } from "../../src/core/policyTable";
import { upgradePolicySheet } from "../../src/core/policyUpgrade";

describe("upgradePolicySheet: a default an earlier version wrote is not read as the user's choice", () => {
  const before = [["Name", "Value"], ["graceDays", 30], ["language", "en"], ["currency", "USD"]];

  it("reads an earlier version's 'language en' (a sheet with no locale row) as auto, and says so", () => {
    const upgraded = upgradePolicySheet(before);
    expect(upgraded.rows).toEqual([["Name", "Value"], ["graceDays", 30], ["language", "auto"], ["currency", "USD"]]);
    expect(upgraded.notices).toEqual([expect.stringContaining("whose default letter language was English (language en): it is read as auto")]);
    expect(readPolicyTable(upgraded.rows)).toMatchObject({ ok: true, policy: { language: "auto" } });
  });

  it.each([
    ["a sheet with a locale row (written since auto became the default): en is the user's", [...before, ["locale", "auto"]]],
    ["a language other than en", [["graceDays", 30], ["language", "id"]]],
    ["auto already", [["language", "auto"]]],
    ["no language row", [["graceDays", 30]]],
  ])("leaves %s as it is", (_, rows) => {
    expect(upgradePolicySheet(rows)).toEqual({ rows, notices: [] });
  });

  it("matches names and values as the policy reader does (case, spaces) and keeps the set columns", () => {
    const rows = [["Name", "Value", "Setting", "Help", "Strict"], [" Language ", "EN", "Letter language", "…", "lv"]];
    expect(upgradePolicySheet(rows).rows).toEqual([rows[0], [" Language ", "auto", "Letter language", "…", "lv"]]);
  });
});
