// Item 9 of issue 13: a test run leaves `git status` clean. The browser tests write the README's
// screenshots to an ignored folder; only `npm run screenshots` writes docs/screenshots/.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readmeScreenshotFolder } from "../support/screenshotFolder";

const rootDir = path.resolve(__dirname, "../..");
const e2eDir = path.join(rootDir, "test", "e2e");

describe("where the README's screenshots go", () => {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "shots-"));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it.each([
    [{}, ".tmp/screenshots"],
    [{ DUNNING_SCREENSHOTS: "" }, ".tmp/screenshots"],
    [{ DUNNING_SCREENSHOTS: "yes" }, ".tmp/screenshots"],
    [{ DUNNING_SCREENSHOTS: "docs" }, "docs/screenshots"],
  ])("environment %j → %s", (environment, folder) => {
    expect(readmeScreenshotFolder(scratch, environment)).toBe(path.join(scratch, folder));
    expect(fs.statSync(path.join(scratch, folder)).isDirectory()).toBe(true);
  });

  it("the test run's folder is ignored by git", () => {
    const folder = path.relative(rootDir, path.join(rootDir, ".tmp", "screenshots", "paneFlow.png"));
    expect(execFileSync("git", ["check-ignore", folder], { cwd: rootDir, encoding: "utf8" }).trim()).toBe(folder);
  });

  it("no browser test writes into docs/ by itself", () => {
    const writers = fs
      .readdirSync(e2eDir)
      .filter((name) => /"docs"|docs\/screenshots["'`]/.test(fs.readFileSync(path.join(e2eDir, name), "utf8")));
    expect(writers).toEqual([]);
  });

  it("npm run screenshots is the one way to refresh docs/screenshots/", () => {
    const { scripts } = JSON.parse(fs.readFileSync(path.join(rootDir, "package.json"), "utf8")) as { scripts: Record<string, string> };
    expect(scripts["screenshots"]).toBe("node scripts/screenshots.mjs");
    expect(fs.readFileSync(path.join(rootDir, "scripts", "screenshots.mjs"), "utf8")).toContain('DUNNING_SCREENSHOTS: "docs"');
  });
});
