/* QuickBooks "Customer:Job" names on the command line: one message per customer, the jobs in its invoice table. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "./cliRun";
import { temporaryFolder } from "./errorCases";

interface RemindReport {
  readonly messages: readonly { customer: string; stage: string; invoices: string; file: string | null }[];
  readonly notDrafted: readonly { customer: string | null; code: string }[];
}

describe("dunning-desk remind on a QuickBooks A/R Aging Detail with Customer:Job names", () => {
  const folder = temporaryFolder();
  let report: RemindReport;
  beforeAll(async () => {
    const run = await runCli(["remind", join("countries", "us-quickbooks-ar-aging-detail.xlsx"), "--as-of", "2026-11-23", "--out", folder, "--from", "ar@example.com", "--json"]);
    expect(run.code).toBe(0);
    report = JSON.parse(run.stdout) as RemindReport;
  });

  it("drafts one message for Acme Corp, not one per job", () => {
    const acme = report.messages.filter((message) => message.customer.startsWith("Acme Corp"));
    expect(acme.map((message) => [message.customer, message.invoices])).toEqual([["Acme Corp", "1102, 1184"]]);
    // Cypress Hotels:Lobby renovation promised to pay by 11/30/2026 (its memo): it waits, under its customer.
    expect(report.notDrafted).toContainEqual(expect.objectContaining({ customer: "Cypress Hotels", code: "promisePending" }));
  });

  it("keeps the disputed job (Office move) out, under its customer", () => {
    expect(report.notDrafted.filter((row) => row.code === "disputed")).toEqual([expect.objectContaining({ customer: "Acme Corp" })]);
  });

  it("shows each invoice's job in the letter's invoice table", () => {
    const file = report.messages.find((message) => message.customer === "Acme Corp")?.file ?? "";
    const text = readFileSync(file, "utf8");
    expect(text).toContain("1102 (Warehouse fit-out)");
    expect(text).toContain("1184 (Warehouse fit-out)");
    expect(text).not.toContain("Acme Corp:");
  });
});
