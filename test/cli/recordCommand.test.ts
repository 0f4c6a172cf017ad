// Issue 12 item 1: `dunning-desk record <step>` records a promise, a payment plan, a dispute
// opened or resolved, a call — through the .xlsx adapter, as the pane's Record buttons — and the
// AR formulas (annotate) then answer from the Dunning status column.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { exitCodes } from "../../src/cli/exitCodes";
import { dayFromIsoText, isoTextOfDay, type Day } from "../../src/core/days";
import { runCli } from "./cliRun";
import { temporaryFolder } from "./errorCases";

const DUE = dayFromIsoText("2026-01-05") as Day;
const AS_OF = isoTextOfDay(DUE + 40);

/** Two customers, one 40 days overdue with one reminder sent, one with two invoices. */
async function writeList(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Debtors");
  sheet.addRow(["Customer", "Invoice no.", "Due date", "Balance", "Email", "Last contact", "Reminders sent", "Status"]);
  const due = new Date(Date.UTC(2026, 0, 5));
  sheet.addRow(["Baltic Timber SIA", "RE-1", due, 1200, "ap@baltic.example", new Date(Date.UTC(2026, 0, 20)), 1, ""]);
  sheet.addRow(["Kurzeme Foods", "RE-2", due, 300, "ap@kurzeme.example", null, null, "hardship"]);
  sheet.addRow(["Kurzeme Foods", "RE-3", due, 700, "ap@kurzeme.example", null, null, ""]);
  sheet.getColumn(3).numFmt = "yyyy-mm-dd";
  sheet.getColumn(6).numFmt = "yyyy-mm-dd";
  await workbook.xlsx.writeFile(path);
}

async function sheetOf(path: string, name: string): Promise<{ cell: (row: number, header: string) => unknown; rows: number; header: unknown[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(name);
  const header = (sheet?.getRow(1).values ?? []) as unknown[];
  return { cell: (row, title) => sheet?.getRow(row).getCell(header.indexOf(title)).value, rows: sheet?.rowCount ?? 0, header };
}

/** The Next action the formulas cache on the annotated copy, on `asOf`, for sheet row `row`. */
async function nextActions(folder: string, file: string, asOf: string): Promise<unknown[]> {
  const annotated = join(folder, `annotated-${asOf}-${Math.random().toString(36).slice(2)}.xlsx`);
  expect((await runCli(["annotate", file, "-o", annotated, "--as-of", asOf, "--quiet"])).code).toBe(0);
  const { cell } = await sheetOf(annotated, "Debtors");
  return [2, 3, 4].map((row) => (cell(row, "Next action") as { result: unknown }).result);
}

describe("dunning-desk record", () => {
  const folder = temporaryFolder();
  let count = 0;
  const fresh = async () => {
    count += 1;
    const file = join(folder, `debtors-${count}.xlsx`);
    await writeList(file);
    return file;
  };
  const record = (file: string, ...args: string[]) => runCli(["record", ...args.slice(0, 1), file, ...args.slice(1), "--in-place", "--no-backup", "--as-of", AS_OF, "--by", "Dana", "--json", "--quiet"]);

  it("records a promise: the formulas wait until its day, then follow up the broken promise", async () => {
    const file = await fresh();
    const run = await record(file, "promise", "--invoice", "RE-1", "--pay-by", isoTextOfDay(DUE + 50), "--amount", "1200", "--note", "on the phone");
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, step: "promise", markedBy: "Dana", logged: [expect.stringMatching(/^\d{4}-\d\d-\d\d-[0-9a-f]{32}$/)], createdColumns: ["Dunning status"], cells: 1 });
    const { cell } = await sheetOf(file, "Debtors");
    expect(cell(2, "Dunning status")).toBe(`promised ${AS_OF} to pay 1200.00 by ${isoTextOfDay(DUE + 50)}`);
    expect(cell(2, "Status")).toBe(""); // never the user's column
    expect(cell(2, "Reminders sent")).toBe(1); // a promise is no contact
    const log = await sheetOf(file, "Contact Log");
    expect([log.cell(2, "Customer"), log.cell(2, "Invoices"), log.cell(2, "Stage"), log.cell(2, "Note"), log.cell(2, "Marked by")]).toEqual(["Baltic Timber SIA", "RE-1", "Promise to pay", "on the phone", "Dana"]);
    expect(await nextActions(folder, file, isoTextOfDay(DUE + 50))).toEqual(["Await promise", "Reminder", "Reminder"]);
    expect((await nextActions(folder, file, isoTextOfDay(DUE + 51)))[0]).toBe("Broken promise");
    // The same click again on the same day is logged once.
    const again = await record(file, "promise", "--invoice", "RE-1", "--pay-by", isoTextOfDay(DUE + 50), "--amount", "1200");
    expect(JSON.parse(again.stdout)).toMatchObject({ logged: [], output: null });
    expect((await sheetOf(file, "Contact Log")).rows).toBe(2);
  }, 60_000);

  it("records a dispute until it is resolved, a plan the ladder follows, and a call as a contact", async () => {
    const file = await fresh();
    expect((await record(file, "dispute", "--invoice", "RE-1")).code).toBe(0);
    expect((await nextActions(folder, file, AS_OF))[0]).toBe("Resolve dispute");
    expect((await runCli(["record", "resolved", file, "--invoice", "RE-1", "--in-place", "--no-backup", "--as-of", isoTextOfDay(DUE + 42), "--quiet"])).code).toBe(0);
    expect((await nextActions(folder, file, isoTextOfDay(DUE + 42)))[0]).toBe("Consequences");
    // A plan for the whole customer: each invoice schedules its own balance.
    const plan = await record(file, "plan", "--customer", "kurzeme foods", "--instalments", "2", "--first", isoTextOfDay(DUE + 45), "--every", "30");
    expect(JSON.parse(plan.stdout)).toMatchObject({ ok: true, logged: [expect.any(String), expect.any(String)] });
    const { cell } = await sheetOf(file, "Debtors");
    expect(cell(4, "Dunning status")).toBe(`plan agreed ${AS_OF}: 700.00 in 2 instalments every 30 days from ${isoTextOfDay(DUE + 45)}`);
    expect((await nextActions(folder, file, isoTextOfDay(DUE + 45))).slice(1)).toEqual(["Await promise", "Await promise"]);
    expect((await nextActions(folder, file, isoTextOfDay(DUE + 46))).slice(1)).toEqual(["Broken promise", "Broken promise"]);
    // A call is a customer-facing step: Last contact and one more reminder, and "called" beside the dispute steps.
    expect((await runCli(["record", "call", file, "--invoice", "RE-1", "--in-place", "--no-backup", "--as-of", isoTextOfDay(DUE + 43), "--quiet"])).code).toBe(0);
    const after = await sheetOf(file, "Debtors");
    expect(after.cell(2, "Reminders sent")).toBe(2);
    expect(after.cell(2, "Last contact")).toEqual(new Date(Date.UTC(2026, 1, 17)));
    expect(after.cell(2, "Dunning status")).toBe(`dispute resolved ${isoTextOfDay(DUE + 42)}; called ${isoTextOfDay(DUE + 43)}`);
  }, 90_000);

  it.each([
    [["promise", "--invoice", "RE-1"], /A promise needs the date it runs to/],
    [["promise", "--invoice", "RE-1", "--pay-by", "2026-01-01"], /has passed/],
    [["plan", "--invoice", "RE-1", "--first", "2026-03-01"], /number of instalments/],
    [["plan", "--invoice", "RE-1", "--instalments", "3", "--first", "2026-03-01", "--every", "yearly"], /The interval must be/],
    [["visit", "--invoice", "RE-1"], /record needs a step: promise, plan, dispute, resolved or call/],
    [["call"], /--invoice <number> or --customer <name>/],
    [["call", "--invoice", "RE-9"], /Invoice "RE-9" is not in the list/],
    [["call", "--customer", "Nobody"], /No invoice of "Nobody"/],
  ])("refuses %j with a usage error, writing nothing", async (args, message) => {
    const file = await fresh();
    const run = await runCli(["record", ...args.slice(0, 1), file, ...args.slice(1), "-o", join(folder, `never-${count}.xlsx`), "--as-of", AS_OF, "--quiet"]);
    expect(run.code).toBe(exitCodes.usage);
    expect(run.stderr).toMatch(message);
    expect((await runCli(["analyze", join(folder, `never-${count}.xlsx`), "--quiet"])).code).toBe(exitCodes.missingFile);
  });
});
