// Driving browser mode (the built pane in an ordinary browser, no Office host) from a test:
// open a file through the file chooser, click cells of the virtualised grid (scrolling them into
// view first), and wait for the pane's answers.
import type { Page } from "playwright-core";
import { openPaneBrowser, type PaneBrowser } from "../support/paneBrowser";
import { FIXTURE_NOW } from "../support/e2eHost";

/** Opens dist/taskpane.html as an ordinary browser would (office.js without a host), clock at FIXTURE_NOW. */
export async function openBrowserMode(viewport = { width: 1280, height: 800 }, colorScheme: "light" | "dark" = "light"): Promise<PaneBrowser> {
  const browser = await openPaneBrowser({ viewport, colorScheme, now: FIXTURE_NOW, office: "none" });
  browser.page.setDefaultTimeout(15_000);
  await browser.page.locator("#open-file").waitFor();
  return browser;
}

/** Opens a file with the "Open an aging workbook" button and the file chooser; resolves once the grid shows it. */
export async function openThroughChooser(page: Page, file: string): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.click("#open-file")]);
  await chooser.setFiles(file);
  await page.locator("#sheet-grid").waitFor();
}

/** Scrolls the grid so that a cell is drawn, and returns its selector. */
export async function revealCell(page: Page, row: number, column: number): Promise<string> {
  await page.locator("#sheet-grid").evaluate(
    (grid, at) => {
      grid.scrollTop = Math.max(0, at.row * 24 - 48);
      grid.scrollLeft = Math.max(0, at.column * 104 - 104);
      grid.dispatchEvent(new Event("scroll"));
    },
    { row, column },
  );
  const selector = `#grid-cell-${row}-${column}`;
  await page.locator(selector).waitFor();
  return selector;
}

/** Clicks a grid cell (Shift or Control held for extend / add). */
export async function clickCell(page: Page, row: number, column: number, modifier?: "Shift" | "Control"): Promise<void> {
  const selector = await revealCell(page, row, column);
  await page.click(selector, modifier ? { modifiers: [modifier] } : {});
}

/** Clicks a row header (whole row), Shift or Control held when given. */
export async function clickRowHeader(page: Page, row: number, modifier?: "Shift" | "Control"): Promise<void> {
  await revealCell(page, row, 0);
  await page.click(`.grid-row-header[data-row="${row}"]`, modifier ? { modifiers: [modifier] } : {});
}

/** Shows a sheet by its tab. */
export async function showSheet(page: Page, name: string): Promise<void> {
  const tab = page.locator(`.sheet-tab[data-sheet="${name}"]`);
  if ((await tab.getAttribute("aria-selected")) !== "true") await tab.click();
  await page.waitForFunction((sheet) => document.querySelector("#sheet-grid")?.getAttribute("aria-label") === `Sheet ${sheet}`, name);
}

/** Waits until the element's text matches (the pane answers clicks asynchronously). */
export async function waitForText(page: Page, selector: string, pattern: RegExp, timeout = 20_000): Promise<string> {
  await page.waitForFunction(
    ({ selector, source, flags }) => new RegExp(source, flags).test(document.querySelector(selector)?.textContent ?? ""),
    { selector, source: pattern.source, flags: pattern.flags },
    { timeout },
  );
  return (await page.locator(selector).textContent()) ?? "";
}
