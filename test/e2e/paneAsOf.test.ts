// The report's own as-of line through the built pane (issue 10 item 4): the Analyze step offers
// "This report is as of 23 Nov 2026 — use that date, or today?"; choosing the report's date
// reads the figures again as of that day and writes it to DunningAsOf, the name the formulas read.
import * as path from "node:path";
import { totalsOf } from "../../src/app/figures";
import { dayFromIsoText, serialFromDay } from "../../src/core/days";
import { openTaskpane, rootDir, type TaskpaneHost } from "../support/e2eHost";
import { fromXlsx } from "../support/fakeExcel/fromXlsx";
import { expectedFor } from "./paneFixture";

const REPORT_DAY = dayFromIsoText("2026-11-23") as number;

describe("countries/us-quickbooks-ar-aging-detail.xlsx: the report's as-of date in the pane", () => {
  let host: TaskpaneHost;

  afterAll(async () => {
    await host?.close();
  });

  it("offers the report's date, and on the user's word uses it for the figures and DunningAsOf", async () => {
    const state = await fromXlsx(path.join(rootDir, "test", "fixtures", "countries", "us-quickbooks-ar-aging-detail.xlsx"));
    const sheet = state.sheets[0];
    if (!sheet) throw new Error("no sheet");
    const expected = expectedFor(sheet, REPORT_DAY);
    host = await openTaskpane({ state: { ...state, activeCell: { row: expected.headerRow + 1, column: 1 } } });
    const { page } = host;
    await page.click("#read-sheet");
    await page.locator("#mapping-panel").waitFor({ state: "visible" });
    await page.click("#use-mapping");
    await page.locator("#as-of-question").waitFor({ state: "visible" });
    await expect(page.locator("#as-of-question").textContent()).resolves.toBe("This report is as of 23 Nov 2026 ('As of November 23, 2026') — use that date, or today?");

    await page.click("#use-report-as-of");
    await page.waitForFunction(() => (document.getElementById("analyze-as-of")?.textContent ?? "").startsWith("As of 23 Nov 2026"));
    await expect(page.locator("#as-of-offer").textContent()).resolves.toContain("As of 23 Nov 2026, the report's own date ('As of November 23, 2026').");
    for (const figure of totalsOf(expected.analysis.summary)) {
      await expect(page.locator(`[data-figure="${figure.id}"] dd`).textContent()).resolves.toBe(figure.value);
    }
    const asOf = await host.inspect((fake) => {
      const name = fake.book.names.get("dunningasof");
      return name ? name.sheet.rawValue(name.rect.top, name.rect.left) : null;
    }, null);
    expect(asOf).toBe(serialFromDay(REPORT_DAY, 1900));
    await expect(page.locator("#policy-as-of").inputValue()).resolves.toBe("2026-11-23");
    expect(host.pageErrors).toEqual([]);
  });
});
