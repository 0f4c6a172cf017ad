// Every fixture workbook through the built pane: read (a Table where there is one, else the
// region around the active cell), mapping as found, Analyze figures equal to the core's for the
// same sheet, and "Add AR columns" writing the planned formulas (structured references in a
// Table). The QuickBooks export has the full flow in paneFlow.test.ts.
import * as path from "node:path";
import { dayOfLocalDate } from "../../src/core/days";
import { defaultPolicy } from "../../src/core/policy";
import { policyForSheet } from "../../src/core/policyForSheet";
import { policySettings } from "../../src/core/policySettings";
import { planArColumns, policyNames } from "../../src/excel";
import { totalsOf } from "../../src/app/figures";
import { fieldColumnsOf } from "../../src/app/mappingChoices";
import { FIXTURE_NOW, openTaskpane, rootDir, type TaskpaneHost } from "../support/e2eHost";
import { fromXlsx } from "../support/fakeExcel/fromXlsx";
import { singleCurrency } from "../../src/core/currency/currencyReading";
import { blockOf, expectedFor } from "./paneFixture";

const today = dayOfLocalDate(FIXTURE_NOW);
/** The policy sheet's first Name/Value row (0-based): title, as-of, blank, then the Table header. */
const POLICY_BODY_TOP = 4; // the browser's clock is fixed to it too

// The Indonesian country list has a local notes column (Keterangan): its disputes, promises and
// unreachable customers must reach the pane's next actions and the AR formulas alike.
describe.each(["xero-aged-receivables", "indonesian-hand-made", "plain-table", "countries/id-accurate-umur-piutang"])("%s.xlsx in the pane", (fixture) => {
  let host: TaskpaneHost;

  afterAll(async () => {
    await host?.close();
  });

  it("shows the core's figures and writes the planned AR formulas", async () => {
    const state = await fromXlsx(path.join(rootDir, "test", "fixtures", `${fixture}.xlsx`));
    const sheet = state.sheets[0];
    if (!sheet) throw new Error("no sheet");
    const expected = expectedFor(sheet, today);
    const table = sheet.tables?.[0] ?? null;
    host = await openTaskpane({ state: { ...state, activeCell: { row: expected.headerRow + 1, column: 1 } } });
    const { page } = host;
    await page.click("#read-sheet");
    await page.locator("#mapping-panel").waitFor({ state: "visible" });
    const notice = (await page.locator("#load-panel .notice").textContent()) ?? "";
    const address = /from (.+?)(?: \(table .+\))?\.$/.exec(notice)?.[1] ?? "";
    if (table) expect(notice).toContain(`(table ${table.name})`);
    const block = blockOf(sheet, address, table?.name ?? null);

    await page.click("#use-mapping");
    await page.locator("#analyze-panel").waitFor({ state: "visible" });
    for (const figure of totalsOf(expected.analysis.summary)) {
      await expect(page.locator(`[data-figure="${figure.id}"] dd`).textContent()).resolves.toBe(figure.value);
    }
    await expect(page.locator("#problems button.problem").count()).resolves.toBe(expected.analysis.problems.length);
    for (const [action, count] of Object.entries(expected.analysis.summary.actions)) {
      await expect(page.locator(`#next-actions tr[data-action="${action}"] td`).textContent()).resolves.toBe(String(count));
    }
    if (fixture.includes("umur-piutang")) expect(expected.analysis.summary.actions).toMatchObject({ "Resolve dispute": 1 });

    await page.click("#add-columns");
    await expect(page.locator("#columns-panel .notice-success").textContent()).resolves.toMatch(/^Wrote 6 columns/);
    const choices = Object.fromEntries(Object.entries(expected.choices).map(([field, column]) => [field, column - block.left]));
    const invoiceRows = expected.analysis.ledger.invoices.map((invoice) => invoice.row - block.top);
    const plan = planArColumns(block, expected.headerRow - block.top, fieldColumnsOf(choices), invoiceRows, singleCurrency(expected.analysis.ledger.currency));
    const first = expected.analysis.ledger.invoices[0];
    if (!first) throw new Error("no invoice read");
    for (const column of plan.columns) {
      await expect(host.cell(sheet.name, expected.headerRow, column.column)).resolves.toMatchObject({ value: column.header });
      await expect(host.cell(sheet.name, first.row, column.column)).resolves.toMatchObject({ formula: column.formula });
    }
    if (table) expect(plan.columns[0]?.formula).toContain("[@[");
    // The policy sheet the formulas read says how this list writes text dates and amounts.
    const sheetPolicy = policyForSheet(defaultPolicy, expected.analysis.ledger);
    const settingRow = (name: string) => POLICY_BODY_TOP + Object.keys(policySettings).indexOf(name);
    await expect(host.cell(policyNames.sheet, settingRow("dateOrder"), 0)).resolves.toMatchObject({ value: "dateOrder" });
    await expect(host.cell(policyNames.sheet, settingRow("dateOrder"), 1)).resolves.toMatchObject({ value: sheetPolicy.dateOrder });
    await expect(host.cell(policyNames.sheet, settingRow("decimalSeparator"), 1)).resolves.toMatchObject({ value: sheetPolicy.decimalSeparator });
    if (fixture === "indonesian-hand-made") expect(sheetPolicy).toMatchObject({ dateOrder: "dayFirst", decimalSeparator: "," });
    expect(host.pageErrors).toEqual([]);
    expect(host.outsideRequests).toEqual([]);
  });
});
