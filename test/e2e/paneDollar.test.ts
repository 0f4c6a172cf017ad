// A bare "$" in the built pane (issue 10 item 1): on a sheet whose headers are not English the
// mapping step asks which currency it is (nothing assumed, no figure in dollars) until the user
// chooses; on an English QuickBooks export it is the policy's dollar, and the pane says so.
import * as path from "node:path";
import { formatMoneyFigure } from "../../src/app/figures";
import { openTaskpane, rootDir, type TaskpaneHost } from "../support/e2eHost";
import type { FakeWorkbookState } from "../support/fakeExcel";
import { fromXlsx } from "../support/fakeExcel/fromXlsx";

let host: TaskpaneHost | undefined;

afterEach(async () => {
  await host?.close();
  host = undefined;
});

describe("a bare \"$\" in the pane", () => {
  it("on a Latvian sheet: asked in the mapping step, and read as the currency the user chooses", async () => {
    const state: FakeWorkbookState = {
      sheets: [{ name: "Debitori", values: [
        ["Klients", "Rēķina nr.", "Apmaksas termiņš", "Amount"],
        ["SIA Kurzemes Būve", "BK-1", "2026-01-13", "$4,820.50"],
        ["AS Rīgas Mēbeles", "BK-2", "2025-12-30", "$9,400.00"],
      ] }],
      activeCell: { row: 1, column: 0 },
    };
    host = await openTaskpane({ state });
    const { page } = host;
    await page.click("#read-sheet");
    await page.locator("#mapping-panel").waitFor({ state: "visible" });
    await page.waitForFunction(() => (document.getElementById("mapping-currency")?.textContent ?? "").startsWith("Which currency"));
    const line = page.locator("#mapping-currency");
    await expect(line.textContent()).resolves.toBe("Which currency is '$'? The amounts show '$4,820.50' but the headers are not English, so '$' is not assumed to be US dollars: choose the currency.");
    await expect(line.getAttribute("class")).resolves.toContain("question");

    await page.selectOption("#map-currency-choice", "USD");
    await page.waitForFunction(() => (document.getElementById("mapping-currency")?.textContent ?? "").startsWith("Currency: USD"));
    await expect(line.textContent()).resolves.toBe("Currency: USD, as you chose it for this list.");
    await page.click("#use-mapping");
    await page.locator("#analyze-panel").waitFor({ state: "visible" });
    await expect(page.locator('[data-figure="total"] dd').textContent()).resolves.toBe(formatMoneyFigure(14_220.5, "USD"));
    expect(host.pageErrors).toEqual([]);
  });

  it("on a US QuickBooks export: the policy's dollar, said in the mapping step", async () => {
    const state = await fromXlsx(path.join(rootDir, "test", "fixtures", "countries", "us-quickbooks-ar-aging-detail.xlsx"));
    host = await openTaskpane({ state: { ...state, activeCell: { row: 5, column: 1 } } });
    const { page } = host;
    await page.click("#read-sheet");
    await page.locator("#mapping-panel").waitFor({ state: "visible" });
    await page.waitForFunction(() => (document.getElementById("mapping-currency")?.textContent ?? "").startsWith("Currenc"));
    await expect(page.locator("#mapping-currency").textContent()).resolves.toBe("Currency: USD, from the number format of 'Open Balance' ('\"$\"#,##0.00') ('$' read as USD, the policy's dollar).");
    expect(host.pageErrors).toEqual([]);
  });
});
