import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import PostalMime from "postal-mime";
import { exitCodes } from "../../src/cli/exitCodes";
import { defaultPolicy } from "../../src/core/policy";
import { defaultReminderOptions } from "../../src/mail/draftRequest";
import { reminderGroups } from "../../src/mail/reminderGroups";
import { TODAY, runCli } from "./cliRun";
import { temporaryFolder } from "./errorCases";
import { fixtureFigures, fixtureFiles } from "./fixtureFigures";

interface RemindReport {
  readonly messages: { kind: string; customer: string; to: string | null; subject: string; file: string | null }[];
  readonly notDrafted: { sheetRow: number | null; customer: string | null; code: string; reason: string }[];
  readonly remindersSheet: { address: string; rows: number } | null;
}

describe("dunning-desk remind, on every fixture", () => {
  const folder = temporaryFolder();

  it.each(fixtureFiles)("%s: .eml drafts that parse, letters, the stop rules and the Reminders sheet", async (file) => {
    const drafts = join(folder, `drafts-${file}`);
    const output = join(folder, `reminders-${file}`);
    const run = await runCli(["remind", file, "--out", drafts, "-o", output, "--from", "ar@example.com", "--as-of", "2026-02-15", "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as RemindReport;
    const expected = await fixtureFigures(file, TODAY);
    const options = { ...defaultReminderOptions, defaultLanguage: "en" as const, defaultCurrency: defaultPolicy.currency };
    const groups = reminderGroups(expected.ledger.invoices, TODAY, defaultPolicy, options);
    expect(report.messages.length).toBe(groups.drafts.length + groups.letters.length + groups.calls.length);
    const skipped = groups.skipped.filter((item) => item.code !== "noEmail").map((item) => `${item.row + 1}:${item.code}`).sort();
    expect(report.notDrafted.filter((item) => item.code !== "notInvoice").map((item) => `${item.sheetRow ?? "?"}:${item.code}`).sort()).toEqual(skipped);
    for (const item of report.notDrafted) expect(item.reason.length).toBeGreaterThan(5);
    expect(readdirSync(drafts).length).toBe(report.messages.length);
    for (const message of report.messages) {
      const text = readFileSync(message.file ?? "", "utf8");
      if (message.kind === "letter" || message.kind === "call") {
        expect(message.file).toMatch(/\.txt$/);
        expect(text.startsWith(message.kind === "call" ? "Call " : message.subject)).toBe(true);
        continue;
      }
      const mail = await PostalMime.parse(text);
      expect(mail.from).toMatchObject({ address: "ar@example.com" });
      expect(mail.to?.[0]?.address).toBe(message.to);
      expect(mail.subject).toBe(message.subject);
      expect(mail.text?.length).toBeGreaterThan(20);
    }
    expect(report.remindersSheet?.rows ?? 0).toBe(report.messages.length);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toContain("Reminders");
  });

  it("--override-gap drafts customers contacted inside the minimum gap (R17)", async () => {
    const gap = (report: RemindReport) => report.notDrafted.filter((item) => item.code === "contactGap").length;
    const plain = JSON.parse((await runCli(["remind", "plain-table.xlsx", "--json"])).stdout) as RemindReport;
    const overridden = JSON.parse((await runCli(["remind", "plain-table.xlsx", "--json", "--override-gap"])).stdout) as RemindReport;
    expect(gap(plain)).toBeGreaterThan(0);
    expect(gap(overridden)).toBe(0);
    expect(overridden.messages.length).toBeGreaterThanOrEqual(plain.messages.length);
  });

  it("--customer drafts that customer only; an unknown one is a usage error", async () => {
    const report = JSON.parse((await runCli(["remind", "quickbooks-open-invoices.xlsx", "--json", "--customer", "acme ltd"])).stdout) as RemindReport;
    expect(new Set(report.messages.map((message) => message.customer))).toEqual(new Set(["Acme Ltd"]));
    const unknown = await runCli(["remind", "quickbooks-open-invoices.xlsx", "--customer", "Nobody"]);
    expect(unknown.code).toBe(exitCodes.usage);
    expect(unknown.stderr).toMatch(/matches no customer/);
  });

  it("drafts need a From address: --from, or the policy's senderEmail", async () => {
    const drafts = join(folder, "no-from");
    const run = await runCli(["remind", "indonesian-hand-made.xlsx", "--out", drafts]);
    expect(run.code).toBe(exitCodes.usage);
    expect(run.stderr).toMatch(/--from/);
    const { writeFileSync } = await import("node:fs");
    writeFileSync(join(folder, "sender.json"), JSON.stringify({ senderEmail: "desk@example.com" }));
    expect((await runCli(["remind", "indonesian-hand-made.xlsx", "--out", drafts, "--policy", join(folder, "sender.json"), "--quiet"])).code).toBe(0);
    const eml = readdirSync(drafts).find((name) => name.endsWith(".eml")) ?? "";
    expect((await PostalMime.parse(readFileSync(join(drafts, eml), "utf8"))).from).toMatchObject({ address: "desk@example.com" });
    expect((await runCli(["remind", "indonesian-hand-made.xlsx", "--out", drafts, "--policy", join(folder, "sender.json")])).code).toBe(exitCodes.outputExists);
  });
});

// Issue 12.8, through the command line: one email to every address of a cell, a letter for an
// invalid one (listed with its row and text), and each message's file is its own.
describe("dunning-desk remind and the Email cells", () => {
  it("drafts to several addresses, writes a letter for an invalid one, and keeps file names aligned to their messages", async () => {
    const folder = temporaryFolder();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("AR");
    sheet.addRow(["Customer", "Invoice", "Due date", "Balance", "Email"]);
    const due = new Date(Date.UTC(2026, 0, 1));
    sheet.addRow(["Beta GmbH", "B-1", due, 800, "buchhaltung(at)beta.example"]);
    sheet.addRow(["Acme Ltd", "A-1", due, 1200, "ap@acme.example; cfo@acme.example"]);
    sheet.addRow(["Gamma SIA", "G-1", due, 300, "gramatvediba@gamma.example"]);
    for (const row of [2, 3, 4]) sheet.getCell(`C${row}`).numFmt = "yyyy-mm-dd";
    const input = join(folder, "emails.xlsx");
    await workbook.xlsx.writeFile(input);
    const drafts = join(folder, "drafts");
    const run = await runCli(["remind", input, "--out", drafts, "--from", "ar@example.com", "--as-of", "2026-02-15", "--json"], folder);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as RemindReport;
    const byCustomer = Object.fromEntries(report.messages.map((message) => [message.customer, message]));
    expect(byCustomer["Acme Ltd"]).toMatchObject({ kind: "email", to: "ap@acme.example, cfo@acme.example", file: join(drafts, "Reminder - Acme Ltd (USD).eml") });
    expect(byCustomer["Beta GmbH"]).toMatchObject({ kind: "letter", to: null, file: join(drafts, "Letter - Beta GmbH (USD).txt") });
    expect(byCustomer["Gamma SIA"]).toMatchObject({ kind: "email", file: join(drafts, "Reminder - Gamma SIA (USD).eml") });
    expect(report.notDrafted).toEqual([{ sheetRow: 2, cell: null, customer: "Beta GmbH", code: "badEmail", reason: expect.stringContaining('"buchhaltung(at)beta.example"') as unknown }]);
    const parsed = await PostalMime.parse(readFileSync(join(drafts, "Reminder - Acme Ltd (USD).eml"), "utf8"));
    expect(parsed.to?.map((box) => box.address)).toEqual(["ap@acme.example", "cfo@acme.example"]);
    expect(readFileSync(join(drafts, "Letter - Beta GmbH (USD).txt"), "utf8")).toContain("Beta GmbH");
  });
});
