// Makes `npm start` and `npm test` work on a fresh clone: installs the npm packages from the
// lockfile when node_modules is missing or older than package.json / package-lock.json.
// Only Node built-ins here: this runs before anything is installed.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

/** npm writes node_modules/.package-lock.json on every install: its age tells when we last installed. */
export function ensureInstalled() {
  const marker = join(root, "node_modules", ".package-lock.json");
  const lockfile = join(root, "package-lock.json");
  const installedAt = existsSync(marker) ? statSync(marker).mtimeMs : 0;
  const changedAt = Math.max(statSync(join(root, "package.json")).mtimeMs, existsSync(lockfile) ? statSync(lockfile).mtimeMs : 0);
  if (installedAt >= changedAt) return;
  const command = existsSync(lockfile) ? ["ci"] : ["install"];
  console.log(`Installing the npm packages (npm ${command[0]})…`);
  const result = spawnSync("npm", command, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (result.status !== 0) {
    console.error(`npm ${command[0]} failed (exit ${result.status ?? "?"}); see above.`);
    process.exit(1);
  }
}
