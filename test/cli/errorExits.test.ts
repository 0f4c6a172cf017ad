import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { exitCodes } from "../../src/cli/exitCodes";
import { runCli } from "./cliRun";
import { copyFixture, temporaryFolder, writeErrorCases } from "./errorCases";

describe("dunning-desk: every error has its exit code and says why", () => {
  const folder = temporaryFolder();
  let cases: Awaited<ReturnType<typeof writeErrorCases>>;
  beforeAll(async () => {
    cases = await writeErrorCases(folder);
    copyFixture(folder, "plain-table.xlsx");
  });

  it.each([
    ["a missing file", () => ["analyze", "missing.xlsx"], exitCodes.missingFile, /No such file: .*missing\.xlsx/],
    ["a text file named .xlsx", () => ["analyze", cases.text], exitCodes.notXlsx, /is not an \.xlsx workbook/],
    ["a password-protected workbook", () => ["analyze", cases.encrypted], exitCodes.encrypted, /password/],
    ["a sheet without a header row", () => ["analyze", cases.noHeader], exitCodes.noAgingList, /no header row in the first 30 rows/],
    ["--sheet naming no sheet", () => ["analyze", "plain-table.xlsx", "--sheet", "Nope"], exitCodes.noAgingList, /There is no sheet "Nope"/],
    ["an unknown command", () => ["analyse", "plain-table.xlsx"], exitCodes.usage, /unknown command "analyse"/],
    ["an unknown option", () => ["analyze", "plain-table.xlsx", "--colour"], exitCodes.usage, /unknown option --colour/],
    ["an option of another command", () => ["analyze", "plain-table.xlsx", "--from", "ar@example.com"], exitCodes.usage, /--from is not an option of analyze/],
    ["a bad date", () => ["analyze", "plain-table.xlsx", "--as-of", "15/02/2026"], exitCodes.usage, /--as-of must be a date written yyyy-mm-dd/],
    ["a bad language", () => ["analyze", "plain-table.xlsx", "--lang", "de"], exitCodes.usage, /--lang must be en, id, lv or th/],
    ["no workbook", () => ["analyze"], exitCodes.usage, /analyze needs a workbook/],
    ["two workbooks", () => ["analyze", "a.xlsx", "b.xlsx"], exitCodes.usage, /one workbook at a time/],
    ["annotate without -o", () => ["annotate", "plain-table.xlsx"], exitCodes.usage, /annotate needs an output workbook/],
    ["-o equal to the input", () => ["annotate", "plain-table.xlsx", "-o", "plain-table.xlsx"], exitCodes.outputExists, /-o names the input workbook/],
    ["-o naming an existing file", () => ["annotate", "plain-table.xlsx", "-o", cases.text], exitCodes.outputExists, /exists: nothing was written/],
    ["a missing --policy file", () => ["analyze", "plain-table.xlsx", "--policy", "nope.json"], exitCodes.missingFile, /No such policy file/],
    ["a bad --from", () => ["remind", "plain-table.xlsx", "--from", "not an address"], exitCodes.usage, /--from must be one email address/],
  ])("%s", async (_name, argv, code, message) => {
    const run = await runCli(argv(), folder);
    expect(run.code).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe("");
  });

  it("a bad policy setting is exit 9, with the setting named", async () => {
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(folder, "bad-policy.json"), JSON.stringify({ graceDays: -1 }));
    const run = await runCli(["analyze", "plain-table.xlsx", "--policy", "bad-policy.json"], folder);
    expect(run.code).toBe(exitCodes.badPolicy);
    expect(run.stderr).toMatch(/graceDays/);
  });

  it("--json puts the failure on stdout as JSON too", async () => {
    const run = await runCli(["analyze", cases.encrypted, "--json"], folder);
    expect(run.code).toBe(exitCodes.encrypted);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, exitCode: exitCodes.encrypted });
  });

  it("the input is never touched when -o names it", async () => {
    const input = join(folder, "plain-table.xlsx");
    const before = readFileSync(input);
    const mtime = statSync(input).mtimeMs;
    await runCli(["annotate", "plain-table.xlsx", "-o", "./plain-table.xlsx"], folder);
    expect(readFileSync(input).equals(before)).toBe(true);
    expect(statSync(input).mtimeMs).toBe(mtime);
  });

  it("--help lists the commands and every exit code; --version the version", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    for (const word of ["analyze", "annotate", "remind", "--as-of", "--policy", "--override-gap", "--in-place"]) expect(help.stdout).toContain(word);
    for (const code of Object.values(exitCodes)) expect(help.stdout).toMatch(new RegExp(`^ +${code}  `, "m"));
    const version = await runCli(["--version"]);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    expect(existsSync(join(folder, "missing.xlsx"))).toBe(false);
  });
});
