// The seed rules of issue 12 item 10 through the command line: a workbook with Channel, Phone,
// Customer since and Policy set columns and a policy sheet with a named set, reminded and annotated.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./cliRun";
import { temporaryFolder } from "./errorCases";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function caseWorkbook(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Aging");
  sheet.addRow(["Customer", "Invoice", "Due date", "Balance", "Email", "Phone", "Channel", "Customer since", "Policy set"]);
  sheet.addRow(["PT Sinar Jaya", "S-1", utc("2026-01-05"), 1200, "", "+62 21 5550 123", "Telepon", null, null]);
  sheet.addRow(["Small Co", "M-1", utc("2026-01-05"), 20, "ap@small.example", null, "email", null, null]);
  sheet.addRow(["Tight Ltd", "T-1", utc("2026-01-26"), 900, "ap@tight.example", null, null, null, "strict"]);
  sheet.addRow(["Loose Ltd", "L-1", utc("2026-01-26"), 900, "ap@loose.example", null, null, null, null]);
  sheet.addRow(["Old Friend", "O-1", utc("2026-01-05"), 250, "ap@old.example", null, null, utc("2012-03-01"), null]);
  sheet.getColumn(3).numFmt = "yyyy-mm-dd";
  sheet.getColumn(8).numFmt = "yyyy-mm-dd";
  const policy = workbook.addWorksheet("Dunning Policy");
  policy.getCell("A1").value = "Dunning Desk policy";
  policy.getCell("A2").value = "As of";
  policy.getCell("B2").value = utc("2026-02-15");
  policy.addTable({
    name: "DunningPolicyTable",
    ref: "A4",
    headerRow: true,
    columns: ["Name", "Value", "Setting", "Help", "Strict"].map((name) => ({ name })),
    rows: [["graceDays", 30, "Grace period (days)", "", 14], ["minimumAmount", 50, "Minimum amount to dun", "", null]],
  });
  workbook.definedNames.add("'Dunning Policy'!$A$5:$B$6", "DunningPolicy");
  workbook.definedNames.add("'Dunning Policy'!$B$2", "DunningAsOf");
  await workbook.xlsx.writeFile(path);
}

interface Report {
  readonly messages: { kind: string; customer: string; phone: string | null; stage: string; file: string | null }[];
  readonly notDrafted: { customer: string | null; code: string; reason: string }[];
}

describe("dunning-desk and the case-by-case rules", () => {
  const folder = temporaryFolder();
  const input = join(folder, "cases.xlsx");
  beforeAll(() => caseWorkbook(input));

  it("remind: a phone customer is listed to call with the number, the minimum amount, R15 and a strict set", async () => {
    const drafts = join(folder, "drafts");
    const run = await runCli(["remind", input, "--out", drafts, "--from", "ar@seller.example", "--as-of", "2026-02-15", "--json"], folder);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.messages.map((m) => [m.kind, m.customer, m.stage])).toEqual([["email", "Tight Ltd", "Reminder"], ["call", "PT Sinar Jaya", "Reminder"]]);
    expect(report.messages[1]?.phone).toBe("+62 21 5550 123");
    expect(readdirSync(drafts).sort()).toEqual(["Call - PT Sinar Jaya (USD).txt", "Reminder - Tight Ltd (USD).eml"]);
    expect(readFileSync(join(drafts, "Call - PT Sinar Jaya (USD).txt"), "utf8")).toMatch(/^Call \+62 21 5550 123\r\n/);
    const left: Record<string, string> = Object.fromEntries(report.notDrafted.map((item) => [item.customer ?? "", item.code]));
    expect(left).toEqual({ "Small Co": "belowMinimum", "Loose Ltd": "notMailStep", "Old Friend": "notMailStep" });
    const text = (await runCli(["remind", input, "--as-of", "2026-02-15"], folder)).stdout;
    expect(text).toContain("1 customer to call (R4)");
    expect(text).toContain("below the minimum amount of 50.00 USD");
  });

  it("annotate: the AR formulas read the same columns and the policy set, and say why", async () => {
    const output = join(folder, "annotated.xlsx");
    const run = await runCli(["annotate", input, "-o", output, "--as-of", "2026-02-15", "--json"], folder);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const sheet = workbook.getWorksheet("Aging");
    if (!sheet) throw new Error("no Aging sheet");
    const header = (sheet.getRow(1).values as unknown[]).map((value) => (typeof value === "string" ? value : ""));
    const at = (row: number, name: string) => {
      const cell = sheet.getRow(row).getCell(header.indexOf(name));
      const value = cell.value as { formula?: string; result?: unknown } | null;
      return { formula: value?.formula ?? "", result: value?.result };
    };
    expect([2, 3, 4, 5, 6].map((row) => at(row, "Next action").result)).toEqual(["Reminder", "Below minimum", "Reminder", "Wait", "Wait"]);
    expect(at(2, "Reason").result).toBe("Reminder — R4: 41 days overdue, no reminder sent yet; by phone (R4): call or message, do not e-mail");
    expect(at(6, "Reason").result).toMatch(/long-standing customer owing little: 15 more days of grace \(R15\)$/);
    expect(at(4, "Next action").formula).toContain("DunningPolicyTable[#All]");
  });
});
