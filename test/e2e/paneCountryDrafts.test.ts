// The country fixtures drafted through the built pane (issue 10): read, map, take the report's
// own as-of date, select the whole list and draft. The pane drafts what the command line drafts
// (the same customers, currencies and stages) and says, as it does, why the letters are in their
// language; every draft's text asks for its amount as Intl writes that currency in the letter's
// language, and writes each invoice's due date as Intl writes a date in the letter's locale (Thai
// with Buddhist-era years); the disputed, promised and unreachable rows are left out with their
// reason. Needs `npm run build` first.
import * as path from "node:path";
import type { Page } from "playwright-core";
import { dayFromIsoText, isoTextOfDay, utcDateOfDay } from "../../src/core/days";
import { runCli } from "../cli/cliRun";
import { temporaryFolder } from "../cli/errorCases";
import { fixtureFigures } from "../cli/fixtureFigures";
import { openTaskpane, rootDir, type TaskpaneHost } from "../support/e2eHost";
import type { FakeExcel } from "../support/fakeExcel";
import { fromXlsx } from "../support/fakeExcel/fromXlsx";
import { expectedFor } from "./paneFixture";

const REPORT_DAY = dayFromIsoText("2026-11-23") as number;

interface CliMessage {
  readonly customer: string;
  readonly currency: string;
  readonly stage: string;
  readonly language: string;
  readonly amount: number;
  readonly invoices: string;
}

/** The locale a letter is written in: English is US style for dollars, British otherwise (policy locale auto). */
function localeOf(message: CliMessage): string {
  if (message.language === "en") return message.currency === "USD" ? "en-US" : "en-GB";
  return { id: "id-ID", lv: "lv-LV", th: "th-TH" }[message.language] ?? "";
}

const shortDate = (tag: string, iso: string) =>
  new Intl.DateTimeFormat(tag, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(utcDateOfDay(dayFromIsoText(iso) as number));

/** Each fixture and the customers whose disputed, promised or unreachable rows the pane must leave out, with the reason's words. */
const fixtures = [
  ["id-accurate-umur-piutang", [["CV Maju Jaya", "is disputed (R8)"], ["PT Karya Baru Sentosa", "promise to pay by 2026-11-30 (R7)"], ["Toko Sejahtera", "Trace debtor"]]],
  ["lv-debitoru-paradi", [["SIA Kurzemes Būve", "is disputed (R8)"], ["AS Rīgas Mēbeles", "promise to pay by 2026-11-30 (R7)"], ["SIA Daugavas Tirdzniecība", "Trace debtor"]]],
  ["th-baht-receivables", [["บริษัท กรุงเทพวัสดุ จำกัด", "is disputed (R8)"], ["ห้างหุ้นส่วนจำกัด เชียงใหม่ค้าไม้", "promise to pay by 2026-11-30 (R7)"], ["ร้านสมชายการช่าง", "Trace debtor"]]],
  ["uk-aged-debtors-gbp-eur", [["Bristol Fasteners Ltd", "is disputed (R8)"], ["Leeds Hydraulics plc", "promise to pay by 2026-11-30 (R7)"], ["Liffey Engineering DAC", "Trace debtor"]]],
  ["us-quickbooks-ar-aging-detail", [["Acme Corp", "is disputed (R8)"], ["Cypress Hotels", "promise to pay by 2026-11-30 (R7)"]]],
] as const;

describe.each(fixtures)("countries/%s.xlsx drafted in the pane", (fixture, heldBack) => {
  let host: TaskpaneHost;
  let page: Page;
  const file = path.join("countries", `${fixture}.xlsx`);

  afterAll(async () => {
    await host?.close();
  });

  it("drafts what the command line drafts: each amount in its currency and each date in the letter's locale", async () => {
    const state = await fromXlsx(path.join(rootDir, "test", "fixtures", file));
    const sheet = state.sheets[0];
    if (!sheet) throw new Error("no sheet");
    const expected = expectedFor(sheet, REPORT_DAY);
    host = await openTaskpane({ state: { ...state, activeCell: { row: expected.headerRow + 1, column: 1 } } });
    page = host.page;
    await page.click("#read-sheet");
    await page.locator("#mapping-panel").waitFor({ state: "visible" });
    const notice = (await page.locator("#load-panel .notice").textContent()) ?? "";
    const address = /from '?(.+?)'?!(\$?[A-Z]+\$?\d+:\$?[A-Z]+\$?\d+)/.exec(notice);
    if (!address?.[2]) throw new Error(`no address in: ${notice}`);
    await page.click("#use-mapping");
    await page.locator("#as-of-question").waitFor({ state: "visible" });
    await page.click("#use-report-as-of");
    await page.waitForFunction(() => (document.getElementById("analyze-as-of")?.textContent ?? "").startsWith("As of 23 Nov 2026"));
    await page.locator("#remind-panel").waitFor({ state: "visible" });
    await host.inspect((fake: FakeExcel, arg: { sheet: string; range: string }) => fake.setSelection(arg.sheet, [arg.range]), { sheet: sheet.name, range: address[2].replace(/\$/g, "") });
    await page.click("#draft-selection");
    await page.locator("#draft-count").waitFor();

    const folder = temporaryFolder();
    const cli = await runCli(["remind", file, "--as-of", "2026-11-23", "--out", folder, "--from", "ar@example.com", "--json"]);
    expect(cli.code).toBe(0);
    const report = JSON.parse(cli.stdout) as { messages: CliMessage[]; language: { sentence: string } };
    const { messages } = report;
    // The pane says which language the letters are in, and why, as the command line does.
    await expect(page.locator("#draft-language").textContent()).resolves.toBe(`${report.language.sentence}.`);
    expect(messages.length).toBeGreaterThan(0);
    const { ledger } = await fixtureFigures(file, REPORT_DAY);
    const dueOf = new Map(ledger.invoices.map((invoice) => [invoice.invoiceNumber, invoice.dueDay]));

    const seen: string[] = [];
    for (let index = 0; index < messages.length; index += 1) {
      if (index > 0) {
        await page.click("#draft-next");
        await page.waitForFunction((at) => (document.getElementById("draft-heading")?.textContent ?? "").startsWith(`${at} of `), index + 1);
      }
      const heading = (await page.locator("#draft-heading").textContent()) ?? "";
      expect(heading).toMatch(new RegExp(`^${index + 1} of ${messages.length}: `));
      const text = (await page.locator("#draft-text").textContent()) ?? "";
      // The CLI's message for this customer and stage (a customer has one message per currency).
      const match = messages.filter((message) => heading.endsWith(`: ${message.customer} — ${message.stage}`) && text.includes(moneyOf(message)));
      expect(match).toHaveLength(1);
      const message = match[0] as CliMessage;
      seen.push(`${message.customer}|${message.currency}`);
      for (const invoice of message.invoices.split(", ")) {
        const due = dueOf.get(invoice);
        if (due === undefined) throw new Error(`${invoice}: not read`);
        expect(text).toContain(shortDate(localeOf(message), isoTextOfDay(due)));
      }
      if (message.currency !== "USD") expect(text).not.toMatch(/\$\s?\d/);
    }
    expect(seen.sort()).toEqual(messages.map((message) => `${message.customer}|${message.currency}`).sort());
    const leftOut = (await page.locator("#left-out").textContent()) ?? "";
    for (const [customer, words] of heldBack) expect(leftOut).toMatch(new RegExp(`\\(${escaped(customer)}\\)[^()]*${escaped(words)}`));
    expect(host.pageErrors).toEqual([]);
    expect(host.outsideRequests).toEqual([]);
  });
});

/** The message's amount as Intl writes its currency in the letter's locale. */
function moneyOf(message: CliMessage): string {
  return new Intl.NumberFormat(localeOf(message), { style: "currency", currency: message.currency }).format(message.amount);
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
