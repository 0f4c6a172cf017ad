import * as fs from "node:fs";
import * as path from "node:path";
import { defaultPolicy } from "../../src/core/policy";
import { policySettings } from "../../src/core/policySettings";
import { surveyProbabilityTable } from "../../src/core/collectProbability";

const doc = fs.readFileSync(path.join(__dirname, "../../docs/policy.md"), "utf8");

describe("docs/policy.md documents the policy the code uses", () => {
  it.each(Object.keys(policySettings))("names the setting %s in its table", (name) => {
    expect(doc).toMatch(new RegExp("\\| `" + name + "` \\|"));
  });

  it("shows every default as the code has it", () => {
    const shown = (name: keyof typeof policySettings) => {
      const row = new RegExp("\\| `" + name + "` \\| ([^|]+) \\|").exec(doc)?.[1]?.trim() ?? "";
      return row.replace(/,/g, "");
    };
    for (const name of Object.keys(policySettings) as (keyof typeof policySettings)[]) {
      const value = defaultPolicy[name];
      const expected =
        typeof value === "boolean" ? String(value).toUpperCase() : typeof value === "number" && policySettings[name] === "rate" ? `${Math.round(value * 1000) / 10}%` : String(value);
      expect(`${name} = ${shown(name)}`).toBe(`${name} = ${expected}`);
    }
  });

  it("prints the probability table the code uses", () => {
    for (const point of surveyProbabilityTable) expect(doc).toContain(`${(point.probability * 100).toFixed(1)}%`);
  });
});
