import { join } from "node:path";
import ExcelJS from "exceljs";
import { exitCodes } from "../../src/cli/exitCodes";
import { dayFromIsoText } from "../../src/core/days";
import { policyNames } from "../../src/workbook/policyNames";
import { engineAnswers } from "../excel/engineAnswers";
import { TODAY, runCli } from "./cliRun";
import { copyFixture, temporaryFolder } from "./errorCases";
import { fixtureFigures, fixtureFiles } from "./fixtureFigures";

interface AnnotateReport {
  readonly output: string;
  readonly sheet: string;
  readonly summarySheet: string;
  readonly columns: { header: string; column: string }[];
}

const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A cell's cached value as a reader without the add-in sees it (dates as 1900 serials). ExcelJS
 * reads a cached `<v>0</v>` back as no result at all, and an empty text result the same way:
 * `empty` says which one the column holds.
 */
function cachedValue(cell: ExcelJS.Cell, empty: 0 | ""): unknown {
  const value = cell.value;
  const result = typeof value === "object" && value !== null && "formula" in value ? (value as { result?: unknown }).result : value;
  if (result instanceof Date) return result.getTime() / 86_400_000 + UNIX_EPOCH_SERIAL;
  return result ?? empty;
}

function columnNumber(letters: string): number {
  return [...letters].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0);
}

const NOVEMBER_23 = dayFromIsoText("2026-11-23") as number;
const countryFiles = ["id-accurate-umur-piutang.xlsx", "lv-debitoru-paradi.xlsx", "th-baht-receivables.xlsx", "uk-aged-debtors-gbp-eur.xlsx", "two-currency-open-items.xlsx", "us-quickbooks-ar-aging-detail.xlsx"].map((file) => join("countries", file));

/** Annotates a fixture and checks every AR cell's cached value against the engine. */
async function expectAnnotated(folder: string, file: string, asOfText: string, asOf: number): Promise<void> {
  const output = join(folder, `annotated-${file.replace(/[\\/]/g, "-")}`);
  const run = await runCli(["annotate", file, "-o", output, "--as-of", asOfText, "--json"]);
  expect(run.stderr).not.toMatch(/error/i);
  expect(run.code).toBe(0);
  const report = JSON.parse(run.stdout) as AnnotateReport;
  expect(report.output).toBe(output);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(output);
  expect(workbook.getWorksheet(policyNames.sheet)).toBeDefined();
  expect(workbook.getWorksheet(report.summarySheet)).toBeDefined();
  const sheet = workbook.getWorksheet(report.sheet);
  if (!sheet) throw new Error(`no sheet ${report.sheet}`);
  expect(report.columns.map((column) => column.header)).toEqual(["Days overdue", "Bucket", "Next action", "Reason", "Settle offer", "Next contact"]);
  const expected = await fixtureFigures(file, asOf);
  let checked = 0;
  for (const invoice of expected.ledger.invoices) {
    const answers = engineAnswers(invoice, asOf, expected.sheetPolicy);
    if (!answers) continue;
    const row = sheet.getRow(invoice.row + 1);
    const cell = (header: string, empty: 0 | "" = "") => cachedValue(row.getCell(columnNumber(report.columns.find((column) => column.header === header)?.column ?? "A")), empty);
    expect({ row: invoice.row, days: cell("Days overdue", 0), bucket: cell("Bucket"), action: cell("Next action"), offer: cell("Settle offer", 0), next: cell("Next contact") })
      .toEqual({ row: invoice.row, days: answers.daysOverdue, bucket: answers.bucket, action: answers.nextAction, offer: answers.settleOffer, next: answers.nextContact });
    checked += 1;
  }
  expect(checked).toBeGreaterThan(0);
}

describe("dunning-desk annotate, on every fixture", () => {
  const folder = temporaryFolder();

  it.each(fixtureFiles)("%s: AR columns with the engine's cached values, summary and policy sheets", (file) => expectAnnotated(folder, file, "2026-02-15", TODAY));

  // Issue 10: the offers of the country lists are rounded to their currency's step (Rp to 1,000, baht to 10).
  it.each(countryFiles)("%s: the AR formulas' cached values on a country list, offers in its currency", (file) => expectAnnotated(folder, file, "2026-11-23", NOVEMBER_23));

  // Issue 12.7: the README's scheduled morning run annotates yesterday's annotated file again.
  it("re-running on its own output refreshes the AR columns without --force: later as-of date, new cached values", async () => {
    const input = copyFixture(folder, "plain-table.xlsx");
    const once = join(folder, "rerun-once.xlsx");
    expect((await runCli(["annotate", input, "-o", once, "--as-of", "2026-02-15", "--quiet"], folder)).code).toBe(0);
    const twice = join(folder, "rerun-twice.xlsx");
    const rerun = await runCli(["annotate", once, "-o", twice, "--as-of", "2026-02-20", "--json"], folder);
    expect(rerun.stderr).not.toMatch(/in the way|already hold data/);
    expect(rerun.code).toBe(0);
    const report = JSON.parse(rerun.stdout) as AnnotateReport & { asOf: string };
    expect(report.asOf).toBe("2026-02-20");
    // The same six columns, refreshed in place: none added, none mapped as the list's own.
    expect(report.columns).toEqual(["I", "J", "K", "L", "M", "N"].map((column, index) => ({ header: report.columns[index]?.header, column, reused: true })));
    const [before, after] = await Promise.all([once, twice].map(async (file) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      return workbook;
    }));
    const days = (workbook: ExcelJS.Workbook | undefined) => {
      const sheet = workbook?.getWorksheet("Receivables");
      return Array.from({ length: 40 }, (_, index) => cachedValue(sheet?.getRow(index + 4).getCell(columnNumber("I")) ?? ({} as ExcelJS.Cell), 0));
    };
    expect(days(after)).toEqual(days(before).map((value) => Number(value) + 5));
    expect(after?.getWorksheet("Receivables")?.getRow(3).getCell(columnNumber("O")).value ?? null).toBeNull();
    const asOf = (workbook: ExcelJS.Workbook | undefined) => {
      const [range] = (workbook?.definedNames as unknown as { getRanges(name: string): { ranges: string[] } }).getRanges(policyNames.asOf).ranges;
      const [sheetName, address] = (range ?? "").replace(/\$/g, "").split("!");
      return cachedValue(workbook?.getWorksheet((sheetName ?? "").replace(/^'|'$/g, ""))?.getCell(address ?? "A1") ?? ({} as ExcelJS.Cell), 0);
    };
    expect(Number(asOf(after)) - Number(asOf(before))).toBe(5);
  });

  it("refuses to write over what the user typed into an AR column and lists only that cell; --force overwrites", async () => {
    const input = copyFixture(folder, "plain-table.xlsx");
    const once = join(folder, "once.xlsx");
    expect((await runCli(["annotate", input, "-o", once, "--quiet"], folder)).code).toBe(0);
    const edited = new ExcelJS.Workbook();
    await edited.xlsx.readFile(once);
    const typedInto = edited.getWorksheet("Receivables")?.getCell("K5");
    if (!typedInto) throw new Error("no cell K5");
    typedInto.value = "call Monday";
    await edited.xlsx.writeFile(once);
    const twice = join(folder, "twice.xlsx");
    const refused = await runCli(["annotate", once, "-o", twice], folder);
    expect(refused.code).toBe(exitCodes.cellsInTheWay);
    expect(refused.stderr).toMatch(/already hold data[\s\S]*--force/);
    expect(refused.stderr.match(/\n {2}\S+![A-Z]+\d+ /g)).toEqual(["\n  Receivables!K5 "]);
    const { existsSync } = await import("node:fs");
    expect(existsSync(twice)).toBe(false);
    expect((await runCli(["annotate", once, "-o", twice, "--force", "--quiet"], folder)).code).toBe(0);
    expect(existsSync(twice)).toBe(true);
  });

  it("refuses an existing output without --force, and writes the input only with --in-place", async () => {
    const input = copyFixture(folder, "xero-aged-receivables.xlsx");
    const out = join(folder, "xero-out.xlsx");
    expect((await runCli(["annotate", input, "-o", out, "--quiet"], folder)).code).toBe(0);
    expect((await runCli(["annotate", input, "-o", out], folder)).code).toBe(exitCodes.outputExists);
    expect((await runCli(["annotate", input, "--in-place", "--quiet"], folder)).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(input);
    expect(workbook.getWorksheet(policyNames.sheet)).toBeDefined();
  });
});
