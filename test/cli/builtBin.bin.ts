/*
 * The built command line as a user runs it: `node bin/dunning-desk.js …` in a child process,
 * checked by exit code, stdout and stderr (jest.bin.config.js; run after the CLI build).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { exitCodes } from "../../src/cli/exitCodes";
import { fixturesDir } from "./fixturesDir";
import { temporaryFolder, writeErrorCases } from "./errorCases";

const bin = join(__dirname, "..", "..", "bin", "dunning-desk.js");

function dunningDesk(args: readonly string[], cwd = fixturesDir): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("the built bin", () => {
  beforeAll(() => {
    dunningDesk(["--version"]); // builds dist-cli/ when stale, outside the timed tests
  }, 180_000);

  it("--help exits 0 with the usage and the exit codes", () => {
    const run = dunningDesk(["--help"]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^dunning-desk \d+\.\d+\.\d+/);
    expect(run.stdout).toContain("Exit codes:");
  });

  it("analyze --json prints only JSON on stdout (piped: no progress), a summary line on stderr", () => {
    const run = dunningDesk(["analyze", "plain-table.xlsx", "--json", "--as-of", "2026-02-15"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, command: "analyze", summary: { invoices: 40 } });
    expect(run.stderr).toMatch(/^analyze: 40 invoices, 7 customers, .*\(\d+\.\d s\)\n$/);
  });

  it("annotate writes the output; remind writes .eml drafts (exceljs and mimetext load in Node)", () => {
    const folder = temporaryFolder();
    const annotate = dunningDesk(["annotate", "indonesian-hand-made.xlsx", "-o", join(folder, "out.xlsx"), "-q"]);
    expect(annotate.status).toBe(0);
    expect(existsSync(join(folder, "out.xlsx"))).toBe(true);
    const remind = dunningDesk(["remind", "indonesian-hand-made.xlsx", "--out", join(folder, "drafts"), "--from", "ar@example.com", "--as-of", "2026-02-15", "-q"]);
    expect(remind.status).toBe(0);
    expect(remind.stdout).toMatch(/Wrote 2 drafts/);
  });

  // Issue 12.7: the README's scheduled morning run, annotating yesterday's annotated file.
  it("annotate on its own output exits 0 without --force and moves the as-of date", () => {
    const folder = temporaryFolder();
    const first = dunningDesk(["annotate", "plain-table.xlsx", "-o", join(folder, "monday.xlsx"), "--as-of", "2026-02-16", "-q"]);
    expect(first.status).toBe(0);
    const second = dunningDesk(["annotate", join(folder, "monday.xlsx"), "-o", join(folder, "tuesday.xlsx"), "--as-of", "2026-02-17", "--json"]);
    expect(second.stderr).not.toMatch(/already hold data/);
    expect(second.status).toBe(0);
    const report = JSON.parse(second.stdout) as { asOf: string; columns: { column: string; reused: boolean }[] };
    expect(report.asOf).toBe("2026-02-17");
    expect(report.columns.map((column) => [column.column, column.reused])).toEqual(["I", "J", "K", "L", "M", "N"].map((column) => [column, true]));
  });

  it("exit codes: missing 3, not .xlsx 4, encrypted 5, no header 6, output exists 7, usage 2", async () => {
    const folder = temporaryFolder();
    const cases = await writeErrorCases(folder);
    expect(dunningDesk(["analyze", "missing.xlsx"]).status).toBe(exitCodes.missingFile);
    expect(dunningDesk(["analyze", cases.text]).status).toBe(exitCodes.notXlsx);
    expect(dunningDesk(["analyze", cases.encrypted]).status).toBe(exitCodes.encrypted);
    expect(dunningDesk(["analyze", cases.noHeader]).status).toBe(exitCodes.noAgingList);
    expect(dunningDesk(["annotate", "plain-table.xlsx", "-o", "plain-table.xlsx"]).status).toBe(exitCodes.outputExists);
    expect(dunningDesk(["annotate", "plain-table.xlsx", "-o", cases.text]).status).toBe(exitCodes.outputExists);
    expect(dunningDesk(["frobnicate"]).status).toBe(exitCodes.usage);
  });
});
