import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { TODAY, runCli } from "./cliRun";
import { temporaryFolder } from "./errorCases";
import { fixtureFigures, fixtureFiles } from "./fixtureFigures";
import { formatMoneyFigure } from "../../src/app/figures";
import { onlyCurrency } from "../support/onlyCurrency";

describe("dunning-desk analyze, on every fixture", () => {
  it.each(fixtureFiles)("%s: --json holds src/core's figures", async (file) => {
    const run = await runCli(["analyze", file, "--json", "--as-of", "2026-02-15"]);
    expect(run).toMatchObject({ code: 0 });
    const report = JSON.parse(run.stdout) as { ok: boolean; asOf: string; list: { sheet: string }; summary: Record<string, unknown>; problems: { cell: string; message: string }[] };
    const expected = await fixtureFigures(file, TODAY);
    const { problems: _problems, ...figures } = expected.summary;
    expect(report.ok).toBe(true);
    expect(report.asOf).toBe("2026-02-15");
    expect(report.list.sheet).toBe(expected.sheetName);
    expect(report.summary).toEqual(JSON.parse(JSON.stringify(figures)));
    const messages = [...expected.ledger.problems, ...expected.summary.problems].map((problem) => problem.message).sort();
    expect(report.problems.map((problem) => problem.message).sort()).toEqual(messages);
  });

  it.each(fixtureFiles)("%s: the table shows the totals, buckets, customers and actions", async (file) => {
    const run = await runCli(["analyze", file, "--as-of", "2026-02-15"]);
    const expected = await fixtureFigures(file, TODAY);
    expect(run.code).toBe(0);
    for (const heading of ["Totals", "Aging buckets", "Next actions"]) expect(run.stdout).toContain(heading);
    const figures = onlyCurrency(expected.summary);
    const money = (amount: number) => formatMoneyFigure(amount, figures.currency).replace(/[.$]/g, "\\$&");
    expect(run.stdout).toContain(formatMoneyFigure(figures.total, figures.currency));
    for (const bucket of figures.buckets) expect(run.stdout).toMatch(new RegExp(`${bucket.label.replace("+", "\\+")}\\s+${money(bucket.amount)}\\s+${bucket.invoices}\\n`));
    for (const customer of figures.topCustomers) expect(run.stdout).toContain(customer.customer);
    for (const [action, count] of Object.entries(expected.summary.actions)) expect(run.stdout).toMatch(new RegExp(`${action}\\s+${count}\\n`));
    expect(run.stderr).toMatch(/^analyze: \d+ invoices?, /m);
  });

  it("--quiet leaves stderr empty; stdout is only JSON", async () => {
    const run = await runCli(["analyze", "plain-table.xlsx", "--json", "--quiet"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
  });

  it("--as-of moves the figures: everything is overdue ten years on", async () => {
    const run = await runCli(["analyze", "plain-table.xlsx", "--json", "--as-of", "2036-02-15"]);
    const report = JSON.parse(run.stdout) as { summary: { total: number; overdue: number } };
    expect(report.summary.overdue).toBe(report.summary.total);
  });

  it("--policy (JSON) changes the next actions", async () => {
    const dir = temporaryFolder();
    writeFileSync(join(dir, "policy.json"), JSON.stringify({ graceDays: 365, settlementDays: 400 }));
    const base = JSON.parse((await runCli(["analyze", "plain-table.xlsx", "--json"])).stdout) as { summary: { actions: Record<string, number> } };
    const run = await runCli(["analyze", "plain-table.xlsx", "--json", "--policy", join(dir, "policy.json")]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { summary: { actions: Record<string, number> } };
    expect(report.summary.actions).not.toEqual(base.summary.actions);
  });
});

describe("dunning-desk analyze names the customer of each row problem", () => {
  const folder = temporaryFolder();

  it("in --json and in the table", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("AR");
    sheet.addRow(["Customer", "Invoice", "Due date", "Balance"]);
    sheet.addRow(["Acme Ltd", "A-1", "2026-01-01", 100]);
    sheet.addRow(["Zeta Trading", "Z-1", "not a date", 50]);
    const file = join(folder, "problem-customer.xlsx");
    await workbook.xlsx.writeFile(file);
    const json = await runCli(["analyze", file, "--json", "--as-of", "2026-02-15", "--quiet"]);
    expect((JSON.parse(json.stdout) as { problems: unknown[] }).problems).toEqual([expect.objectContaining({ cell: "C3", customer: "Zeta Trading", severity: "error" })]);
    const table = await runCli(["analyze", file, "--as-of", "2026-02-15", "--quiet"]);
    expect(table.stdout).toMatch(/C3\s+Zeta Trading\s+error\s+/);
  });
});
