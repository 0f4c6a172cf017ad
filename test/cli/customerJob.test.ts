/* QuickBooks "Customer:Job" names on the command line: one message per customer, the jobs in its invoice table. */
import { readFileSync, writeFileSync } from "node:fs";
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

describe("dunning-desk analyze on the same list: one customer per QuickBooks customer, its jobs counted under it", () => {
  interface AnalyzeReport {
    readonly summary: { customers: number; currencies: readonly { customers: number; topCustomers: readonly { customer: string; overdue: number; invoices: number }[] }[] };
  }
  let json: AnalyzeReport;
  let text: string;
  beforeAll(async () => {
    const args = ["analyze", join("countries", "us-quickbooks-ar-aging-detail.xlsx"), "--as-of", "2026-11-23"];
    const [asJson, asText] = await Promise.all([runCli([...args, "--json"]), runCli(args)]);
    expect([asJson.code, asText.code]).toEqual([0, 0]);
    json = JSON.parse(asJson.stdout) as AnalyzeReport;
    text = asText.stdout;
  });

  it("counts 4 customers (Acme Corp, Birch Dental Group, Cypress Hotels, Dockside Brewing Co), not 5", () => {
    expect(json.summary.customers).toBe(4);
    expect(json.summary.currencies[0]?.customers).toBe(4);
    expect(text).toMatch(/Customers {2,}4\n/);
  });

  it("ranks Acme Corp by its three invoices over both jobs: 4,200 + 2,875.50 + 6,480", () => {
    expect(json.summary.currencies[0]?.topCustomers[0]).toEqual({ customer: "Acme Corp", overdue: 13_555.5, invoices: 3 });
    expect(text).not.toContain("Acme Corp:");
  });
});

describe("dunning-desk remind: the minimum amount is the customer's total over its jobs", () => {
  it("drafts Acme Corp (13,555.50 in all) under a minimum of 11,000 that each job alone (10,680, 2,875.50) stays below", async () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, "policy.json"), JSON.stringify({ minimumAmount: 11_000 }));
    const args = ["remind", join("countries", "us-quickbooks-ar-aging-detail.xlsx"), "--as-of", "2026-11-23", "--out", folder, "--from", "ar@example.com", "--json"];
    const run = await runCli([...args, "--policy", join(folder, "policy.json")]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as RemindReport;
    expect(report.messages.map((message) => [message.customer, message.invoices])).toEqual([["Acme Corp", "1102, 1184"]]);
    expect(report.notDrafted.filter((row) => row.code === "belowMinimum").map((row) => row.customer)).toEqual(["Birch Dental Group", "Cypress Hotels", "Dockside Brewing Co"]);
  });
});
