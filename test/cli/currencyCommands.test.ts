/*
 * The command line on the country fixtures (test/fixtures/countries, scripts/make-country-fixtures.mjs):
 * the currency of every figure, where it was read, per-currency totals never added together, the
 * currency of every drafted message, and the refusal of a bare "$" on a sheet that is not English.
 */
import { join } from "node:path";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import PostalMime from "postal-mime";
import { formatMoneyFigure } from "../../src/app/figures";
import { exitCodes } from "../../src/cli/exitCodes";
import { dayFromIsoText } from "../../src/core/days";
import { runCli } from "./cliRun";
import { temporaryFolder } from "./errorCases";
import { fixtureFigures } from "./fixtureFigures";

const AS_OF = dayFromIsoText("2026-11-23") as number;

/** A draft's text: a .txt letter as it is, an .eml's first text part decoded. */
async function decodedText(file: string): Promise<string> {
  const raw = readFileSync(file);
  if (file.endsWith(".txt")) return raw.toString("utf8");
  const email = await PostalMime.parse(raw);
  return email.text ?? "";
}

interface AnalyzeReport {
  readonly currency: { readonly sentence: string; readonly currencies: readonly { code: string; invoices: number; source: string }[] };
  readonly summary: { readonly currencies: readonly { currency: string; total: number; overdue: number; buckets: { amount: number }[] }[] };
}

/** Each fixture: its currencies with their sources, and the sentence the CLI prints. */
const countries: readonly [string, readonly [string, string][], string][] = [
  ["id-accurate-umur-piutang.xlsx", [["IDR", "cell"]], "Currency: IDR, from the amounts' text under 'Sisa Piutang' ('Rp 12.500.000')"],
  ["lv-debitoru-paradi.xlsx", [["EUR", "header"]], "Currency: EUR, from the header 'Atlikums EUR'"],
  ["th-baht-receivables.xlsx", [["THB", "header"]], "Currency: THB, from the header 'ยอดคงเหลือ (บาท)'"],
  ["uk-aged-debtors-gbp-eur.xlsx", [["GBP", "format"], ["EUR", "format"]], "Currencies, never added together: GBP (3 invoices) from the number format of 'Outstanding' ('\"£\"#,##0.00'); EUR (2 invoices) from the number format of 'Outstanding' ('[$€-1809]#,##0.00')"],
  ["two-currency-open-items.xlsx", [["EUR", "column"], ["GBP", "column"], ["USD", "column"]], "Currencies, never added together: EUR (2 invoices) from the column 'Currency' ('EUR'); GBP (2 invoices) from the column 'Currency' ('GBP'); USD (2 invoices) from the column 'Currency' ('US$')"],
  ["us-quickbooks-ar-aging-detail.xlsx", [["USD", "format"]], "Currency: USD, from the number format of 'Open Balance' ('\"$\"#,##0.00') ('$' read as USD, the policy's dollar)"],
];

describe("dunning-desk on the country fixtures: the currency of every figure", () => {
  it.each(countries)("%s: analyze names each currency and its source", async (file, currencies, sentence) => {
    const run = await runCli(["analyze", join("countries", file), "--as-of", "2026-11-23", "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as AnalyzeReport;
    expect(report.currency.currencies.map((use) => [use.code, use.source])).toEqual(currencies);
    expect(report.currency.sentence).toBe(sentence);
    const expected = await fixtureFigures(join("countries", file), AS_OF);
    expect(report.summary.currencies.map((figures) => figures.currency)).toEqual(currencies.map(([code]) => code));
    expect(report.summary.currencies.map((figures) => figures.total)).toEqual(expected.summary.currencies.map((figures) => figures.total));
  });

  it.each(countries)("%s: the table prints every amount with its currency, and the source line", async (file, currencies, sentence) => {
    const run = await runCli(["analyze", join("countries", file), "--as-of", "2026-11-23"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(sentence);
    const expected = await fixtureFigures(join("countries", file), AS_OF);
    for (const figures of expected.summary.currencies) {
      expect(run.stdout).toContain(formatMoneyFigure(figures.total, figures.currency));
      for (const bucket of figures.buckets) expect(run.stdout).toContain(formatMoneyFigure(bucket.amount, figures.currency));
      for (const customer of figures.topCustomers) expect(run.stdout).toContain(formatMoneyFigure(customer.overdue, figures.currency));
    }
    // No amount without its currency: every figure with decimals or thousands carries a symbol or code.
    const withoutMoney = (line: string) => line.replace(/(?:[A-Z]{3}\s|[$€£฿])-?[\d,]+(?:\.\d+)?/gu, "");
    const bare = run.stdout.split("\n").filter((line) => !/^Currenc|Share|days|Aging list:/.test(line.trim()) && /\d,\d{3}|\d\.\d\d/.test(withoutMoney(line)));
    expect(bare).toEqual([]);
    if (currencies.length > 1) expect(run.stdout).toContain(`Aging buckets in ${currencies[0]?.[0] ?? ""}`);
  });

  it("the two-currency list never adds euros, pounds and dollars: each total is its own", async () => {
    const run = await runCli(["analyze", join("countries", "two-currency-open-items.xlsx"), "--as-of", "2026-11-23", "--json"]);
    const report = JSON.parse(run.stdout) as AnalyzeReport;
    expect(report.summary.currencies.map((figures) => [figures.currency, figures.total])).toEqual([["EUR", 6580.5], ["GBP", 9700], ["USD", 14350]]);
  });

  it.each([
    ["lv-debitoru-paradi.xlsx", "EUR"],
    ["id-accurate-umur-piutang.xlsx", "IDR"],
    ["th-baht-receivables.xlsx", "THB"],
  ])("%s: remind drafts every message in %s, its amount as the table says", async (file, code) => {
    const run = await runCli(["remind", join("countries", file), "--as-of", "2026-11-23", "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { messages: { currency: string }[] };
    expect(report.messages.length).toBeGreaterThan(0);
    for (const message of report.messages) expect(message.currency).toBe(code);
    const text = await runCli(["remind", join("countries", file), "--as-of", "2026-11-23"]);
    expect(text.stdout).toMatch(new RegExp(`^Currency: ${code}, `, "m"));
  });

  it.each([
    ["lv-debitoru-paradi.xlsx", "EUR"],
    ["id-accurate-umur-piutang.xlsx", "IDR"],
    ["th-baht-receivables.xlsx", "THB"],
    // Read as of its title's date, this list's notes (a dispute, a promise, an unreachable customer)
    // and the grace period leave nothing to draft: a month later its euros and pounds are asked for.
    ["two-currency-open-items.xlsx", null, "2026-12-20"],
    // Pounds and euros told apart by their number formats; dollars from a QuickBooks "$" format.
    ["uk-aged-debtors-gbp-eur.xlsx", null, "2026-12-20"],
    ["us-quickbooks-ar-aging-detail.xlsx", "USD"],
  ])("%s: every draft writes its total as Intl writes that currency in the letter's language", async (file, code, asOf = "2026-11-23") => {
    const folder = temporaryFolder();
    const run = await runCli(["remind", join("countries", file), "--as-of", asOf, "--out", folder, "--from", "ar@example.com", "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { messages: { currency: string; language: string; amount: number; file: string }[] };
    expect(report.messages.length).toBeGreaterThan(0);
    const locales: Record<string, string> = { en: "en-US", id: "id-ID", lv: "lv-LV", th: "th-TH" };
    for (const message of report.messages) {
      if (code !== null) expect(message.currency).toBe(code);
      // English letters are US style for dollars, British for any other currency (locale auto).
      const locale = message.language === "en" && message.currency !== "USD" ? "en-GB" : locales[message.language];
      const money = new Intl.NumberFormat(locale, { style: "currency", currency: message.currency }).format(message.amount);
      // The .eml body is quoted-printable or base64; the .txt letter is plain: compare the decoded text.
      const text = await decodedText(message.file);
      expect(text.replace(/\s/gu, " ")).toContain(money.replace(/\s/gu, " "));
      // Issue 10: no dollars in a letter whose currency is not a dollar.
      if (message.currency !== "USD") expect(text).not.toMatch(/\$\s?\d/);
    }
  });

  it("remind on the two-currency list drafts one message per customer and currency", async () => {
    const run = await runCli(["remind", join("countries", "two-currency-open-items.xlsx"), "--as-of", "2026-11-23", "--override-gap", "--json"]);
    const report = JSON.parse(run.stdout) as { messages: { customer: string; currency: string }[] };
    for (const message of report.messages) expect(["EUR", "GBP", "USD"]).toContain(message.currency);
  });
});

describe("dunning-desk: a bare \"$\" on a sheet whose headers are not English", () => {
  const folder = temporaryFolder();
  const file = join(folder, "lv-dollars.xlsx");
  beforeAll(async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Debitori");
    sheet.addRow(["Klients", "Rēķina nr.", "Apmaksas termiņš", "Amount"]);
    sheet.addRow(["SIA Kurzemes Būve", "BK-1", "2026-09-13", "$4,820.50"]);
    sheet.addRow(["AS Rīgas Mēbeles", "BK-2", "2026-08-30", "$9,400.00"]);
    await workbook.xlsx.writeFile(file);
  });

  it("is refused with exit 10 and a plain message, nothing assumed", async () => {
    const run = await runCli(["analyze", file, "--as-of", "2026-11-23"], folder);
    expect(run.code).toBe(exitCodes.currencyQuestion);
    expect(run.stderr).toMatch(/Which currency is '\$'\? .* --currency/);
    expect(run.stdout).toBe("");
  });

  it("is read as the code --currency gives, and the output says so", async () => {
    const run = await runCli(["analyze", file, "--as-of", "2026-11-23", "--currency", "USD"], folder);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Currency: USD, as you chose it for this list");
    expect(run.stdout).toContain(formatMoneyFigure(14220.5, "USD"));
  });

  it.each([["dollar"], ["$"], ["XYZ"]])("--currency %s is a usage error", async (code) => {
    const run = await runCli(["analyze", file, "--currency", code], folder);
    expect(run.code).toBe(exitCodes.usage);
    expect(run.stderr).toMatch(/--currency must be an ISO 4217 code/);
  });

  it("--currency overrides what the sheet shows, but not a currency column", async () => {
    const run = await runCli(["analyze", join("countries", "two-currency-open-items.xlsx"), "--as-of", "2026-11-23", "--currency", "SEK", "--json"]);
    const report = JSON.parse(run.stdout) as AnalyzeReport;
    expect(report.summary.currencies.map((figures) => figures.currency)).toEqual(["EUR", "GBP", "USD"]);
    const latvian = await runCli(["analyze", join("countries", "lv-debitoru-paradi.xlsx"), "--as-of", "2026-11-23", "--currency", "sek", "--json"]);
    expect((JSON.parse(latvian.stdout) as AnalyzeReport).summary.currencies.map((figures) => figures.currency)).toEqual(["SEK"]);
  });
});
