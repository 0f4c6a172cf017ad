// The task pane's whole flow in headless Chromium against the fake Excel: read → mapping →
// Analyze (figures checked against the core run in Node on the same sheet) → Add AR columns
// (a user's cell in the way: the pane asks, writes nothing until confirmed, then the formulas are
// checked against the plan) → summary sheet → Policy validation. Screenshots of each panel at
// 320 px, light and dark, go to test-results/ and a few to the README's folder
// (.tmp/screenshots/; `npm run screenshots` refreshes docs/screenshots/).
// Needs `npm run build` first (scripts/test-all.mjs does it).
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { dayOfLocalDate } from "../../src/core/days";
import { planArColumns } from "../../src/excel";
import { a1Address, sheetCellOf } from "../../src/taskpane/cellAddress";
import { actionCounts, bucketBars, formatMoneyFigure, totalsOf } from "../../src/app/figures";
import { fieldColumnsOf } from "../../src/app/mappingChoices";
import { FIXTURE_NOW, openTaskpane, PANE_WIDTH, rootDir, type TaskpaneHost } from "../support/e2eHost";
import type { FakeSheetState, FakeWorkbookState } from "../support/fakeExcel";
import { fromXlsx } from "../support/fakeExcel/fromXlsx";
import { blockOf, cellOfAddress, expectedFor, type Expected } from "./paneFixture";
import { onlyCurrency } from "../support/onlyCurrency";
import { readmeScreenshotFolder } from "../support/screenshotFolder";

const resultsDir = path.join(rootDir, "test-results", "pane");
const readmeShots = readmeScreenshotFolder(rootDir);
const today = dayOfLocalDate(FIXTURE_NOW); // the browser's clock is fixed to it too
/** A user's note where the third AR column (Next action) goes: row 8, column K. */
const NOTE_CELL = { row: 7, column: 10 } as const;

let sheet: FakeSheetState;
let SHEET: string;
let expected: Expected;
let readAddress = "";

let host: TaskpaneHost;
let page: Page;

beforeAll(async () => {
  fs.mkdirSync(resultsDir, { recursive: true });
  // QuickBooks' "Open Invoices" export: title lines, customer heading rows, "Total for …" rows.
  const fixture = await fromXlsx(path.join(rootDir, "test", "fixtures", "quickbooks-open-invoices.xlsx"));
  const first = fixture.sheets[0];
  if (!first) throw new Error("the fixture has no sheet");
  sheet = first;
  SHEET = sheet.name;
  expected = expectedFor(sheet, today);
  // The user's note sits two columns right of the data, where "Next action" will go.
  const values = sheet.values.map((row) => [...row]);
  const noteRow = [...(values[NOTE_CELL.row] ?? [])];
  noteRow[NOTE_CELL.column] = "call Monday";
  values[NOTE_CELL.row] = noteRow;
  const state: FakeWorkbookState = { sheets: [{ ...sheet, values }, ...fixture.sheets.slice(1)], activeCell: { row: expected.headerRow + 2, column: 3 } };
  host = await openTaskpane({ state, colorScheme: "light" });
  page = host.page;
  await page.locator("#load-panel").waitFor();
}, 60_000);

afterAll(async () => {
  await host?.close();
});

/** Saves a panel's screenshot; `docs` also refreshes the README's copy. */
async function shoot(selector: string, name: string, docs = false): Promise<void> {
  const file = path.join(resultsDir, `${name}.png`);
  await page.locator(selector).screenshot({ path: file });
  if (docs) fs.copyFileSync(file, path.join(readmeShots, `${name}.png`));
}

async function expectFitsPane(): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(PANE_WIDTH);
}

describe("task pane flow", () => {
  it("reads the aging list with progress and shows the mapping", async () => {
    await expect(page.locator("#status").textContent()).resolves.toContain("Excel");
    // By keyboard alone: the scope dropdown, then Tab to "Read aging sheet" and Enter.
    await page.focus("#scope");
    await page.selectOption("#scope", "auto");
    await page.keyboard.press("Tab");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("read-sheet");
    await page.keyboard.press("Enter");
    await page.locator("#mapping-panel").waitFor({ state: "visible" });
    const notice = (await page.locator("#load-panel .notice").textContent()) ?? "";
    expect(notice).toMatch(/^Read \d+ rows from Open Invoices![A-Z]+\d+:[A-Z]+\d+\.$/);
    readAddress = notice.replace(/^Read \d+ rows from /, "").replace(/\.$/, "");
    await shoot("#load-panel", "load-light");
  });

  it("preselects the columns found, with the header row and how dates and amounts were read", async () => {
    await expect(page.inputValue("#header-row")).resolves.toBe(String(expected.headerRow + 1));
    const block = blockOf(sheet, readAddress, null);
    for (const [field, column] of Object.entries(expected.choices)) {
      await expect(page.inputValue(`#map-${field}`)).resolves.toBe(String(column - block.left));
    }
    await expect(page.locator("#map-balance-confidence").textContent()).resolves.toBe("exact match");
    // QuickBooks names the customer in heading rows, not in a column: the pane says so.
    await expect(page.locator("#map-customer-confidence").textContent()).resolves.toBe("from the customer heading rows");
    await expect(page.locator("#mapping-readings").textContent()).resolves.toMatch(/Amounts read with "\." as the decimal separator/);
    await expectFitsPane();
    await shoot("#mapping-panel", "mapping-light", true);
  });

  it("saves the mapping in the workbook when used", async () => {
    await page.click("#use-mapping");
    await page.locator("#analyze-panel").waitFor({ state: "visible" });
    await expect(page.locator("#mapping-panel .notice-success").textContent()).resolves.toContain("Mapping saved");
    const saved = await host.inspect((fake) => [...fake.book.settings.entries()], null);
    expect(saved).toHaveLength(1);
    const block = blockOf(sheet, readAddress, null);
    const columns = Object.fromEntries(Object.entries(expected.choices).map(([field, column]) => [field, column - block.left]));
    expect(saved[0]?.[1]).toEqual({ headerRow: expected.headerRow - block.top, columns });
  });

  it("shows the figures the core computes for the same sheet", async () => {
    const { summary, problems } = expected.analysis;
    for (const figure of totalsOf(summary)) {
      await expect(page.locator(`[data-figure="${figure.id}"] dd`).textContent()).resolves.toBe(figure.value);
    }
    const figures = onlyCurrency(summary);
    for (const bar of bucketBars(figures.buckets, figures.currency)) {
      await expect(page.locator(`[data-bucket="${bar.label}"] td.number`).textContent()).resolves.toBe(`${formatMoneyFigure(bar.amount, figures.currency)} (${bar.invoices})`);
    }
    const customers = await page.locator("#top-customers tbody tr").allTextContents();
    expect(customers).toEqual(figures.topCustomers.map((customer) => `${customer.customer}${formatMoneyFigure(customer.overdue, figures.currency)}`));
    const actions = await page.locator("#next-actions tbody tr").allTextContents();
    expect(actions).toEqual(actionCounts(summary.actions).map((row) => `${row.action}${row.count}`));
    const addresses = await page.locator("#problems button.problem").evaluateAll((buttons) => buttons.map((button) => button.getAttribute("data-address")));
    expect(addresses).toEqual(problems.map((problem) => a1Address(sheetCellOf({ top: 0, left: 0 }, problem.row, problem.column))));
    // Each problem names its row's customer (QuickBooks: from the heading row above it).
    const named = await page.locator("#problems button.problem").evaluateAll((buttons) => buttons.map((button) => button.querySelector(".customer")?.textContent ?? null));
    expect(named).toEqual(problems.map((problem) => problem.customer || null));
    expect(summary.invoices).toBeGreaterThan(5);
    await expectFitsPane();
    await shoot("#analyze-panel", "analyze-light", true);
  });

  it("selects a problem's cell from the keyboard", async () => {
    const problem = page.locator("#problems button.problem").last();
    const address = await problem.getAttribute("data-address");
    await problem.focus();
    await page.keyboard.press("Enter");
    await until(async () => {
      const selection = await host.inspect((fake) => ({ row: fake.book.selection.row, column: fake.book.selection.column }), null);
      return JSON.stringify(selection) === JSON.stringify(cellOfAddress(address ?? ""));
    });
  });

  it("asks before overwriting a user's cell and writes nothing until confirmed", async () => {
    await page.click("#add-columns");
    await page.locator("#conflicts").waitFor();
    await expect(page.locator("#conflicts").textContent()).resolves.toContain(a1Address(NOTE_CELL));
    await shoot("#columns-panel", "columns-conflict-light", true);
    const untouched = await host.cell(SHEET, NOTE_CELL.row, NOTE_CELL.column);
    expect(untouched).toMatchObject({ value: "call Monday", formula: null });
    const block = blockOf(sheet, readAddress, null);
    for (let column = block.left + block.values[0]!.length; column < block.left + block.values[0]!.length + 6; column += 1) {
      expect(await host.cell(SHEET, expected.headerRow, column)).toMatchObject({ formula: null, value: "" });
    }
    await page.click("#keep-cells");
    await expect(page.locator("#columns-panel .notice").textContent()).resolves.toContain("Nothing was written");
    expect(await host.cell(SHEET, NOTE_CELL.row, NOTE_CELL.column)).toMatchObject({ value: "call Monday", formula: null });
  });

  it("writes the AR formulas once confirmed", async () => {
    await page.click("#add-columns");
    await page.locator("#confirm-overwrite").waitFor();
    await page.click("#confirm-overwrite");
    await expect(page.locator("#columns-panel .notice-success").textContent()).resolves.toMatch(/^Wrote 6 columns of formulas/);
    const block = blockOf(sheet, readAddress, null);
    const { ledger } = expected.analysis;
    const plan = planArColumns(block, expected.headerRow - block.top, fieldColumnsOf(relative(expected.choices, block.left)), ledger.invoices.map((invoice) => invoice.row - block.top));
    expect(plan.columns.map((column) => column.header)).toEqual(["Days overdue", "Bucket", "Next action", "Reason", "Settle offer", "Next contact"]);
    for (const column of plan.columns) {
      expect(await host.cell(SHEET, expected.headerRow, column.column)).toMatchObject({ value: column.header });
      for (const invoice of ledger.invoices) {
        expect((await host.cell(SHEET, invoice.row, column.column)).formula).toBe(column.formula);
      }
      // Customer headings and "Total for …" rows get no formula.
      for (const skipped of ledger.skipped) {
        expect((await host.cell(SHEET, skipped.row, column.column)).formula).toBeNull();
      }
    }
    expect(plan.columns[0]?.formula).toMatch(/^=AR\.DAYSOVERDUE\(/);
    const names = await host.inspect((fake) => [...fake.book.names.values()].map((name) => name.name), null);
    expect(names).toEqual(expect.arrayContaining(["DunningAsOf", "DunningPolicy"])); // the formulas' policy, written first
    await shoot("#columns-panel", "columns-light");
  });

  it("creates the summary sheet with its bucket and customer tables and a chart", async () => {
    await page.click("#create-summary");
    await expect(page.locator("#columns-panel .notice-success").textContent()).resolves.toBe("Summary sheet created with the bucket table, the customer table and a chart.");
    const summary = await host.inspect(
      (fake) => ({
        sheets: fake.book.sheets.map((each) => each.name),
        firstColumn: fake.values("AR Summary", 0, 0, 60, 1).map((row) => row[0]),
        charts: fake.book.charts.map((chart) => ({ sheet: chart.sheet.name, type: chart.type, rows: chart.source.rows })),
      }),
      null,
    );
    expect(summary.sheets).toEqual([SHEET, "Dunning Policy", "AR Summary"]);
    const { buckets, topCustomers } = onlyCurrency(expected.analysis.summary);
    const labels = [...buckets.map((bucket) => bucket.label), ...topCustomers.map((customer) => customer.customer)];
    expect(summary.firstColumn).toEqual(expect.arrayContaining(labels));
    expect(summary.charts).toEqual([{ sheet: "AR Summary", type: "ColumnClustered", rows: buckets.length + 1 }]); // with its header row
  });

  it("Reconnect AR formulas enters every AR formula again, and says how many", async () => {
    const { ledger } = expected.analysis;
    await page.click("#reconnect-formulas");
    await expect(page.locator("#columns-panel .notice-success").textContent()).resolves.toBe(
      `Entered ${(ledger.invoices.length * 6).toLocaleString("en-US")} AR formulas again on ${SHEET}. Cells that still show #NAME? mean the add-in's functions are not loaded: reopen the pane, then try again.`,
    );
  });

  it("refuses a negative contact gap and a fee over 100% with the core's messages", async () => {
    await page.fill("#policy-minContactGapDays", "-1");
    await page.locator("#policy-minContactGapDays").dispatchEvent("change");
    await expect(page.locator("#policy-minContactGapDays-note").textContent()).resolves.toBe("Policy setting minContactGapDays must not be negative");
    await page.fill("#policy-agencyFeeRate", "150%");
    await page.locator("#policy-agencyFeeRate").dispatchEvent("change");
    await expect(page.locator("#policy-agencyFeeRate-note").textContent()).resolves.toBe(
      "Policy setting agencyFeeRate must be a rate from 0 to 1 (0% to 100%)",
    );
    await page.click("#write-policy");
    await expect(page.locator("#policy-notice .notice-error").textContent()).resolves.toMatch(/^Not accepted: policy setting/);
    await expectFitsPane();
    await shoot("#policy-panel", "policy-light", true);
    await page.fill("#policy-minContactGapDays", "7");
    await page.fill("#policy-agencyFeeRate", "30%");
    await page.locator("#policy-agencyFeeRate").dispatchEvent("change");
    await page.click("#write-policy");
    await expect(page.locator("#policy-notice .notice-success").textContent()).resolves.toContain("Policy sheet");
  });

  it("looks right in the dark theme too", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.waitForFunction(() => document.documentElement.dataset["theme"] === "dark");
    for (const [selector, name] of [
      ["#load-panel", "load-dark"],
      ["#mapping-panel", "mapping-dark"],
      ["#analyze-panel", "analyze-dark"],
      ["#columns-panel", "columns-dark"],
      ["#policy-panel", "policy-dark"],
    ] as const) {
      await shoot(selector, name, name === "analyze-dark");
    }
    await expectFitsPane();
  });

  it("raised no page errors and fetched nothing from outside but office.js", () => {
    expect(host.pageErrors).toEqual([]);
    expect(host.outsideRequests).toEqual([]);
  });
});

/** Waits until `check` holds (the pane's clicks run asynchronously). */
async function until(check: () => Promise<boolean>, timeoutMs = 5_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out waiting for the workbook to change");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sheet columns per field as columns within a block. */
function relative(choices: Readonly<Record<string, number>>, left: number): Record<string, number> {
  return Object.fromEntries(Object.entries(choices).map(([field, column]) => [field, column - left]));
}
