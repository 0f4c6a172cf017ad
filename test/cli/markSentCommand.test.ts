import { copyFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { exitCodes } from "../../src/cli/exitCodes";
import { runCli } from "./cliRun";
import { copyFixture, temporaryFolder } from "./errorCases";

interface Marked {
  readonly logged: string[];
  readonly alreadyLogged: string[];
  readonly markedBy: string;
  readonly createdColumns: string[];
}

/** The Xero fixture with a Reminders sheet drafted on 2026-02-15; returns its path and the batch's ids. */
let drafts = 0;
async function drafted(folder: string): Promise<{ file: string; ids: string[] }> {
  drafts += 1;
  const file = join(folder, `drafted-${drafts}.xlsx`);
  const run = await runCli(["remind", copyFixture(folder, "xero-aged-receivables.xlsx"), "-o", file, "--as-of", "2026-02-15", "--json", "--quiet"]);
  expect(run.code).toBe(0);
  return { file, ids: (JSON.parse(run.stdout) as { messages: { draftId: string }[] }).messages.map((message) => message.draftId) };
}

describe("dunning-desk mark-sent", () => {
  const folder = temporaryFolder();

  it("logs the messages with who marked them, once", async () => {
    const { file, ids } = await drafted(folder);
    const out = join(folder, "marked.xlsx");
    const run = await runCli(["mark-sent", file, "--draft", ids[0] ?? "", "-o", out, "--as-of", "2026-02-16", "--by", "Dana", "--json", "--quiet"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ logged: [ids[0] ?? ""], alreadyLogged: [], markedBy: "Dana", createdColumns: ["Last contact", "Reminders sent"] } satisfies Partial<Marked>);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const log = workbook.getWorksheet("Contact Log");
    expect(log?.getRow(1).values).toEqual(expect.arrayContaining(["Draft id", "Marked by", "Undoes"]));
    expect(log?.getRow(2).getCell(11).value).toBe(ids[0]);
    expect(log?.getRow(2).getCell(12).value).toBe("Dana");
    const again = await runCli(["mark-sent", out, "--all", "--in-place", "--as-of", "2026-02-16", "--json", "--quiet"]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toMatchObject({ logged: ids.slice(1), alreadyLogged: [ids[0]] });
  });

  it("exits 11 and writes nothing when a row moved since drafting", async () => {
    const { file, ids } = await drafted(folder);
    // Swap two invoice rows of one customer (sheet rows 7 and 8): the messages no longer match the list.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    const [first, second] = [sheet?.getRow(7), sheet?.getRow(8)];
    expect(first?.getCell(1).value).toBe(second?.getCell(1).value);
    const cells = (row: ExcelJS.Row | undefined) => Array.from({ length: 10 }, (_, c) => row?.getCell(c + 1).value ?? null);
    const [a, b] = [cells(first), cells(second)];
    a.forEach((value, c) => second && (second.getCell(c + 1).value = value));
    b.forEach((value, c) => first && (first.getCell(c + 1).value = value));
    const changed = join(folder, "changed.xlsx");
    await workbook.xlsx.writeFile(changed);
    const out = join(folder, "not-written.xlsx");
    const run = await runCli(["mark-sent", changed, "--all", "-o", out, "--as-of", "2026-02-16", "--json", "--quiet"]);
    expect(run.code).toBe(exitCodes.listChanged);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, exitCode: 11, missing: expect.arrayContaining([expect.stringMatching(/^2026-02-15-[0-9a-f]{32}$/)]) as unknown });
    expect(ids.length).toBeGreaterThan(0);
    expect((await runCli(["analyze", out, "--quiet"])).code).toBe(exitCodes.missingFile);
  });

  it.each([
    [["--all", "--draft", "x"], /--draft <id> .* or --all, not both/],
    [[], /--draft <id> .* or --all, not both/],
    [["--draft", "2026-02-15-00000000000000000000000000000000"], /Not on the Reminders sheet/],
  ])("refuses %j with a usage error", async (options, message) => {
    const { file } = await drafted(folder);
    const run = await runCli(["mark-sent", file, ...options, "-o", join(folder, "x.xlsx"), "--quiet"]);
    expect(run.code).toBe(exitCodes.usage);
    expect(run.stderr).toMatch(message);
  });

  it("needs a Reminders sheet", async () => {
    const plain = join(folder, "plain.xlsx");
    copyFileSync(copyFixture(folder, "xero-aged-receivables.xlsx"), plain);
    const run = await runCli(["mark-sent", plain, "--all", "-o", join(folder, "y.xlsx"), "--quiet"]);
    expect(run.code).toBe(exitCodes.usage);
    expect(run.stderr).toMatch(/no Reminders sheet: run dunning-desk remind with -o first/);
  });
});
