/*
 * The kill test (issue 13 item 6): the built command line on a generated 20,000-row list,
 * killed with SIGKILL, SIGINT and SIGTERM at the moments that matter (watched for, not timed:
 * the temporary file appearing, drafts being staged, the incomplete-batch marker). Never a
 * partial output at the target; the next run leaves no debris.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { exitCodes } from "../../src/cli/exitCodes";
import { temporaryFolder } from "./errorCases";

const bin = join(__dirname, "..", "..", "bin", "dunning-desk.js");

interface Running {
  readonly child: ChildProcess;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

function start(args: readonly string[], cwd: string): Running {
  const child = spawn(process.execPath, [bin, ...args, "--as-of", "2026-02-15", "-q"], { cwd, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return { child, exit: new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, stderr }))) };
}

/** Polls every 5 ms until `moment()` holds (true) or the run ends first (false). */
async function watchFor(run: Running, moment: () => boolean): Promise<boolean> {
  let ended = false;
  void run.exit.then(() => (ended = true));
  while (!ended) {
    if (moment()) return true;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return false;
}

async function killAt(run: Running, signal: NodeJS.Signals, moment: () => boolean): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  expect(await watchFor(run, moment)).toBe(true);
  run.child.kill(signal);
  return run.exit; // the process is reaped before the next run looks for leftovers
}

const CUSTOMERS = 4_000;

async function twentyThousandRows(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Aged receivables");
  sheet.addRow(["Aged Receivables — generated for the kill test"]);
  sheet.addRow(["Customer", "Invoice #", "Invoice date", "Due date", "Balance", "Email"]);
  for (let row = 0; row < 20_000; row += 1) {
    // 4,000 customers, so 4,000 drafts: moving them into an existing folder lasts long enough
    // for the 5 ms watch to catch it mid-way (400 moved in under one poll on an idle machine).
    const customer = row % CUSTOMERS;
    const day = Date.UTC(2025, 9, 1 + (row % 90));
    sheet.addRow([`Klient ${customer} SIA`, `INV-${100_000 + row}`, new Date(day), new Date(day + 30 * 86_400_000), 100 + (row % 997) + 0.5, `ap${customer}@klient${customer}.example`]);
  }
  await workbook.xlsx.writeFile(path);
}

describe("killed runs leave no partial output and no debris after the next run", () => {
  const annotateFolder = temporaryFolder();
  const remindFolder = temporaryFolder();
  beforeAll(async () => {
    await twentyThousandRows(join(annotateFolder, "big.xlsx"));
    copyFileSync(join(annotateFolder, "big.xlsx"), join(remindFolder, "big.xlsx"));
    await start(["--version"], annotateFolder).exit; // builds dist-cli/ when stale, outside the timed runs
  }, 180_000);

  const names = (path: string) => readdirSync(path).sort();

  /** The output is not there, or it is a whole workbook (the run finished before the signal landed). */
  async function absentOrWhole(path: string): Promise<void> {
    if (!existsSync(path)) return;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.getWorksheet("Aged receivables")?.getRow(3).getCell(7).value).not.toBeNull();
  }

  // The two chains run side by side (separate folders), to keep the test near its 40 s budget.
  it("annotate and remind, each killed at several points", async () => {
    await Promise.all([annotateChain(annotateFolder), remindChain(remindFolder)]);
  }, 300_000);

  /** annotate: SIGKILL while reading, SIGKILL with its temporary file on disk: no partial out.xlsx; the next run removes the leftover. */
  async function annotateChain(folder: string): Promise<void> {
    const annotate = ["annotate", "big.xlsx", "-o", "out.xlsx", "--force"];
    const early = await killAt(start(annotate, folder), "SIGKILL", () => true);
    expect(early.signal).toBe("SIGKILL");
    expect(names(folder)).toEqual(["big.xlsx"]);
    const late = start(annotate, folder);
    const temporary = join(folder, `.out.xlsx.dunning-desk-${late.child.pid}.tmp`);
    if (await watchFor(late, () => existsSync(temporary))) {
      late.child.kill("SIGKILL");
      expect((await late.exit).signal).toBe("SIGKILL");
      await absentOrWhole(join(folder, "out.xlsx"));
    } else {
      // The save beat the 5 ms watch (a fast machine writes the file in one go): the run is whole;
      // leave what a kill -9 during the write leaves, a temporary file of a process now gone.
      expect((await late.exit).code).toBe(0);
      await absentOrWhole(join(folder, "out.xlsx"));
      writeFileSync(temporary, "the first bytes of a workbook");
    }
    const whole = await start(annotate, folder).exit;
    expect(whole.code).toBe(0);
    await absentOrWhole(join(folder, "out.xlsx"));
    expect(names(folder)).toEqual(["big.xlsx", "out.xlsx"]);
  }

  /** remind: SIGKILL while staging drafts, SIGTERM, and SIGKILL while moving drafts into an existing folder: never a batch that looks whole; the next run writes it whole. */
  async function remindChain(folder: string): Promise<void> {
    const remind = ["remind", "big.xlsx", "--out", "drafts", "--from", "ar@example.com"];
    const stagingOf = (run: Running) => join(folder, `.drafts.dunning-desk-${run.child.pid}.tmp`);
    const drafted = (path: string) => (existsSync(path) ? readdirSync(path).length : 0);
    const first = start(remind, folder);
    expect((await killAt(first, "SIGKILL", () => drafted(stagingOf(first)) >= 20)).signal).toBe("SIGKILL");
    expect([0, CUSTOMERS]).toContain(drafted(join(folder, "drafts"))); // a new folder appears whole or not at all
    if (existsSync(join(folder, "drafts"))) return; // finished before the signal: nothing more to see on this machine
    const second = start(remind, folder);
    const terminated = await killAt(second, "SIGTERM", () => drafted(stagingOf(second)) >= 1);
    expect(terminated.code).toBe(exitCodes.terminated);
    expect(terminated.stderr).toMatch(/terminated: temporary files removed/);
    expect(names(folder)).toEqual(["big.xlsx"]); // its own staging folder and the killed run's are gone

    mkdirSync(join(folder, "drafts"));
    writeFileSync(join(folder, "drafts", "my notes.txt"), "the user's own file");
    const marker = join(folder, "drafts", "_INCOMPLETE_BATCH.dunning-desk");
    const moving = await killAt(start(remind, folder), "SIGKILL", () => existsSync(marker) && drafted(join(folder, "drafts")) > 3);
    expect(moving.signal).toBe("SIGKILL");
    if (drafted(join(folder, "drafts")) < CUSTOMERS + 2) expect(readFileSync(marker, "utf8")).toMatch(/INCOMPLETE batch/); // a partial batch says so
    const whole = await start(remind, folder).exit;
    expect(whole.code).toBe(0);
    const drafts = names(join(folder, "drafts"));
    expect(drafts).toHaveLength(CUSTOMERS + 1);
    expect(drafts).toContain("my notes.txt");
    expect(names(folder)).toEqual(["big.xlsx", "drafts"]);
  }
});
