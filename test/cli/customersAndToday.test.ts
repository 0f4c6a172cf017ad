// Issue 14 items 1 and 4 through the command line: `customers` (the customer view) and `today`
// (the worklist, most at stake first, and --draft handing exactly that list to remind).
import { readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./cliRun";
import { temporaryFolder } from "./errorCases";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const AS_OF = "2026-02-16"; // a Monday

/** A UK export as a credit controller keeps it: a title, Xero's headers, a Credit limit and a Channel column. */
async function ukWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Aged Receivables");
  sheet.addRow(["Aged Receivables Detail"]);
  sheet.addRow(["Northwind Trading Ltd"]);
  sheet.addRow([`As at 16 February 2026`]);
  sheet.addRow([]);
  sheet.addRow(["Contact", "Invoice Number", "Due Date", "Amount Due", "Email", "Phone", "Channel", "Credit limit", "Notes", "Reminders sent", "Last contact"]);
  const rows: unknown[][] = [
    ["Harbour Foods Ltd", "INV-0101", utc("2025-12-01"), 4800, "ap@harbour.example", null, null, 5000, "", 2, utc("2026-01-20")],
    ["Harbour Foods Ltd", "INV-0102", utc("2026-01-15"), 900, "ap@harbour.example", null, null, 5000, "", 0, null],
    ["Harbour Foods Ltd", "CN-0007", utc("2026-01-20"), -200, "ap@harbour.example", null, null, 5000, "", 0, null],
    ["Kestrel Print", "INV-0110", utc("2026-01-10"), 350, "accounts@kestrel.example", null, null, null, "", 0, null],
    ["Moorland Dairy", "INV-0120", utc("2025-10-20"), 12000, "", "+44 1632 960123", "phone", null, "promised to pay 10/02/2026", 3, utc("2026-01-30")],
    ["Oak & Ash Joinery", "INV-0130", utc("2026-01-05"), 2500, "ap@oakash.example", null, null, null, "disputed — wrong delivery", 1, utc("2026-01-25")],
    ["Quill Stationers", "INV-0140", utc("2026-02-10"), 640, "ap@quill.example", null, null, null, "", 0, null],
    ["Quill Stationers", "INV-0141", utc("2026-03-10"), 300, "ap@quill.example", null, null, null, "", 0, null],
  ];
  for (const row of rows) sheet.addRow(row);
  for (const column of [3, 11]) sheet.getColumn(column).numFmt = "dd/mm/yyyy";
  sheet.getColumn(4).numFmt = "£#,##0.00";
  await workbook.xlsx.writeFile(path);
}

interface CustomerJson {
  customer: string; currency: string; open: number; overdue: number; notYetDue: number; action: string; nextContact: string | null;
  atStake: number; disputed: boolean; creditHold: { cause: string } | null; promise: { date: string; state: string } | null; channel: string; medium?: string;
}

describe("dunning-desk customers and today", () => {
  const folder = temporaryFolder();
  const input = join(folder, "uk-aged.xlsx");
  beforeAll(() => ukWorkbook(input));

  it("customers: one line per customer with its totals, step, flags and value at stake", async () => {
    const run = await runCli(["customers", input, "--as-of", AS_OF, "--json"], folder);
    expect(run.code).toBe(0);
    const { customers } = JSON.parse(run.stdout) as { customers: CustomerJson[] };
    expect(customers.map((line) => line.customer)).toEqual(["Harbour Foods Ltd", "Kestrel Print", "Moorland Dairy", "Oak & Ash Joinery", "Quill Stationers"]);
    const byName = Object.fromEntries(customers.map((line) => [line.customer, line]));
    expect(byName["Harbour Foods Ltd"]).toMatchObject({ currency: "GBP", open: 5500, overdue: 5500, notYetDue: 0, creditHold: { cause: "limit" } });
    expect(byName["Moorland Dairy"]).toMatchObject({ channel: "phone", promise: { date: "2026-02-10", state: "broken" }, creditHold: { cause: "age" } });
    expect(byName["Oak & Ash Joinery"]).toMatchObject({ disputed: true, atStake: 0, action: "Resolve dispute" });
    expect(byName["Quill Stationers"]).toMatchObject({ open: 940, overdue: 640, notYetDue: 300, action: "Wait" });
    const text = (await runCli(["customers", input, "--as-of", AS_OF], folder)).stdout;
    expect(text).toContain("Harbour Foods Ltd");
    expect(text).toContain("hold new orders: over the credit limit of £5,000.00");
    expect(text).toContain("promise 2026-02-10 broken");
  });

  it("today: the customers to contact now, most at stake first, each with its medium", async () => {
    const run = await runCli(["today", input, "--as-of", AS_OF, "--json"], folder);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { today: CustomerJson[]; atStake: Record<string, number> };
    const stakes = report.today.map((line) => line.atStake);
    expect(stakes).toEqual([...stakes].sort((a, b) => b - a));
    // The disputed customer is a task too (resolve the dispute), last: nothing is at stake by waiting.
    expect(report.today.map((line) => [line.customer, line.medium, line.action])).toEqual([
      ["Moorland Dairy", "call", "Broken promise"], ["Harbour Foods Ltd", "email", "Incentive"], ["Kestrel Print", "email", "Reminder"], ["Oak & Ash Joinery", "email", "Resolve dispute"],
    ]);
    expect(report.atStake.GBP).toBeCloseTo(stakes.reduce((a, b) => a + b, 0), 2);
    const text = (await runCli(["today", input, "--as-of", AS_OF], folder)).stdout;
    expect(text).toMatch(/^Today, 2026-02-16: 4 customers to contact/);
    expect(text).toContain("At stake if they wait one more cycle: £");
  });

  it("today --draft drafts exactly the list (a call script for the phone customer; the dispute is not drafted)", async () => {
    const drafts = join(folder, "today-drafts");
    const run = await runCli(["today", input, "--as-of", AS_OF, "--draft", "--out", drafts, "--from", "ar@northwind.example", "--json"], folder);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { messages: { customer: string; kind: string }[]; notDrafted: { customer: string | null; code: string }[] };
    expect(report.notDrafted.map((row) => [row.customer, row.code])).toEqual([["Oak & Ash Joinery", "disputed"]]);
    expect(report.messages.map((message) => [message.customer, message.kind]).sort()).toEqual([["Harbour Foods Ltd", "email"], ["Kestrel Print", "email"], ["Moorland Dairy", "call"]]);
    expect(readdirSync(drafts)).toHaveLength(3);
  });

  it("customers and today read the state a fresh export lost back from the Contact Log (in memory; --no-restore does not)", async () => {
    const reminded = join(folder, "reminded.xlsx");
    const marked = join(folder, "marked.xlsx");
    expect((await runCli(["remind", input, "--as-of", AS_OF, "-o", reminded, "--quiet"], folder)).code).toBe(0);
    expect((await runCli(["mark-sent", reminded, "--all", "--as-of", AS_OF, "-o", marked, "--by", "Dana", "--quiet"], folder)).code).toBe(0);
    // Tomorrow's export pasted over the list: the contact columns are as the accounting system had them (empty).
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(marked);
    const sheet = workbook.getWorksheet("Aged Receivables");
    if (!sheet) throw new Error("no Aged Receivables sheet");
    for (let row = 6; row <= 13; row += 1) for (const column of [10, 11]) sheet.getRow(row).getCell(column).value = null;
    const fresh = join(folder, "fresh-export.xlsx");
    await workbook.xlsx.writeFile(fresh);
    const sent = async (extra: string[]) => {
      const run = await runCli(["customers", fresh, "--as-of", AS_OF, "--json", ...extra], folder);
      expect(run.code).toBe(0);
      const lines = (JSON.parse(run.stdout) as { customers: (CustomerJson & { remindersSent: number; lastContact: string | null })[] }).customers;
      return Object.fromEntries(lines.map((line) => [line.customer, [line.remindersSent, line.lastContact]]));
    };
    expect((await sent([]))["Kestrel Print"]).toEqual([1, AS_OF]);
    expect((await sent(["--no-restore"]))["Kestrel Print"]).toEqual([0, null]);
    // The file itself is left as it was: customers saves nothing.
    const again = new ExcelJS.Workbook();
    await again.xlsx.readFile(fresh);
    expect(again.getWorksheet("Aged Receivables")?.getRow(9).getCell(10).value).toBeNull();
  });

  it("mark-sent's --draft still takes an id: the command decides what the option means", async () => {
    const run = await runCli(["mark-sent", input, "--draft"], folder);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--draft needs a value");
  });
});
