// annotate and remind restore state from the Contact Log (issue 12 item 2): reported in the text,
// the JSON and the summary line; a formula in a cell to fill stops the run (exit 8) unless
// --force; --no-restore leaves the list as it is.
import { existsSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { exitCodes } from "../../src/cli/exitCodes";
import { contactLogLayout } from "../../src/workbook/contactLogLayout";
import { runCli } from "./cliRun";
import { temporaryFolder } from "./errorCases";

const FEB_1 = 46_054; // 2026-02-01; the runs are as of 2026-02-15
const logRow = (loggedAt: number, stage: string, draftId: string) => [loggedAt, "Acme GmbH", "RE-1", stage, "Email", "Subject", 1000, "EUR", null, "", draftId, "Dana", ""];

/** A fresh export whose Reminders sent cell of RE-1 is the user's formula; the log holds two reminders of RE-1. */
async function writeList(path: string, countCell: ExcelJS.CellValue): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("AR");
  sheet.addRow(["Customer", "Invoice", "Due date", "Balance", "Email", "Reminders sent"]);
  sheet.addRow(["Acme GmbH", "RE-1", new Date(Date.UTC(2025, 11, 1)), 1000, "ap@acme.example", countCell]);
  sheet.addRow(["Beta AG", "RE-2", new Date(Date.UTC(2025, 11, 20)), 400, "ap@beta.example", ""]);
  sheet.getColumn(3).numFmt = "yyyy-mm-dd";
  workbook.addWorksheet("Contact Log").addTable({
    name: contactLogLayout.name, ref: "A1", headerRow: true, columns: contactLogLayout.headers.map((name) => ({ name })),
    rows: [logRow(FEB_1 - 12 + 0.4, "Reminder", "2026-01-20-a"), logRow(FEB_1 + 0.4, "Consequences", "2026-02-01-b")],
  });
  await workbook.xlsx.writeFile(path);
}

async function savedRow(path: string, row: number): Promise<unknown[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return ((workbook.getWorksheet("AR")?.getRow(row).values ?? []) as unknown[]).slice(1);
}

describe("annotate and remind restore from the Contact Log", () => {
  const folder = temporaryFolder();

  it("annotate stops at a formula in a cell to fill (exit 8), replaces it with --force, and reports what it restored", async () => {
    const file = join(folder, "formula.xlsx");
    await writeList(file, { formula: "0+1", result: 1 });
    const out = join(folder, "formula-annotated.xlsx");
    const stopped = await runCli(["annotate", file, "-o", out, "--as-of", "2026-02-15", "--quiet"]);
    expect(stopped.code).toBe(exitCodes.cellsInTheWay);
    expect(stopped.stderr).toContain("The Contact Log holds later state than the list, but cells to restore it into hold formulas or entries the desk did not write: nothing was written.");
    expect(stopped.stderr).toContain("AR!F2  =0+1");
    expect(existsSync(out)).toBe(false);

    const forced = await runCli(["annotate", file, "-o", out, "--as-of", "2026-02-15", "--force", "--json"]);
    expect(forced.code).toBe(0);
    const report = JSON.parse(forced.stdout) as { restored: unknown };
    expect(report.restored).toEqual({ log: true, invoices: 1, cells: 2, createdColumns: ["Last contact"] });
    expect(forced.stderr).toContain("annotate: 2 invoices, state of 1 invoice restored from the Contact Log, ");
    const [header, acme] = [await savedRow(out, 1), await savedRow(out, 2)];
    expect(header.slice(0, 7)).toEqual(["Customer", "Invoice", "Due date", "Balance", "Email", "Reminders sent", "Last contact"]);
    expect(acme[5]).toBe(2);
    expect((acme[6] as Date).toISOString().slice(0, 10)).toBe("2026-02-01");
  });

  it("--no-restore leaves the list as it is", async () => {
    const file = join(folder, "plain.xlsx");
    await writeList(file, "");
    const out = join(folder, "plain-annotated.xlsx");
    const run = await runCli(["annotate", file, "-o", out, "--as-of", "2026-02-15", "--no-restore", "--json", "--quiet"]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { restored: unknown }).restored).toBeNull();
    expect((await savedRow(out, 1)).slice(5, 7)).toEqual(["Reminders sent", "Days overdue"]);
    expect((await savedRow(out, 2))[5]).toBe(""); // as exported: not the log's 2
  });

  it("analyze writes nothing and says how many invoices annotate and remind would restore", async () => {
    const file = join(folder, "analyze.xlsx");
    await writeList(file, { formula: "0+1", result: 1 });
    const run = await runCli(["analyze", file, "--as-of", "2026-02-15", "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("The Contact Log holds later state than the list for 1 invoice (a fresh export?): annotate and remind restore it first; these figures are without it.");
    expect((JSON.parse((await runCli(["analyze", file, "--as-of", "2026-02-15", "--json", "--quiet"])).stdout) as { restorable: unknown }).restorable).toBe(1);
    expect((JSON.parse((await runCli(["analyze", file, "--no-restore", "--json", "--quiet"])).stdout) as { restorable: unknown }).restorable).toBeNull();
  });

  it("remind drafts from the restored state, and says it was not saved without -o", async () => {
    const file = join(folder, "remind.xlsx");
    await writeList(file, "");
    const plain = await runCli(["remind", file, "--as-of", "2026-02-15", "--no-restore", "--json", "--quiet"]);
    const restored = await runCli(["remind", file, "--as-of", "2026-02-15", "--quiet"]);
    const stage = (run: { stdout: string }) => (JSON.parse(run.stdout) as { messages: { customer: string; stage: string }[] }).messages.find((message) => message.customer === "Acme GmbH")?.stage;
    expect(stage(plain)).toBe("Reminder");
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain("Restored state for 1 invoice from the Contact Log (added Last contact) (drafted from; saved only with -o).");
    expect(stage(await runCli(["remind", file, "--as-of", "2026-02-15", "--json", "--quiet"]))).toBe("Incentive");
  });
});
