/*
 * File faults as a user meets them with the built command line: no bug report, no stack, the
 * settled exit code. Tests run as root, where chmod stops nothing: /sys refuses new files
 * (EACCES), a path under a file is ENOTDIR, and `| head` closes the pipe early (EPIPE).
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { exitCodes } from "../../src/cli/exitCodes";
import { fixturesDir } from "./fixturesDir";
import { temporaryFolder } from "./errorCases";

const bin = join(__dirname, "..", "..", "bin", "dunning-desk.js");

function dunningDesk(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: fixturesDir, encoding: "utf8", timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the built bin answers file faults", () => {
  beforeAll(() => {
    dunningDesk(["--version"]); // builds dist-cli/ when stale
  }, 180_000);

  it("a folder that refuses new files (/sys, even to root): exit 12 naming the output", () => {
    const run = dunningDesk(["annotate", "plain-table.xlsx", "-o", "/sys/ar-annotated.xlsx", "-q"]);
    expect(run.status).toBe(exitCodes.permissionDenied);
    expect(run.stderr).toContain("/sys/ar-annotated.xlsx could not be written");
    expect(run.stderr).not.toMatch(/a bug|\n\s+at |\.tmp\b/);
  });

  it("an output under a file: exit 14", () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, "reports"), "a file");
    const run = dunningDesk(["remind", "indonesian-hand-made.xlsx", "--out", join(folder, "reports", "drafts"), "--from", "ar@example.com", "-q"]);
    expect(run.status).toBe(exitCodes.notADirectory);
    expect(run.stderr).toContain(`${join(folder, "reports")} is a file, not a folder`);
  });

  it("output piped into head ends quietly with 0 (the JSON of the long-names corpus is far larger than a pipe holds)", () => {
    const command = `set -o pipefail; node "${bin}" --help | head -c 20 >/dev/null; echo "status $?"; node "${bin}" analyze hostile/long-names.xlsx --as-of 2026-02-15 --json | head -c 1 >/dev/null; echo "status $?"`;
    const result = spawnSync("bash", ["-c", command], { cwd: fixturesDir, encoding: "utf8", timeout: 120_000 });
    expect(result.stdout).toBe("status 0\nstatus 0\n");
    expect(result.stderr).not.toMatch(/EPIPE|Error|a bug/);
  });
});
