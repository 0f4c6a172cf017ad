// The country fixtures through the built pane (issue 10): the mapping step names the list's
// currency and where it was read, every amount of Analyze carries its currency, a list in three
// currencies gets totals and buckets per currency, and the user's correction is shown and saved.
import * as path from "node:path";
import { formatMoneyFigure, totalsOf } from "../../src/app/figures";
import { dayOfLocalDate } from "../../src/core/days";
import { FIXTURE_NOW, openTaskpane, rootDir, type TaskpaneHost } from "../support/e2eHost";
import { fromXlsx } from "../support/fakeExcel/fromXlsx";
import { expectedFor } from "./paneFixture";

const today = dayOfLocalDate(FIXTURE_NOW);

describe.each(["lv-debitoru-paradi", "two-currency-open-items"])("countries/%s.xlsx in the pane", (fixture) => {
  let host: TaskpaneHost;

  afterAll(async () => {
    await host?.close();
  });

  it("names the currency and its source, and shows every amount in its currency", async () => {
    const state = await fromXlsx(path.join(rootDir, "test", "fixtures", "countries", `${fixture}.xlsx`));
    const sheet = state.sheets[0];
    if (!sheet) throw new Error("no sheet");
    const expected = expectedFor(sheet, today);
    host = await openTaskpane({ state: { ...state, activeCell: { row: expected.headerRow + 1, column: 1 } } });
    const { page } = host;
    await page.click("#read-sheet");
    await page.locator("#mapping-panel").waitFor({ state: "visible" });
    const line = page.locator("#mapping-currency");
    await expect(line.textContent()).resolves.not.toBe("");
    await page.waitForFunction(() => (document.getElementById("mapping-currency")?.textContent ?? "").startsWith("Currenc"));
    await expect(line.textContent()).resolves.toBe(`${expected.analysis.ledger.currency.sentence}.`);

    await page.click("#use-mapping");
    await page.locator("#analyze-panel").waitFor({ state: "visible" });
    for (const figure of totalsOf(expected.analysis.summary)) {
      await expect(page.locator(`[data-figure="${figure.id}"] dd`).textContent()).resolves.toBe(figure.value);
    }
    const several = expected.analysis.summary.currencies.length > 1;
    for (const figures of expected.analysis.summary.currencies) {
      const table = page.locator(several ? `#bucket-chart-${figures.currency ?? ""}` : "#bucket-chart");
      const cells = await table.locator("td.number").allTextContents();
      expect(cells).toEqual(figures.buckets.map((bucket) => `${formatMoneyFigure(bucket.amount, figures.currency)} (${bucket.invoices})`));
      const customers = await page.locator(several ? `#top-customers-${figures.currency ?? ""} tbody tr` : "#top-customers tbody tr").allTextContents();
      expect(customers).toEqual(figures.topCustomers.map((customer) => `${customer.customer}${formatMoneyFigure(customer.overdue, figures.currency)}`));
    }
    if (several) expect(expected.analysis.summary.currencies.map((figures) => figures.currency)).toEqual(["EUR", "GBP", "USD"]);
    expect(host.pageErrors).toEqual([]);
    expect(host.outsideRequests).toEqual([]);
  });

  it("takes the user's correction, says so, and saves it with the mapping", async () => {
    const { page } = host;
    await page.selectOption("#map-currency-choice", "SGD");
    await page.waitForFunction(() => (document.getElementById("mapping-currency")?.textContent ?? "").includes("SGD") || (document.getElementById("mapping-currency")?.textContent ?? "").startsWith("Currencies"));
    await page.click("#use-mapping");
    await page.locator("#mapping-panel .notice-success").waitFor({ state: "visible" });
    const saved = await host.inspect((fake) => [...fake.book.settings.entries()], null);
    expect(saved[0]?.[1]).toMatchObject({ currency: "SGD" });
    if (fixture === "lv-debitoru-paradi") {
      await expect(page.locator("#mapping-currency").textContent()).resolves.toBe("Currency: SGD, as you chose it for this list.");
      await expect(page.locator('[data-figure="total"] dd').textContent()).resolves.toBe(formatMoneyFigure(21_906.45, "SGD"));
    } else {
      // A currency column still decides its own rows.
      await expect(page.locator('[data-figure="total-EUR"] dd').textContent()).resolves.toBe(formatMoneyFigure(6580.5, "EUR"));
    }
  });
});
