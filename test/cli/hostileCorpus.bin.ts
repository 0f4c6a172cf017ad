/*
 * The hostile corpus (test/support/hostileCorpus.ts; issue 13) through the built command line,
 * as a user runs it: every file through annotate, remind (drafts and Reminders sheet) and
 * mark-sent, each in a child process. The promises: exit 0 or the documented code, never a bug
 * report or a stack; no run stalls; every user formula and its cached result come out byte for
 * byte; output lines stay narrow and free of bidi controls and terminal escapes; a formula in a
 * column Mark as sent writes stops it until --force; two invoices swapped between drafting and
 * marking write nothing and say where the invoices are now.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { exitCodes } from "../../src/cli/exitCodes";
import { hostileCorpus, hostileDir, lostUserFormulas, SWAP_ROWS, UNSAFE_CHARACTERS } from "../support/hostileCorpus";
import { temporaryFolder } from "./errorCases";

const bin = join(__dirname, "..", "..", "bin", "dunning-desk.js");
/** Well above a loaded 2-core machine's few seconds; the stall this guards against took 25 s for 7 KB, minutes for 100 rows. */
const NO_STALL_MS = 20_000;

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
}

function dunningDesk(args: readonly string[]): Run {
  const start = Date.now();
  // --json holds cells whole: 143 problems each naming a 32,767-character customer is ~4.6 MB, over spawnSync's 1 MB default.
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: hostileDir, encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, ms: Date.now() - start };
}

/** What every run must be: no bug report, no stack, no stall, narrow and safe lines (--json output holds the cells whole, by design). */
function expectCalm(run: Run, json = false): void {
  expect(run.stderr).not.toMatch(/a bug|please report|\n\s+at |\.tmp\b/);
  expect(run.ms).toBeLessThan(NO_STALL_MS);
  const text = json ? run.stderr : `${run.stdout}\n${run.stderr}`;
  // Bounded, whatever a cell holds: a 40-character name and a 200-character reason make the longest line (~265).
  for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(300);
  expect(text).not.toMatch(UNSAFE_CHARACTERS);
}

const read = (path: string) => new Uint8Array(readFileSync(path));

beforeAll(() => {
  spawnSync(process.execPath, [bin, "--version"], { encoding: "utf8", timeout: 180_000 }); // builds dist-cli/ when stale
}, 180_000);

describe.each(hostileCorpus)("$file ($bullet)", ({ file, invoices, drafts, markSent }) => {
  const folder = temporaryFolder();
  const input = read(join(hostileDir, file));
  const drafted = join(folder, "drafted.xlsx");

  it(`analyze reads ${invoices} invoices and lists every problem with its cell`, () => {
    const run = dunningDesk(["analyze", file, "--as-of", "2026-02-15", "--json"]);
    expectCalm(run, true);
    expect(run.status).toBe(exitCodes.ok);
    const report = JSON.parse(run.stdout) as { summary: { invoices: number }; problems: { cell: string | null; message: string }[] };
    expect(report.summary.invoices).toBe(invoices);
    for (const problem of report.problems) expect(problem.message.length).toBeLessThan(400);
  });

  it("annotate: exit 0, AR columns written, the user's formulas and cached results unchanged", () => {
    const output = join(folder, "annotated.xlsx");
    const run = dunningDesk(["annotate", file, "-o", output, "--as-of", "2026-02-15"]);
    expectCalm(run);
    expect(run.status).toBe(exitCodes.ok);
    expect(run.stdout).toMatch(invoices === 0 ? /AR columns .* on 0 rows/ : /AR columns {2}Days overdue \([A-Z]\), .* on \d+ rows?/);
    expect(lostUserFormulas(input, read(output))).toEqual(lostUserFormulas(input, input));
  });

  it(`remind: ${drafts} drafts and the Reminders sheet, the user's formulas unchanged`, () => {
    const run = dunningDesk(["remind", file, "-o", drafted, "--out", join(folder, "drafts"), "--from", "ar@example.com", "--as-of", "2026-02-15"]);
    expectCalm(run);
    expect(run.status).toBe(exitCodes.ok);
    const counted = /Drafted (\d+) emails? and (\d+) letters?/.exec(run.stdout);
    expect(Number(counted?.[1]) + Number(counted?.[2])).toBe(drafts);
    expect(existsSync(join(folder, "drafts")) ? readdirSync(join(folder, "drafts")).filter((name) => /\.(eml|txt)$/.test(name)) : []).toHaveLength(drafts);
    expect(lostUserFormulas(input, read(drafted))).toEqual(lostUserFormulas(input, input));
  });

  it(`mark-sent --all: ${markSent}`, () => {
    const output = join(folder, "marked.xlsx");
    const run = dunningDesk(["mark-sent", drafted, "--all", "-o", output, "--as-of", "2026-02-16", "--by", "Dana"]);
    expectCalm(run);
    if (markSent === "marked") {
      expect(run.status).toBe(exitCodes.ok);
      expect(run.stdout).toMatch(new RegExp(`Logged ${drafts === 1 ? "1 message" : `${drafts} messages`} in the Contact Log`));
      expect(lostUserFormulas(input, read(output))).toEqual(lostUserFormulas(input, input));
    } else if (markSent === "nothing") {
      expect(run.status).toBe(exitCodes.ok);
      expect(run.stdout).toContain("the Reminders sheet holds no message to mark: nothing written");
      expect(existsSync(output)).toBe(false);
    } else {
      // Last contact's formula once was overwritten without asking, Reminders sent's skipped: one rule for both now.
      expect(run.status).toBe(exitCodes.cellsInTheWay);
      expect(run.stderr).toMatch(/'Aged Receivables'!G5 +=MAX\(C5,C6\)/);
      expect(run.stderr).toMatch(/'Aged Receivables'!H5 +=1-1/);
      expect(existsSync(output)).toBe(false);
      const forced = dunningDesk(["mark-sent", drafted, "--all", "-o", output, "--as-of", "2026-02-16", "--force"]);
      expect(forced.status).toBe(exitCodes.ok); // --force is the confirmation
    }
  });
});

describe("invoices-to-swap.xlsx: two invoices of one customer swapped between drafting and marking", () => {
  it("writes nothing, exits 11 and says where the customer's invoices are now", async () => {
    const folder = temporaryFolder();
    const drafted = join(folder, "drafted.xlsx");
    expect(dunningDesk(["remind", "invoices-to-swap.xlsx", "-o", drafted, "--as-of", "2026-02-15", "-q"]).status).toBe(exitCodes.ok);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(drafted);
    const sheet = book.getWorksheet("Aged Receivables");
    const [first, second] = SWAP_ROWS.map((row) => sheet?.getRow(row + 1));
    if (!first || !second) throw new Error("no rows to swap");
    const values = (row: ExcelJS.Row) => Array.from({ length: 6 }, (_, c) => row.getCell(c + 1).value);
    const [a, b] = [values(first), values(second)];
    expect([a[0], b[0]]).toEqual(["Northwind Traders", "Northwind Traders"]);
    a.forEach((value, c) => (second.getCell(c + 1).value = value));
    b.forEach((value, c) => (first.getCell(c + 1).value = value));
    const swapped = join(folder, "swapped.xlsx");
    await book.xlsx.writeFile(swapped);
    const output = join(folder, "marked.xlsx");
    const run = dunningDesk(["mark-sent", swapped, "--all", "-o", output, "--as-of", "2026-02-16"]);
    expectCalm(run);
    expect(run.status).toBe(exitCodes.listChanged);
    expect(run.stderr).toMatch(/Reminder to Northwind Traders; the list now has its invoices on row 6 \(INV-6001\), row 5 \(INV-6002\)/);
    expect(existsSync(output)).toBe(false);
  });
});
