import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import PostalMime from "postal-mime";
import { runCli } from "./cliRun";
import { temporaryFolder } from "./errorCases";

interface Report {
  readonly messages: { customer: string; amount: number; file: string | null }[];
  readonly notDrafted: { sheetRow: number | null; cell: string | null; customer: string | null; code: string; reason: string }[];
}

/** An export with a pre-1900 due date, an amount past the desk's limit, and a customer owing one invoice not yet due. */
async function writeList(folder: string): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Aging");
  sheet.addRow(["Open invoices as of 15 Feb 2026"]);
  sheet.addRow(["Customer", "Invoice", "Due date", "Balance", "Email"]);
  // LibreOffice and ExcelJS keep 1899-12-01 as serial -29: Excel has no such date.
  sheet.addRow(["Acme Trading", "A-1", -29, 500, "ap@acme.example"]);
  sheet.addRow(["Bravo Supplies", "B-1", new Date(Date.UTC(2026, 0, 1)), 1e15, "ap@bravo.example"]);
  sheet.addRow(["Cobalt Ltd", "OVER-1", new Date(Date.UTC(2026, 0, 1)), 1000, "ap@cobalt.example"]);
  sheet.addRow(["Cobalt Ltd", "SOON-2", new Date(Date.UTC(2026, 1, 25)), 700, "ap@cobalt.example"]);
  sheet.addRow(["Cobalt Ltd", "CN-3", new Date(Date.UTC(2025, 11, 20)), -150, "ap@cobalt.example"]);
  sheet.getColumn(3).numFmt = "yyyy-mm-dd";
  const path = join(folder, "messages.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
}

describe("dunning-desk remind: messages a person can act on, letters that ask only for what is due (issue 12)", () => {
  const folder = temporaryFolder();
  let report: Report;
  let text: string;

  beforeAll(async () => {
    const file = await writeList(folder);
    const run = await runCli(["remind", file, "--out", join(folder, "drafts"), "--from", "ar@example.com", "--json"], folder);
    expect(run.code).toBe(0);
    report = JSON.parse(run.stdout) as Report;
    const plain = await runCli(["remind", file], folder);
    text = plain.stdout;
  });

  it("names the customer and the cell of a pre-1900 due date, and says which date it is", () => {
    expect(report.notDrafted).toContainEqual({ sheetRow: 3, cell: "C3", customer: "Acme Trading", code: "notInvoice", reason: "Due date 1899-12-01 is before 1900, Excel's first date" });
    expect(text).toContain("Row 3 (Acme Trading), cell C3: Due date 1899-12-01 is before 1900, Excel's first date");
  });

  it("names the customer and the cell of a balance past the one limit, with the amount written out", () => {
    expect(report.notDrafted).toContainEqual({
      sheetRow: 4, cell: "D4", customer: "Bravo Supplies", code: "notInvoice",
      reason: "Balance 1,000,000,000,000,000 is above the largest amount the desk accepts (10,000,000,000,000)",
    });
    expect(report.notDrafted.every((item) => item.customer !== null)).toBe(true);
  });

  it("Cobalt's draft asks for 850.00 (overdue less the credit note) and lists the invoice due on 2026-02-25 apart", async () => {
    const cobalt = report.messages.find((message) => message.customer === "Cobalt Ltd");
    expect(cobalt?.amount).toBe(850);
    const mail = await PostalMime.parse(readFileSync(cobalt?.file ?? "", "utf8"));
    const body = mail.text ?? "";
    const due = body.indexOf("Due for payment (credit notes deducted)");
    const soon = body.indexOf("Not yet due (for your information, not asked for now)");
    expect(due).toBeGreaterThan(0);
    expect(soon).toBeGreaterThan(due);
    expect(body.slice(due, soon)).not.toContain("SOON-2");
    expect(body.slice(soon)).toContain("SOON-2");
    expect(body).toContain("We ask for $850.00");
    expect(mail.html?.match(/<table/g)).toHaveLength(2);
  });
});
