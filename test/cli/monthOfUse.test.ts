// A month (and more) of simulated use (issue 12 item 1): one customer walked from its due date to
// the agency, one Mark as sent per step, the as-of date advancing a week at a time, through the
// command line and so through the .xlsx adapter. Before the fix it looped at Ask sales: the note
// to sales counted as a reminder and nothing recorded that sales was asked.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { dayFromIsoText, isoTextOfDay, type Day } from "../../src/core/days";
import { runCli } from "./cliRun";
import { temporaryFolder } from "./errorCases";

const DUE = dayFromIsoText("2026-01-05") as Day;

/** A hand-made export: a title, an as-of line, one customer with one invoice of 10,000 EUR, and another customer paid up. */
async function writeList(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Debtors");
  sheet.addRow(["Aged debtors — Nordlicht GmbH"]);
  sheet.addRow(["Report date: 5 January 2026"]);
  sheet.addRow([]);
  sheet.addRow(["Customer", "Invoice no.", "Invoice date", "Due date", "Balance (EUR)", "Email", "Account owner", "Status"]);
  sheet.addRow(["Baltic Timber SIA", "RE-2025-0412", new Date(Date.UTC(2025, 11, 6)), new Date(Date.UTC(2026, 0, 5)), 10_000, "gramatvediba@baltic-timber.example", "sales@nordlicht.example", ""]);
  sheet.addRow(["Paid Up AG", "RE-2025-0413", new Date(Date.UTC(2025, 11, 6)), new Date(Date.UTC(2026, 0, 5)), 0, "ap@paidup.example", "sales@nordlicht.example", ""]);
  sheet.getColumn(3).numFmt = "dd.mm.yyyy";
  sheet.getColumn(4).numFmt = "dd.mm.yyyy";
  await workbook.xlsx.writeFile(path);
}

interface RemindJson {
  readonly messages: { customer: string; stage: string; draftId: string }[];
  readonly notDrafted: { customer: string | null; code: string; reason: string }[];
}

describe("a month of simulated use", () => {
  const folder = temporaryFolder();

  it("walks one customer from due date to agency, one Mark as sent per step, without a loop", async () => {
    const file = join(folder, "debtors.xlsx");
    await writeList(file);
    const steps: string[] = [];
    for (let day = DUE; day <= DUE + 200 && !steps.includes("Final notice"); day += 7) {
      const asOf = isoTextOfDay(day);
      const remind = await runCli(["remind", file, "--in-place", "--force", "--as-of", asOf, "--json", "--quiet"]);
      expect({ asOf, code: remind.code, stderr: remind.stderr }).toEqual({ asOf, code: 0, stderr: "" });
      const report = JSON.parse(remind.stdout) as RemindJson;
      const message = report.messages.find((item) => item.customer === "Baltic Timber SIA");
      if (!message) continue;
      steps.push(message.stage);
      const marked = await runCli(["mark-sent", file, "--draft", message.draftId, "--in-place", "--as-of", asOf, "--by", "Simulated collector", "--quiet"]);
      expect({ asOf, code: marked.code, stderr: marked.stderr }).toEqual({ asOf, code: 0, stderr: "" });
    }
    // The ladder of the playbook, once each: the reminders from day 35 (grace 30), each next step on
    // the first weekly run past the 10-day cadence (R17: the gap is a floor, the cadence the plan),
    // sales asked and a week for their answer, follow-ups until the settlement age (day 120), the
    // offer with 14 days to take it, then the agency's final notice.
    expect(steps).toEqual(["Reminder", "Consequences", "Incentive", "Ask sales", ...Array<string>(3).fill("Follow up"), "Settlement offer", "Final notice"]);
    // The last rung: the formulas (annotate) read the Dunning status beside the counts.
    const annotated = join(folder, "annotated.xlsx");
    const last = isoTextOfDay(DUE + 161); // two weeks after the final notice: past the 10-day cadence
    expect((await runCli(["annotate", file, "-o", annotated, "--as-of", last, "--quiet"])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(annotated);
    const sheet = workbook.getWorksheet("Debtors");
    const header = (sheet?.getRow(4).values ?? []) as unknown[];
    const cell = (name: string) => sheet?.getRow(5).getCell(header.indexOf(name)).value;
    expect(cell("Dunning status")).toBe(`sales asked ${isoTextOfDay(DUE + 77)}; offered ${isoTextOfDay(DUE + 126)} until ${isoTextOfDay(DUE + 140)}`);
    expect(cell("Reminders sent")).toBe(8); // every customer-facing step; not the note to sales
    const nextAction = cell("Next action") as { formula: string; result: unknown };
    expect(nextAction.formula).toContain('&"; "&');
    expect(nextAction.result).toBe("Agency");
  }, 60_000);
});
