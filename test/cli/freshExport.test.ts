// State survives the next export (issue 12 item 2): the month of use again (monthOfUse.test.ts),
// but every morning a fresh export is pasted over the worked list — the desk's Last contact,
// Reminders sent and Dunning status columns gone, the rows in another order — before `remind`.
// The ladder must continue at every rung from the Contact Log; before the restore it began again
// at Reminder each week.
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { dayFromIsoText, isoTextOfDay, type Day } from "../../src/core/days";
import { readSavedWorkbook } from "../support/savedWorkbook";
import { runCli } from "./cliRun";
import { temporaryFolder } from "./errorCases";

const DUE = dayFromIsoText("2026-01-05") as Day;
const HEADER = ["Customer", "Invoice no.", "Invoice date", "Due date", "Balance (EUR)", "Email", "Account owner", "Status"];
const BALTIC = ["Baltic Timber SIA", "RE-2025-0412", new Date(Date.UTC(2025, 11, 6)), new Date(Date.UTC(2026, 0, 5)), 10_000, "gramatvediba@baltic-timber.example", "sales@nordlicht.example", ""];
const PAID_UP = ["Paid Up AG", "RE-2025-0413", new Date(Date.UTC(2025, 11, 6)), new Date(Date.UTC(2026, 0, 5)), 0, "ap@paidup.example", "sales@nordlicht.example", ""];

/** The export as the accounting system writes it: a title, a date line, the rows (in the order given). */
function exportRows(rows: readonly unknown[][]): unknown[][] {
  return [["Aged debtors — Nordlicht GmbH"], ["Report date: 5 January 2026"], [], HEADER, ...rows];
}

/** Pastes a fresh export over the list: every cell of the sheet cleared, the export written from A1; the other sheets (Contact Log, Reminders, policy) kept. */
async function pasteFreshExport(path: string, rows: readonly unknown[][]): Promise<void> {
  const workbook = await readSavedWorkbook(new Uint8Array(await readFile(path)));
  const sheet = workbook.getWorksheet("Debtors");
  if (!sheet) throw new Error("no Debtors sheet");
  sheet.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
    cell.value = null;
    cell.numFmt = "General";
  }));
  exportRows(rows).forEach((cells, index) => {
    sheet.getRow(index + 1).values = cells as ExcelJS.CellValue[];
  });
  sheet.getColumn(3).numFmt = "dd.mm.yyyy";
  sheet.getColumn(4).numFmt = "dd.mm.yyyy";
  await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
}

async function newList(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Debtors");
  exportRows([BALTIC, PAID_UP]).forEach((cells) => sheet.addRow(cells));
  sheet.getColumn(3).numFmt = "dd.mm.yyyy";
  sheet.getColumn(4).numFmt = "dd.mm.yyyy";
  await workbook.xlsx.writeFile(path);
}

interface RemindJson {
  readonly messages: { customer: string; stage: string; draftId: string }[];
  readonly restored: { log: boolean; invoices: number; cells: number; createdColumns: string[] } | null;
}

describe("a fresh export pasted over the worked list every morning", () => {
  const folder = temporaryFolder();

  it("continues the ladder at every rung from the Contact Log", async () => {
    const file = join(folder, "debtors.xlsx");
    await newList(file);
    const steps: string[] = [];
    const restoredInvoices: number[] = [];
    let withoutRestore: string | null = null;
    for (let day = DUE; day <= DUE + 200 && !steps.includes("Final notice"); day += 7) {
      const asOf = isoTextOfDay(day);
      // This morning's export: the rows in the other order, no desk columns.
      await pasteFreshExport(file, steps.length % 2 === 0 ? [BALTIC, PAID_UP] : [PAID_UP, BALTIC]);
      if (steps.length === 4 && withoutRestore === null) {
        // The defect: without the restore, the fresh export starts the ladder again.
        const plain = JSON.parse((await runCli(["remind", file, "--as-of", asOf, "--no-restore", "--json", "--quiet", "--override-gap"])).stdout) as RemindJson;
        withoutRestore = plain.messages.find((item) => item.customer === "Baltic Timber SIA")?.stage ?? "(none)";
      }
      const remind = await runCli(["remind", file, "--in-place", "--force", "--as-of", asOf, "--json", "--quiet"]);
      expect({ asOf, code: remind.code, stderr: remind.stderr }).toEqual({ asOf, code: 0, stderr: "" });
      const report = JSON.parse(remind.stdout) as RemindJson;
      if (steps.length > 0) restoredInvoices.push(report.restored?.invoices ?? -1);
      const message = report.messages.find((item) => item.customer === "Baltic Timber SIA");
      if (!message) continue;
      steps.push(message.stage);
      const marked = await runCli(["mark-sent", file, "--draft", message.draftId, "--in-place", "--as-of", asOf, "--by", "Simulated collector", "--quiet"]);
      expect({ asOf, code: marked.code, stderr: marked.stderr }).toEqual({ asOf, code: 0, stderr: "" });
    }
    // The same ladder as the month of use without fresh exports: once each rung, no restart.
    expect(steps).toEqual(["Reminder", "Consequences", "Incentive", "Ask sales", ...Array<string>(3).fill("Follow up"), "Settlement offer", "Final notice"]);
    expect(withoutRestore).toBe("Reminder");
    // Every morning after the first mark, Baltic Timber's one invoice was restored (Paid Up has no log rows).
    expect(new Set(restoredInvoices)).toEqual(new Set([1]));
    // The last rung, through annotate on yet another fresh export: the formulas read the restored state.
    await pasteFreshExport(file, [PAID_UP, BALTIC]);
    const annotated = join(folder, "annotated.xlsx");
    const last = isoTextOfDay(DUE + 161);
    const run = await runCli(["annotate", file, "-o", annotated, "--as-of", last, "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Restored    state for 1 invoice from the Contact Log (added Last contact, Reminders sent, Dunning status)");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(annotated);
    const sheet = workbook.getWorksheet("Debtors");
    const header = (sheet?.getRow(4).values ?? []) as unknown[];
    const cell = (name: string) => sheet?.getRow(6).getCell(header.indexOf(name)).value;
    expect(sheet?.getRow(6).getCell(1).value).toBe("Baltic Timber SIA");
    expect(cell("Dunning status")).toBe(`sales asked ${isoTextOfDay(DUE + 77)}; offered ${isoTextOfDay(DUE + 126)} until ${isoTextOfDay(DUE + 140)}`);
    expect(cell("Reminders sent")).toBe(8);
    expect((cell("Last contact") as Date).toISOString().slice(0, 10)).toBe(isoTextOfDay(DUE + 147));
    expect((cell("Next action") as { result: unknown }).result).toBe("Agency");
  }, 120_000);
});
