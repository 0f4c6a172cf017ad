// `npm run validate`: Microsoft's online manifest validator, then our offline structural check
// (scripts/manifestCheck.cjs, the same checks as test/manifest.test.ts). Only the offline check
// decides the exit code when the service cannot be reached.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createRequire } from "node:module";
import { root } from "./devServerState.mjs";

const { checkManifestFiles } = createRequire(import.meta.url)("./manifestCheck.cjs");
let failed = false;

console.log("Online validation (office-addin-manifest validate, needs the internet)…");
const online = spawnSync("npx", ["office-addin-manifest", "validate", "manifest.xml"], {
  cwd: root, encoding: "utf8", timeout: 120_000, shell: process.platform === "win32",
});
const output = `${online.stdout ?? ""}${online.stderr ?? ""}`.replace(/^npm warn .*\n/gm, "");
if (/Unable to contact|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|fetch failed/i.test(output) || online.error) {
  console.log("  Skipped: Microsoft's validation service could not be reached (no internet access?).");
} else {
  console.log(output.trim().replace(/^/gm, "  "));
  if (online.status !== 0) failed = true;
}

const distDir = path.join(root, "dist");
const hasBuild = fs.existsSync(path.join(distDir, "taskpane.html"));
console.log(`\nOffline structural check${hasBuild ? " (including the files in dist/)" : ""}…`);
const { problems } = checkManifestFiles({
  manifestPath: path.join(root, "manifest.xml"),
  packageJsonPath: path.join(root, "package.json"),
  ...(hasBuild ? { distDir } : {}),
});
for (const problem of problems) console.log(`  ✗ ${problem}`);
if (problems.length === 0) console.log("  ✓ manifest.xml passes the structural checks.");
if (!hasBuild) console.log('  (Run "npm run build" first to also check that the build serves every URL.)');
process.exit(failed || problems.length > 0 ? 1 : 0);
