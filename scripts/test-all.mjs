// `npm test`: everything CI runs, in order, stopping at the first failure:
// typecheck → lint → unit tests → LibreOffice as an outside reader → production build → browser tests → command line → `npm start`
// without Excel (last: it rebuilds dist/ for development). Never `validate` (it needs the internet).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ensureInstalled } from "./ensureInstalled.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const soffice = process.env.SOFFICE_PATH ?? "soffice";
const ci = process.env.CI === "true" || process.env.CI === "1";

const steps = [
  ["npm packages", () => {
    ensureInstalled(); // a fresh clone: npm ci from the lockfile (exits on failure)
    return true;
  }],
  ["Chromium for the browser tests", ensureChromium],
  ["Type-check", () => run("npm", ["run", "--silent", "typecheck"])],
  ["Lint", () => run("npm", ["run", "--silent", "lint"])],
  ["Unit tests (jest)", () => jest("unit", [])],
  ["LibreOffice Calc for the outside-reader tests", ensureLibreOffice],
  ["LibreOffice as an outside reader (jest + soffice)", () => jest("libreoffice", ["--config", "test/libreoffice/jest.libreoffice.config.js"])],
  ["Production build", () => run("npm", ["run", "--silent", "build"])],
  ["Browser tests (jest + Chromium)", () => jest("e2e", ["--config", "jest.e2e.config.js"])],
  ["Command-line build", () => run("npm", ["run", "--silent", "build:cli"])],
  ["Command-line tests (the built bin)", () => jest("cli", ["--config", "test/cli/jest.bin.config.js"])],
  ["npm start without Excel (browser mode)", () => jest("start", ["--config", "test/start/jest.start.config.js"])],
];

// Each jest run also writes its counts, so the last line can total both runs.
const countsDir = `${root}.tmp/test-counts`;
rmSync(countsDir, { recursive: true, force: true });
mkdirSync(countsDir, { recursive: true });

const started = Date.now();
for (const [name, step] of steps) {
  const t0 = Date.now();
  console.log(`\n=== ${name} ===`);
  const ok = step();
  console.log(`--- ${name}: ${ok ? "ok" : "FAILED"} (${seconds(t0)})`);
  if (!ok) {
    console.error(`\nnpm test stopped: "${name}" failed (after ${seconds(started)}).`);
    printTotals(name.startsWith("Unit") || name.startsWith("LibreOffice as") || name.startsWith("Browser") || name.startsWith("Command-line tests") || name.startsWith("npm start") ? 0 : 1);
    process.exit(1);
  }
}
console.log(`\nAll checks passed in ${seconds(started)}.`);
printTotals(0);

/** Runs jest with its usual output, and its counts (--json) into .tmp/test-counts/<name>.json. */
function jest(name, args) {
  return run("npx", ["jest", ...args, ...(ci ? ["--ci"] : []), "--json", `--outputFile=${countsDir}/${name}.json`]);
}

/**
 * One plain closing line over every jest run so far: "tests: N passed, N failed". A failed
 * step that is not a test run (type-check, lint, build) counts as one failure, so a failed
 * run never reports "0 failed".
 */
function printTotals(failedSteps) {
  let passed = 0;
  let failed = failedSteps;
  for (const name of ["unit", "libreoffice", "e2e", "cli", "start"]) {
    const file = `${countsDir}/${name}.json`;
    if (!existsSync(file)) continue;
    const counts = JSON.parse(readFileSync(file, "utf8"));
    passed += counts.numPassedTests;
    failed += counts.numFailedTests + counts.numRuntimeErrorTestSuites;
  }
  console.log(`tests: ${passed} passed, ${failed} failed`);
}

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
  return aptInstall(["chromium"], () => existsSync(chromium), `apt-get installed chromium, but there is nothing at ${chromium} (CHROMIUM_PATH?).`);
}

/** The outside-reader tests convert files with Debian's LibreOffice Calc (soffice) and read PDFs with pdftotext. */
function ensureLibreOffice() {
  const found = () => spawnSync(soffice, ["--version"], { stdio: "ignore" }).status === 0 && spawnSync("pdftotext", ["-v"], { stdio: "ignore" }).status === 0;
  if (found()) {
    console.log(`Using ${soffice} and pdftotext`);
    return true;
  }
  if (process.platform !== "linux" || !existsSync("/usr/bin/apt-get")) {
    console.error("LibreOffice Calc (soffice) or pdftotext is missing: install LibreOffice and poppler-utils (or set SOFFICE_PATH).");
    return false;
  }
  return aptInstall(["--no-install-recommends", "libreoffice-calc", "poppler-utils"], found, `apt-get installed libreoffice-calc, but ${soffice} does not start (SOFFICE_PATH?).`);
}

/** Installs Debian packages as root or with sudo -n; true when `ready()` holds afterwards. */
function aptInstall(packages, ready, notReady) {
  const isRoot = process.getuid?.() === 0;
  const hasSudo = !isRoot && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0;
  if (!isRoot && !hasSudo) {
    console.error(`${packages.filter((name) => !name.startsWith("-")).join(" and ")} missing, and installing needs root: run \`sudo apt-get update && sudo apt-get install -y ${packages.join(" ")}\`, then \`npm test\` again.`);
    return false;
  }
  process.env.DEBIAN_FRONTEND = "noninteractive"; // no prompts (no TTY in CI)
  const apt = (args) => (isRoot ? run("apt-get", args) : run("sudo", ["-n", "DEBIAN_FRONTEND=noninteractive", "apt-get", ...args]));
  const installed = apt(["update"]) && apt(["install", "-y", ...packages]);
  if (installed && !ready()) console.error(notReady);
  return installed && ready();
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
