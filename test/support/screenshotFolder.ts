// Where the browser tests put the README's screenshots. A test run must leave `git status`
// clean, so by default they go to the ignored .tmp/screenshots/; `npm run screenshots`
// (scripts/screenshots.mjs) sets DUNNING_SCREENSHOTS=docs to refresh docs/screenshots/ on purpose.
import * as fs from "node:fs";
import * as path from "node:path";

/** The environment variable `npm run screenshots` sets to write into docs/screenshots/. */
export const SCREENSHOTS_VARIABLE = "DUNNING_SCREENSHOTS";

/**
 * The folder for the README's screenshots under `root`: docs/screenshots/ only when asked for,
 * else .tmp/screenshots/ (git ignores .tmp/). The folder is created.
 *
 * @example
 * readmeScreenshotFolder("/repo", {}) //=> "/repo/.tmp/screenshots"
 * readmeScreenshotFolder("/repo", { DUNNING_SCREENSHOTS: "docs" }) //=> "/repo/docs/screenshots"
 */
export function readmeScreenshotFolder(root: string, environment: NodeJS.ProcessEnv = process.env): string {
  const folder = environment[SCREENSHOTS_VARIABLE] === "docs" ? path.join(root, "docs", "screenshots") : path.join(root, ".tmp", "screenshots");
  fs.mkdirSync(folder, { recursive: true });
  return folder;
}
