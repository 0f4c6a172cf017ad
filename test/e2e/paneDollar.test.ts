// A bare "$" in the built pane (issue 10 item 1): on a sheet whose headers are not English the
// mapping step asks which currency it is (nothing assumed, no figure in dollars) until the user
// chooses; on an English QuickBooks export it is the policy's dollar, and the pane says so.
import * as path from "node:path";
import { formatMoneyFigure } from "../../src/app/figures";
import { openTaskpane, rootDir, type TaskpaneHost } from "../support/e2eHost";
import type { FakeExcel, FakeWorkbookState } from "../support/fakeExcel";
import { fromXlsx } from "../support/fakeExcel/fromXlsx";

let host: TaskpaneHost | undefined;

/** A Latvian list whose amounts show a bare "$" under an English "Amount" header, overdue on the pane's day (2026-02-15). */
const latvianDollars: FakeWorkbookState = {
  sheets: [{ name: "Debitori", values: [
    ["Klients", "Rēķina nr.", "Apmaksas termiņš", "Amount", "E-pasts"],
    ["SIA Kurzemes Būve", "BK-1", "2026-01-13", "$4,820.50", "gramatvediba@kurzemesbuve.lv"],
    ["AS Rīgas Mēbeles", "BK-2", "2025-12-30", "$9,400.00", "finanses@rigasmebeles.lv"],
  ] }],
  activeCell: { row: 1, column: 0 },
};

afterEach(async () => {
  await host?.close();
  host = undefined;
});

describe("a bare \"$\" in the pane", () => {
  it("on a Latvian sheet: asked in the mapping step, and read as the currency the user chooses", async () => {
    host = await openTaskpane({ state: latvianDollars });
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

  it("on a Latvian sheet, left unanswered: nothing is drafted in dollars, and the rows say why", async () => {
    host = await openTaskpane({ state: latvianDollars });
    const { page } = host;
    await page.click("#read-sheet");
    await page.locator("#mapping-panel").waitFor({ state: "visible" });
    await page.waitForFunction(() => (document.getElementById("mapping-currency")?.textContent ?? "").startsWith("Which currency"));
    await page.click("#use-mapping");
    await page.locator("#remind-panel").waitFor({ state: "visible" });
    await host.inspect((fake: FakeExcel) => fake.setSelection("Debitori", ["A2:D3"]), null);
    await page.click("#draft-selection");
    await page.locator("#draft-count").waitFor();
    await expect(page.locator("#draft-count").textContent()).resolves.toContain("0 emails");
    const leftOut = (await page.locator("#left-out").textContent()) ?? "";
    expect(leftOut).toMatch(/Row 2 \(SIA Kurzemes Būve\): its amount shows a bare "\$" .*choose the list's currency in the mapping step/);
    expect(leftOut).toMatch(/Row 3 \(AS Rīgas Mēbeles\): its amount shows a bare "\$"/);
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
