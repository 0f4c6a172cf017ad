// Makes sure dist/ holds a production build of the current sources, building only when it is
// missing or older than an input. `npm test` builds before the browser tests anyway; this lets
// `npx jest` run alone from a fresh clone.
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

export const rootDir = path.resolve(__dirname, "../..");
export const distDir = path.join(rootDir, "dist");

const INPUTS = ["src", "assets", "manifest.xml", "webpack.config.js", "package.json", "tsconfig.json"];
const MARKER = path.join(distDir, "taskpane.html"); // written last-ish by html-webpack-plugin

export function ensureProductionBuild(): void {
  if (fs.existsSync(MARKER) && newestInput() <= fs.statSync(MARKER).mtimeMs) return;
  const webpackCli = require.resolve("webpack-cli/bin/cli.js", { paths: [rootDir] });
  try {
    execFileSync(process.execPath, [webpackCli, "--mode", "production"], { cwd: rootDir, stdio: "pipe", timeout: 300_000 });
  } catch (error) {
    const output = error instanceof Error && "stdout" in error ? String(error.stdout) : String(error);
    throw new Error(`The production build failed:\n${output}`);
  }
}

function newestInput(): number {
  return Math.max(...INPUTS.map((input) => newestIn(path.join(rootDir, input))));
}

function newestIn(file: string): number {
  if (!fs.existsSync(file)) return 0;
  const stat = fs.statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(file).map((name) => newestIn(path.join(file, name))));
}
