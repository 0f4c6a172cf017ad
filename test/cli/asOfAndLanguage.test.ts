/*
 * The command line on the country fixtures (issue 10 items 3 and 4): the report's own as-of
 * line is the run's as-of date unless --as-of is given, the output says which; letters are in the
 * customer's language (a Language column, else the headers'), dates in the letter's locale as
 * date-fns and Intl write them, Thai with Buddhist-era years.
 */
import { join } from "node:path";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import PostalMime from "postal-mime";
import { dayFromIsoText, isoTextOfDay, utcDateOfDay } from "../../src/core/days";
import { runCli } from "./cliRun";
import { fixtureFigures } from "./fixtureFigures";
import { temporaryFolder } from "./errorCases";

async function decodedText(file: string): Promise<string> {
  const raw = readFileSync(file);
  if (file.endsWith(".txt")) return raw.toString("utf8");
  return (await PostalMime.parse(raw)).text ?? "";
}

/** A day as Intl writes it in a locale, numeric with the year in full. */
const shortDate = (tag: string, iso: string) =>
  new Intl.DateTimeFormat(tag, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(utcDateOfDay(dayFromIsoText(iso) as number));

interface Report {
  readonly asOf: string;
  readonly asOfSource: string;
  readonly asOfReason: string;
  readonly reportAsOf: { date: string; text: string; cell: string; buddhistYear: number | null } | null;
  readonly notes?: readonly string[];
}

describe("dunning-desk: the report's own as-of date", () => {
  it.each([
    ["id-accurate-umur-piutang.xlsx", "Per tanggal 23/11/2026", "A3", null],
    ["lv-debitoru-paradi.xlsx", "Uz 2026. gada 23. novembri", "A3", null],
    ["th-baht-receivables.xlsx", "ณ วันที่ 23/11/2569", "A3", 2569],
    ["uk-aged-debtors-gbp-eur.xlsx", "Aged Debtors as at 23/11/2026", "A3", null],
    ["two-currency-open-items.xlsx", "As of 23 Nov 2026", "A2", null],
    ["us-quickbooks-ar-aging-detail.xlsx", "As of November 23, 2026", "A3", null],
  ])("%s: without --as-of the run is as of the title line '%s'", async (file, text, cell, buddhistYear) => {
    const run = await runCli(["analyze", join("countries", file), "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report).toMatchObject({ asOf: "2026-11-23", asOfSource: "report", reportAsOf: { date: "2026-11-23", text, cell, buddhistYear } });
    const table = await runCli(["analyze", join("countries", file)]);
    expect(table.stdout).toContain(`as of 2026-11-23 (the report's own date: '${text}')`);
  });

  it("--as-of wins, and the output still names the report's date", async () => {
    const run = await runCli(["analyze", join("countries", "us-quickbooks-ar-aging-detail.xlsx"), "--as-of", "2026-12-01", "--json"]);
    const report = JSON.parse(run.stdout) as Report;
    expect(report).toMatchObject({ asOf: "2026-12-01", asOfSource: "option", reportAsOf: { date: "2026-11-23" } });
    expect(report.asOfReason).toBe("as --as-of says; the report says 'As of November 23, 2026'");
  });

  it("a list without an as-of line is as of today, and says so", async () => {
    const folder = temporaryFolder();
    const file = join(folder, "plain.xlsx");
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("AR");
    sheet.addRow(["Customer", "Due date", "Balance"]);
    sheet.addRow(["Acme", "2026-01-01", 100]);
    await workbook.xlsx.writeFile(file);
    const report = JSON.parse((await runCli(["analyze", file, "--json"], folder)).stdout) as Report;
    expect(report).toMatchObject({ asOf: "2026-02-15", asOfSource: "today", reportAsOf: null, asOfReason: "today: the report states no as-of date" });
  });

  it("annotate writes the report's date as the policy sheet's as-of date (DunningAsOf)", async () => {
    const folder = temporaryFolder();
    const output = join(folder, "out.xlsx");
    const run = await runCli(["annotate", join("countries", "us-quickbooks-ar-aging-detail.xlsx"), "-o", output, "--json"]);
    expect(run.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const [ref] = workbook.definedNames.getRanges("DunningAsOf").ranges;
    const [sheetName, address] = (ref ?? "").replace(/'/g, "").split("!");
    const value = workbook.getWorksheet(sheetName ?? "")?.getCell((address ?? "").replace(/\$/g, "")).value;
    expect(value instanceof Date ? value.toISOString().slice(0, 10) : value).toBe("2026-11-23");
  });

  it("the date-order note only where dates are text; the Buddhist-era conversion is stated", async () => {
    const quickBooks = JSON.parse((await runCli(["analyze", join("countries", "us-quickbooks-ar-aging-detail.xlsx"), "--json"])).stdout) as Report;
    expect((quickBooks.notes ?? []).join(" ")).not.toMatch(/Dates read/);
    const thai = JSON.parse((await runCli(["analyze", join("countries", "th-baht-receivables.xlsx"), "--json"])).stdout) as Report;
    expect(thai.notes).toContain("Dates read day-first (dd/mm/yyyy), inferred from the dates");
    expect((thai.notes ?? []).join(" ")).toMatch(/Buddhist-era years read as Common Era: 2569 → 2026 \(\d+ dates, such as '04\/09\/2569'\)/);
  });
});

interface Message {
  readonly customer: string;
  readonly language: string;
  readonly currency: string;
  readonly file: string;
  readonly invoices: string;
}

describe("dunning-desk remind: the letter speaks the customer's language and calendar", () => {
  async function remind(file: string, extra: readonly string[] = []) {
    const folder = temporaryFolder();
    const run = await runCli(["remind", join("countries", file), "--out", folder, "--from", "ar@example.com", "--override-gap", "--json", ...extra]);
    expect(run.code).toBe(0);
    return JSON.parse(run.stdout) as { language: { sentence: string }; messages: readonly Message[] };
  }

  it("the Indonesian and Thai lists get letters in their headers' language, and say so", async () => {
    const indonesian = await remind("id-accurate-umur-piutang.xlsx");
    expect(indonesian.language.sentence).toBe("Letters in Indonesian, from the sheet's headers");
    expect(indonesian.messages.map((message) => message.language)).toEqual(indonesian.messages.map(() => "id"));
    const thai = await remind("th-baht-receivables.xlsx");
    expect(thai.messages.length).toBeGreaterThan(0);
    for (const message of thai.messages) expect(message.language).toBe("th");
    const text = (await runCli(["remind", join("countries", "th-baht-receivables.xlsx")])).stdout;
    expect(text).toContain("Letters in Thai, from the sheet's headers.");
  });

  it("--lang still wins over the headers", async () => {
    const report = await remind("id-accurate-umur-piutang.xlsx", ["--lang", "en"]);
    expect(report.language.sentence).toBe("Letters in English, as --lang says");
    for (const message of report.messages) expect(message.language).toBe("en");
  });

  it("the Latvian list's Language column decides per customer; English there is British, in euros", async () => {
    const report = await remind("lv-debitoru-paradi.xlsx");
    expect(report.language.sentence).toBe("Letters in each customer's language from the column 'Valoda'; the others in Latvian, from the sheet's headers");
    const byCustomer = Object.fromEntries(report.messages.map((message) => [message.customer, message]));
    expect(byCustomer["Tallinna Puit OÜ"]?.language).toBe("en");
    for (const message of report.messages.filter((each) => each.customer !== "Tallinna Puit OÜ")) expect(message.language).toBe("lv");
    const english = await decodedText(byCustomer["Tallinna Puit OÜ"]?.file ?? "");
    expect(english).toContain(shortDate("en-GB", "2026-10-05")); // 05/10/2026, the due date, day first
    expect(english).not.toMatch(/\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}(st|nd|rd|th)?, \d{4}/);
    expect(english).toContain(new Intl.NumberFormat("en-GB", { style: "currency", currency: "EUR" }).format(3300));
  });

  it("Thai letters write Buddhist-era years, as Intl's th-TH does", async () => {
    const report = await remind("th-baht-receivables.xlsx");
    const text = await decodedText(report.messages.find((message) => message.customer === "บริษัท ภูเก็ตซีฟู้ด จำกัด")?.file ?? "");
    expect(text).toContain(shortDate("th-TH", "2026-10-15")); // 15/10/2569, the due date
    expect(text).not.toMatch(/\b2026\b/);
  });

  it("US dollars keep US dates in English letters", async () => {
    const report = await remind("us-quickbooks-ar-aging-detail.xlsx");
    const text = await decodedText(report.messages.find((message) => message.customer.startsWith("Dockside"))?.file ?? "");
    expect(text).toContain(shortDate("en-US", "2026-06-19")); // 06/19/2026
  });

  it.each([
    ["id-accurate-umur-piutang.xlsx", "2026-11-23"],
    ["lv-debitoru-paradi.xlsx", "2026-11-23"],
    ["th-baht-receivables.xlsx", "2026-11-23"],
    ["uk-aged-debtors-gbp-eur.xlsx", "2026-11-23"],
    ["two-currency-open-items.xlsx", "2026-12-20"],
    ["us-quickbooks-ar-aging-detail.xlsx", "2026-11-23"],
  ])("%s: every letter writes each invoice's due date as Intl does in the letter's locale", async (file, asOf) => {
    const report = await remind(file, ["--as-of", asOf]);
    expect(report.messages.length).toBeGreaterThan(0);
    const { ledger } = await fixtureFigures(join("countries", file), dayFromIsoText(asOf) as number);
    const dueOf = new Map(ledger.invoices.map((invoice) => [invoice.invoiceNumber, invoice.dueDay]));
    for (const message of report.messages) {
      // English letters are US style for US dollars, British for any other currency (the policy's locale is auto).
      const tag = message.language === "en" ? (message.currency === "USD" ? "en-US" : "en-GB") : { id: "id-ID", lv: "lv-LV", th: "th-TH" }[message.language] ?? "";
      const text = await decodedText(message.file);
      for (const invoice of message.invoices.split(", ")) {
        const due = dueOf.get(invoice);
        if (due === undefined) throw new Error(`${invoice}: not read`);
        expect(text).toContain(shortDate(tag, isoTextOfDay(due)));
      }
    }
  });
});
