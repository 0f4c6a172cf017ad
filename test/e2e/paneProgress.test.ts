// Long operations: reading 40,000 rows (each sync a real task away, as Excel's round trips are)
// shows a progress bar and can be cancelled; the pane stays responsive meanwhile. And the
// pane takes the Office theme over the system's colour scheme.
import * as fs from "node:fs";
import * as path from "node:path";
import { openTaskpane, rootDir, type TaskpaneHost } from "../support/e2eHost";
import type { FakeWorkbookState } from "../support/fakeExcel";

const ROWS = 40_000;

function bigWorkbook(): FakeWorkbookState {
  const values: unknown[][] = [["Customer", "Invoice", "Due date", "Balance"]];
  for (let row = 1; row <= ROWS; row += 1) values.push([`Customer ${row % 700}`, `INV-${row}`, 46000 + (row % 200), 100 + (row % 37)]);
  return { sheets: [{ name: "Aging", values }], activeCell: { row: 1, column: 0 } };
}

describe("long reads", () => {
  let host: TaskpaneHost;

  afterAll(async () => {
    await host?.close();
  });

  it("shows progress, stays responsive, and stops when cancelled", async () => {
    host = await openTaskpane({ state: bigWorkbook(), roundTripMs: 400 });
    const { page } = host;
    await page.click("#read-sheet");
    const cancel = page.locator("#load-panel .progress .cancel");
    await cancel.waitFor({ state: "visible" });
    await page.waitForFunction(() => /Reading rows: [\d,]+ of 40,001/.test(document.querySelector("#load-panel .progress-text")?.textContent ?? ""));
    await expect(page.locator("#load-panel fluent-progress-bar").getAttribute("max")).resolves.toBe(String(ROWS + 1)); // the header row is read too
    fs.mkdirSync(path.join(rootDir, "test-results", "pane"), { recursive: true });
    await page.locator("#load-panel").screenshot({ path: path.join(rootDir, "test-results", "pane", "load-progress-light.png") });
    await cancel.click();
    await expect(page.locator("#load-panel .notice").textContent()).resolves.toBe("Cancelled.");
    await expect(page.locator("#mapping-panel").isVisible()).resolves.toBe(false);
    await expect(page.locator("#read-sheet").isDisabled()).resolves.toBe(false);
    expect(host.pageErrors).toEqual([]);
  });
});

describe("Office theme", () => {
  let host: TaskpaneHost;

  afterAll(async () => {
    await host?.close();
  });

  it("follows Office's dark theme even when the system is light", async () => {
    host = await openTaskpane({ state: bigWorkbook(), colorScheme: "light", officeTheme: { bodyBackgroundColor: "#262626" } });
    await host.page.waitForFunction(() => document.documentElement.dataset["theme"] === "dark");
    const background = await host.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe("rgb(255, 255, 255)");
  });
});
