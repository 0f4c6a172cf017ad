// `npm test`: everything CI runs, in order, stopping at the first failure:
// typecheck → lint → unit tests → production build → browser tests.
// Never `start`, `dev-server` or `validate` (they need Office, certificates or the internet).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ensureInstalled } from "./ensureInstalled.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ci = process.env.CI === "true" || process.env.CI === "1";

const steps = [
  ["npm packages", () => {
    ensureInstalled(); // a fresh clone: npm ci from the lockfile (exits on failure)
    return true;
  }],
  ["Chromium for the browser tests", ensureChromium],
  ["Type-check", () => run("npm", ["run", "--silent", "typecheck"])],
  ["Lint", () => run("npm", ["run", "--silent", "lint"])],
  ["Unit tests (jest)", () => run("npx", ["jest", ...(ci ? ["--ci"] : [])])],
  ["Production build", () => run("npm", ["run", "--silent", "build"])],
  ["Browser tests (jest + Chromium)", () => run("npx", ["jest", "--config", "jest.e2e.config.js", ...(ci ? ["--ci"] : [])])],
];

const started = Date.now();
for (const [name, step] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const ok = step();
  console.log(`--- ${name}: ${ok ? "ok" : "FAILED"} (${seconds(t0)})`);
  if (!ok) {
    console.error(`\nnpm test stopped: "${name}" failed (after ${seconds(started)}).`);
    process.exit(1);
  }
}
console.log(`\nAll checks passed in ${seconds(started)}.`);

/** Runs a command with the output shown as it comes; true when it exits 0. */
function run(command, args) {
  // npm and npx are .cmd scripts on Windows, which only a shell can start.
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  if (result.error) console.error(`Could not run ${command}: ${result.error.message}`);
  return result.status === 0;
}

/** The browser tests drive Debian's chromium; install it with apt-get if it is missing. */
function ensureChromium() {
  if (existsSync(chromium)) {
    console.log(`Using ${chromium}`);
    return true;
  }
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) {
    console.error(`No Chromium at ${chromium}. Install Chromium and set CHROMIUM_PATH to its executable.`);
    return false;
  }
  const isRoot = process.getuid?.() === 0;
  const hasSudo = !isRoot && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
  if (!isRoot && !hasSudo) {
    console.error("Chromium is missing and installing it needs root: run `sudo apt-get update && sudo apt-get install -y chromium`, then `npm test` again.");
    return false;
  }
  process.env.DEBIAN_FRONTEND = "noninteractive"; // no prompts (no TTY in CI)
  const apt = (args) => (isRoot ? run("apt-get", args) : run("sudo", ["-n", "DEBIAN_FRONTEND=noninteractive", "apt-get", ...args]));
  const installed = apt(["update"]) && apt(["install", "-y", "chromium"]);
  if (installed && !existsSync(chromium)) console.error(`apt-get installed chromium, but there is nothing at ${chromium} (CHROMIUM_PATH?).`);
  return installed && existsSync(chromium);
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
