// The minimum amount (policy minimumAmount) applies to a customer's total in the sheet too
// (issue 12 leftovers): annotate writes the customer-total SUMIFS into the ladder formulas and
// caches what it adds up, in a plain range and in a Table.
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./cliRun";
import { temporaryFolder } from "./errorCases";

/** Acme owes 60 + 60 (above a minimum of 100 together), Beta 60 alone (below it). */
async function writeList(path: string, asTable: boolean): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("AR");
  const due = new Date(Date.UTC(2025, 11, 1));
  const rows = [["Acme Ltd", "A-1", due, 60], ["ACME LTD", "A-2", due, 60], ["Beta SIA", "B-1", due, 60]];
  if (asTable) {
    sheet.addTable({ name: "Invoices", ref: "A1", headerRow: true, columns: ["Customer", "Invoice", "Due date", "Balance"].map((name) => ({ name })), rows });
  } else {
    sheet.addRow(["Customer", "Invoice", "Due date", "Balance"]);
    for (const row of rows) sheet.addRow(row);
  }
  sheet.getColumn(3).numFmt = "yyyy-mm-dd";
  await workbook.xlsx.writeFile(path);
}

describe("the customer total in the AR formulas", () => {
  const folder = temporaryFolder();

  it.each([["a plain range", false], ["a Table", true]])("in %s: a customer's rows together are above the minimum amount, one alone below it", async (_name, asTable) => {
    const file = join(folder, `list-${String(asTable)}.xlsx`);
    await writeList(file, asTable);
    const policy = join(folder, "minimum.json");
    await import("node:fs").then((fs) => fs.writeFileSync(policy, JSON.stringify({ minimumAmount: 100 })));
    const out = join(folder, `annotated-${String(asTable)}.xlsx`);
    const run = await runCli(["annotate", file, "-o", out, "--as-of", "2026-02-15", "--policy", policy, "--quiet"]);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: "" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("AR");
    const headers = (sheet?.getRow(1).values ?? []) as unknown[];
    const nextAction = (row: number) => sheet?.getRow(row).getCell(headers.indexOf("Next action")).value as { formula?: string; result?: unknown } | undefined;
    expect([2, 3, 4].map((row) => nextAction(row)?.result)).toEqual(["Reminder", "Reminder", "Below minimum"]);
    expect(nextAction(2)?.formula).toMatch(asTable ? /SUMIFS\(Invoices\[\[Balance\]\],Invoices\[\[Customer\]\],Invoices\[\[#This Row\],\[Customer\]\]\)\)$/ : /SUMIFS\(\$D\$2:\$D\$4,\$A\$2:\$A\$4,A2\)\)$/);
    // The pane and the CLI say the same: remind leaves out only Beta, below the minimum.
    const remind = await runCli(["remind", out, "--as-of", "2026-02-15", "--policy", policy, "--json", "--quiet"]);
    const report = JSON.parse(remind.stdout) as { messages: { customer: string }[]; notDrafted: { customer: string | null; code: string }[] };
    expect(report.messages.map((message) => message.customer)).toEqual(["Acme Ltd"]);
    expect(report.notDrafted).toEqual(expect.arrayContaining([expect.objectContaining({ customer: "Beta SIA" })]));
  });
});
