// Browser mode in headless Chromium: the built page opened as an ordinary browser would (office.js
// present, no Office host), working on .xlsx files. Every fixture in test/fixtures/ goes through
// the file chooser and the whole flow — read the list selected in the grid, Analyze figures equal
// to the core's in Node, AR columns, summary sheet, reminders for rows selected with click,
// Shift+click and Ctrl+click, Reminders sheet, Mark all as sent, Save — and the download is read
// back with ExcelJS. Also: the sample workbook end to end, drag and drop, a file that is not an
// .xlsx, and screenshots for the README. Needs `npm run build` first.
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import type { Page } from "playwright-core";
import type { ArColumnPlan } from "../../src/workbook/arColumnPlan";
import { rootDir, type PaneBrowser } from "../support/paneBrowser";
import { readSavedWorkbook, savedCell } from "../support/savedWorkbook";
import { expectArColumns, expectPaneSheets, expectUserDataKept } from "./browserModeChecks";
import { flowFile, readAndAnalyze, saveWorkbook, selectAndDraft, writeAndMarkSent, writeColumnsAndSummary, type FlowFile } from "./browserModeFlow";
import { clickCell, clickRowHeader, openBrowserMode, openThroughChooser, waitForText } from "./browserModePage";
import { readmeScreenshotFolder } from "../support/screenshotFolder";

const fixturesDir = path.join(rootDir, "test", "fixtures");
// user-formulas.xlsx (the file writer's fixture, test/package/userFormulas.test.ts) keeps the
// user's own totals below a blank row: the pane and the command line both read the list's block
// above them, so its count row is not an invoice without a due date.
const fixtures = fs.readdirSync(fixturesDir).filter((name) => name.endsWith(".xlsx")).sort();
const resultsDir = path.join(rootDir, "test-results", "browser-mode");
const readmeShots = readmeScreenshotFolder(rootDir);
const SAMPLE = path.join(rootDir, "assets", "sample-aging.xlsx");

/**
 * functions.js calls CustomFunctions.associate at load, and outside Office nothing defines
 * CustomFunctions (Excel's runtime does): that one error comes from the custom-functions bundle,
 * not from browser mode, and is left out here until functions.ts guards it.
 */
const pageErrorsOf = (browser: PaneBrowser) => browser.pageErrors;

beforeAll(() => {
  fs.mkdirSync(resultsDir, { recursive: true });
});

/** One browser-mode page for a describe block: opened before its tests, closed after them. */
function browserModePage(): { readonly browser: PaneBrowser; readonly page: Page } {
  let browser: PaneBrowser | null = null;
  beforeAll(async () => {
    browser = await openBrowserMode();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });
  const opened = (): PaneBrowser => {
    if (!browser) throw new Error("the browser-mode page is not open yet");
    return browser;
  };
  return {
    get browser() {
      return opened();
    },
    get page() {
      return opened().page;
    },
  };
}

describe.each(fixtures)("%s in browser mode", (fixture) => {
  let browser: PaneBrowser;
  let page: Page;
  let flow: FlowFile;
  let plan: ArColumnPlan;
  let messages = 0;

  beforeAll(async () => {
    flow = await flowFile(path.join(fixturesDir, fixture));
    browser = await openBrowserMode();
    page = browser.page;
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("opens through the file chooser and shows the sheet in the grid", async () => {
    await openThroughChooser(page, flow.file);
    await expect(page.locator("#file-name").textContent()).resolves.toBe(fixture);
    await expect(page.locator(`.sheet-tab[data-sheet="${flow.sheet.name}"]`).count()).resolves.toBe(1);
    const header = flow.sheet.values[flow.expected.headerRow] ?? [];
    const column = header.findIndex((value) => typeof value === "string" && value !== "");
    await clickCell(page, flow.expected.headerRow, column);
    await expect(page.locator(`#grid-cell-${flow.expected.headerRow}-${column}`).textContent()).resolves.toBe(header[column]);
  });

  it("reads the list selected in the grid and shows the core's figures", async () => {
    plan = await readAndAnalyze(page, flow);
  });

  it("adds the AR columns and the summary sheet, and the grid shows them", async () => {
    await writeColumnsAndSummary(page);
    await expect(page.locator('.sheet-tab[data-sheet="AR Summary"]').count()).resolves.toBe(1);
    await page.click(`.sheet-tab[data-sheet="${flow.sheet.name}"]`);
    const firstColumn = plan.columns[0];
    if (!firstColumn) throw new Error("no AR column planned");
    await clickCell(page, plan.headerRow, firstColumn.column);
    await expect(page.locator(`#grid-cell-${plan.headerRow}-${firstColumn.column}`).textContent()).resolves.toBe(firstColumn.header);
    await expect(page.locator("#file-state").textContent()).resolves.toBe("Changes not saved");
  });

  it("drafts reminders for rows selected with click, Shift+click and Ctrl+click, writes them and marks them sent", async () => {
    await selectAndDraft(page, flow);
    messages = await writeAndMarkSent(page);
    expect(messages).toBeGreaterThan(0);
  });

  it("saves the workbook: formulas with the engine's values, the pane's sheets, and the user's data kept", async () => {
    const saved = await saveWorkbook(page, resultsDir);
    expect(saved.name).toBe(`${fixture.replace(/\.xlsx$/, "")} (Dunning Desk).xlsx`);
    const book = await readSavedWorkbook(saved.bytes);
    expectArColumns(book, flow, plan);
    expectPaneSheets(book, flow, messages);
    const { choices } = flow.expected;
    const contactColumns = [choices["lastContact"], choices["remindersSent"]].filter((column): column is number => column !== undefined);
    expectUserDataKept(book, flow, new Set([...plan.columns.map((column) => column.column), ...contactColumns]));
    expect(pageErrorsOf(browser)).toEqual([]);
    expect(browser.outsideRequests).toEqual([]);
  });
});

// Issue 12.7 in the pane: a second Add AR columns refreshes the desk's own columns without asking,
// and Write policy sheet keeps the date order and separator the pane read the list's text with.
describe("re-running in browser mode on a list of text dates and amounts", () => {
  const fixture = "indonesian-hand-made.xlsx";
  const opened = browserModePage();
  let flow: FlowFile;
  let plan: ArColumnPlan;

  it("reads the list; the Policy panel shows the date order and separator the pane inferred", async () => {
    flow = await flowFile(path.join(fixturesDir, fixture));
    await openThroughChooser(opened.page, flow.file);
    plan = await readAndAnalyze(opened.page, flow);
    const { dateOrder, decimalSeparator } = flow.expected.analysis.ledger;
    expect([dateOrder.order, decimalSeparator.separator]).toEqual(["dayFirst", ","]);
    await expect(opened.page.locator("#policy-dateOrder").inputValue()).resolves.toBe("dayFirst");
    await expect(opened.page.locator("#policy-decimalSeparator").inputValue()).resolves.toBe(",");
  });

  it("writes the AR columns, then Write policy sheet keeps the inferred settings, then a second Add AR columns refreshes without asking", async () => {
    const { page } = opened;
    await writeColumnsAndSummary(page);
    await page.click("#write-policy");
    await waitForText(page, "#policy-notice .notice-success", /^Policy sheet "Dunning Policy" written/);
    await expect(page.locator("#policy-dateOrder").inputValue()).resolves.toBe("dayFirst");
    await page.click("#add-columns");
    await page.waitForSelector("#columns-panel .notice-success, #confirm-overwrite", { timeout: 30_000 });
    await expect(page.locator("#confirm-overwrite").count()).resolves.toBe(0);
    await waitForText(page, "#columns-panel .notice-success", /^Wrote 6 columns/);
  });

  it("saves a workbook whose policy sheet reads the list's text as the pane did: no #VALUE! in the AR cells", async () => {
    const saved = await saveWorkbook(opened.page, resultsDir);
    const book = await readSavedWorkbook(saved.bytes);
    const policy = book.getWorksheet("Dunning Policy");
    const setting = (name: string) => {
      let value: unknown = null;
      policy?.eachRow((row) => {
        if (row.getCell(1).value === name) value = row.getCell(2).value;
      });
      return value;
    };
    expect([setting("dateOrder"), setting("decimalSeparator")]).toEqual(["dayFirst", ","]);
    expectArColumns(book, flow, plan);
    const sheet = book.getWorksheet(flow.sheet.name);
    for (const invoice of flow.expected.analysis.ledger.invoices) {
      for (const column of plan.columns) expect({ row: invoice.row, value: savedCell(book, flow.sheet.name, invoice.row, column.column).value }).not.toEqual({ row: invoice.row, value: "#VALUE!" });
    }
    // One set of AR columns: the second run wrote over its own, it added none.
    expect(sheet?.getRow(plan.headerRow + 1).getCell((plan.columns[plan.columns.length - 1]?.column ?? 0) + 2).value ?? null).toBeNull();
  });
});

describe("the sample workbook", () => {
  const opened = browserModePage();

  it("shows the opener with the Excel note before a file is open", async () => {
    await expect(opened.page.locator("#status").textContent()).resolves.toContain("Browser mode");
    await expect(opened.page.locator(".excel-note summary").textContent()).resolves.toContain("inside Excel");
    await opened.page.click(".excel-note summary");
    await expect(opened.page.locator(".excel-note").textContent()).resolves.toContain("Insert > Add-ins > Upload My Add-in");
    await opened.page.screenshot({ path: path.join(resultsDir, "opener-light.png") });
  });

  it("runs end to end from Try the sample workbook", async () => {
    const flow = await flowFile(SAMPLE);
    await opened.page.click("#try-sample");
    await opened.page.locator("#sheet-grid").waitFor();
    await expect(opened.page.locator("#file-name").textContent()).resolves.toBe("sample-aging.xlsx");
    const plan = await readAndAnalyze(opened.page, flow);
    expect(flow.expected.analysis.problems.length).toBeGreaterThanOrEqual(2); // the text date and the duplicate invoice
    await writeColumnsAndSummary(opened.page);
    await selectAndDraft(opened.page, flow);
    const messages = await writeAndMarkSent(opened.page);
    const saved = await saveWorkbook(opened.page, resultsDir);
    expect(saved.name).toBe("sample-aging (Dunning Desk).xlsx");
    const book = await readSavedWorkbook(saved.bytes);
    expectArColumns(book, flow, plan);
    expectPaneSheets(book, flow, messages);
  });

  it("selects whole rows from the row headers and moves the active cell with the keyboard", async () => {
    await opened.page.click('.sheet-tab[data-sheet="Aging"]');
    await clickRowHeader(opened.page, 4);
    await clickRowHeader(opened.page, 6, "Shift");
    await expect(opened.page.locator("#grid-address").textContent()).resolves.toMatch(/^A5:[A-Z]+7$/);
    await clickCell(opened.page, 2, 1);
    await opened.page.keyboard.press("ArrowDown");
    await opened.page.keyboard.press("Shift+ArrowRight");
    await opened.page.keyboard.press("Shift+ArrowDown");
    await expect(opened.page.locator("#grid-address").textContent()).resolves.toBe("B4:C5");
    await expect(opened.page.evaluate(() => document.activeElement?.id)).resolves.toBe("sheet-grid");
  });

  it("scrolls the grid to a problem's cell from Analyze", async () => {
    const problem = opened.page.locator("#problems button.problem").last();
    const address = (await problem.getAttribute("data-address")) ?? "";
    await problem.click();
    await waitForText(opened.page, "#grid-address", new RegExp(`^${address}$`));
    await expect(opened.page.locator(".grid-cell.active").textContent()).resolves.toBeDefined();
  });

  it("looks right light and dark, wide and narrow (screenshots for the README)", async () => {
    await opened.page.click('.sheet-tab[data-sheet="Aging"]');
    await clickCell(opened.page, 1, 0);
    await opened.page.locator("#sheet-grid").evaluate((grid) => grid.scrollTo(0, 0));
    await opened.page.locator("#panels").evaluate((panels) => panels.closest("main")?.scrollTo(0, 0));
    await opened.page.mouse.move(640, 790); // no hover on the buttons in the pictures
    await opened.page.screenshot({ path: path.join(readmeShots, "browser-mode-light.png"), animations: "disabled" });
    await opened.page.emulateMedia({ colorScheme: "dark" });
    await opened.page.waitForFunction(() => document.documentElement.dataset["theme"] === "dark");
    await opened.page.screenshot({ path: path.join(readmeShots, "browser-mode-dark.png"), animations: "disabled" });
    await opened.page.emulateMedia({ colorScheme: "light" });
    await opened.page.setViewportSize({ width: 320, height: 800 });
    await opened.page.waitForFunction(() => document.documentElement.dataset["theme"] === "light");
    const width = await opened.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
    await opened.page.evaluate(() => window.scrollTo(0, 0));
    await opened.page.screenshot({ path: path.join(readmeShots, "browser-mode-narrow.png"), animations: "disabled" });
    expect(pageErrorsOf(opened.browser)).toEqual([]);
    expect(opened.browser.outsideRequests).toEqual([]);
  });
});

describe("opening files", () => {
  const opened = browserModePage();

  it("says plainly when a file is not an .xlsx workbook", async () => {
    const fake = path.join(resultsDir, "notes.xlsx");
    fs.writeFileSync(fake, "Call Acme on Monday about INV-101.\n");
    const [chooser] = await Promise.all([opened.page.waitForEvent("filechooser"), opened.page.click("#open-file")]);
    await chooser.setFiles(fake);
    const text = await waitForText(opened.page, "#open-notice .notice-error", /notes\.xlsx is not an Excel workbook/);
    expect(text).toContain("Save As");
    await expect(opened.page.locator("#sheet-grid").count()).resolves.toBe(0);
  });

  it("opens a file dropped on the workbook side", async () => {
    const bytes = [...fs.readFileSync(path.join(fixturesDir, "plain-table.xlsx"))];
    await opened.page.locator("#workbook-view").evaluate((view, data) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], "dropped.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
      view.dispatchEvent(new DragEvent("dragenter", { dataTransfer: transfer, bubbles: true, cancelable: true }));
      view.dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, bytes);
    await opened.page.locator("#sheet-grid").waitFor();
    await expect(opened.page.locator("#file-name").textContent()).resolves.toBe("dropped.xlsx");
    await expect(opened.page.locator("#workbook-view").getAttribute("class")).resolves.not.toContain("dragging");
    await expect(opened.page.locator("#load-panel").count()).resolves.toBe(1);
  });

  it("asks before another file replaces changes not saved", async () => {
    await clickCell(opened.page, 1, 0);
    await opened.page.click("#read-sheet");
    await opened.page.locator("#mapping-panel").waitFor({ state: "visible" });
    await opened.page.click("#use-mapping"); // saves the mapping in the workbook: a change
    await waitForText(opened.page, "#file-state", /Changes not saved/);
    await opened.page.click("#try-sample");
    await opened.page.locator("#keep-changes").click();
    await expect(opened.page.locator("#file-name").textContent()).resolves.toBe("dropped.xlsx");
    await opened.page.click("#try-sample");
    await opened.page.locator("#discard-changes").click();
    await waitForText(opened.page, "#file-name", /^sample-aging\.xlsx$/);
    await expect(opened.page.locator("#mapping-panel").isVisible()).resolves.toBe(false); // a fresh pane
    expect(pageErrorsOf(opened.browser)).toEqual([]);
    expect(opened.browser.outsideRequests).toEqual([]);
  });
});

describe("a workbook of 100,000 rows", () => {
  let browser: PaneBrowser;
  let page: Page;
  const ROWS = 100_000;

  beforeAll(async () => {
    const file = path.join(resultsDir, "aging-100k.xlsx");
    if (!fs.existsSync(file)) {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet("AR");
      sheet.addRow(["Customer", "Invoice", "Due date", "Balance", "Email"]);
      for (let index = 0; index < ROWS; index += 1) {
        sheet.addRow([`Customer ${index % 997}`, `INV-${100_000 + index}`, new Date(Date.UTC(2025, index % 12, 1 + (index % 28))), 100 + (index % 5000), `ap${index % 997}@example.com`]);
      }
      await book.xlsx.writeFile(file);
    }
    browser = await openBrowserMode();
    page = browser.page;
    page.setDefaultTimeout(60_000);
    await openThroughChooser(page, file);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("draws only the cells in view and jumps to the last row with Ctrl+End", async () => {
    await clickCell(page, 0, 0);
    const before = await page.locator(".grid-cell").count();
    await page.keyboard.press("Control+End");
    await waitForText(page, "#grid-address", new RegExp(`^E${ROWS + 1}$`));
    await expect(page.locator(`#grid-cell-${ROWS}-1`).textContent()).resolves.toBe(`INV-${100_000 + ROWS - 1}`);
    const after = await page.locator(".grid-cell").count();
    expect(Math.max(before, after)).toBeLessThan(600);
    // Scrolling through the list redraws one window per frame: 40 jumps stay well under a second each.
    const elapsed = await page.locator("#sheet-grid").evaluate(async (grid) => {
      const start = performance.now();
      for (let step = 0; step < 40; step += 1) {
        grid.scrollTop = (grid.scrollHeight * step) / 40;
        await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
      }
      return performance.now() - start;
    });
    expect(elapsed).toBeLessThan(40 * 100);
    expect(pageErrorsOf(browser)).toEqual([]);
  });

  it("reads the whole list from a cell selected in the grid", async () => {
    await clickCell(page, 10, 1);
    await page.click("#read-sheet");
    await waitForText(page, "#load-panel .notice", /^Read 100,001 rows from AR!A1:E100001\.$/, 60_000);
  });
});
