#!/usr/bin/env node
// `npx dunning-desk`: runs the built command line (dist-cli/dunning-desk.js), building it first
// when it is missing or older than a source (a fresh clone after `npm ci`, or after an edit), so
// it works without a separate build step. Only Node built-ins before the build exists.
const { execFileSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const built = path.join(root, "dist-cli", "dunning-desk.js");
const inputs = ["src", "package.json", "tsconfig.json", "webpack.cli.config.js"].map((name) => path.join(root, name));

if (needsBuild()) build();
require(built);

function needsBuild() {
  if (!fs.existsSync(built)) return true;
  if (!fs.existsSync(path.join(root, "src"))) return false; // an installed copy without sources
  const builtAt = fs.statSync(built).mtimeMs;
  return inputs.some((input) => newest(input) > builtAt);
}

function newest(file) {
  if (!fs.existsSync(file)) return 0;
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(file).map((name) => newest(path.join(file, name))));
}

/** One build at a time: a second run waits for the first one's lock (a folder) to go. */
function build() {
  const lock = path.join(root, ".dist-cli.lock");
  for (let waited = 0; ; waited += 200) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (waited > 180_000 || Date.now() - fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs > 300_000) fs.rmSync(lock, { recursive: true, force: true });
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (!needsBuild()) return; // built by the run we waited for
    process.stderr.write("dunning-desk: building the command line (first run, or the sources changed)…\n");
    let webpack;
    try {
      webpack = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
    } catch {
      process.stderr.write("dunning-desk: webpack is not installed: run `npm ci` (or `npm install`) in the project first.\n");
      process.exit(1);
    }
    try {
      execFileSync(process.execPath, [webpack, "--config", path.join(root, "webpack.cli.config.js"), "--mode", "production"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    } catch (error) {
      process.stderr.write(`dunning-desk: the build failed:\n${String(error.stdout ?? "")}${String(error.stderr ?? "")}\n`);
      process.exit(1);
    }
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}
