// State survives the next export, in the pane (issue 12 item 2): a fresh export without the
// desk's columns, a workbook whose Contact Log says two customers were reminded; after Analyze the
// pane offers "The Contact Log holds later state than this list for 3 invoices…", and its button
// adds Last contact and Reminders sent right of the list, fills them from the log, and reads the
// list again, so the next actions continue the ladder (Incentive after two reminders, not Reminder).
// A formula in a cell to fill is asked about first ("Replace them"). Needs `npm run build` first.
import { dayOfLocalDate, isoTextOfDay, serialFromDay } from "../../src/core/days";
import { contactLogLayout } from "../../src/workbook/contactLogLayout";
import { FIXTURE_NOW, openTaskpane, type TaskpaneHost } from "../support/e2eHost";
import type { FakeExcel, FakeWorkbookState } from "../support/fakeExcel";

const today = dayOfLocalDate(FIXTURE_NOW); // 2026-02-15
const todaySerial = serialFromDay(today, 1900);
const due = (daysAgo: number) => todaySerial - daysAgo;
const logRow = (daysAgo: number, customer: string, invoices: string, stage: string) =>
  [todaySerial - daysAgo + 0.4, customer, invoices, stage, "Email", "Subject", 100, "EUR", "", "", `${isoTextOfDay(today - daysAgo)}-${customer.length}${stage.length}`, "Dana", ""];
const log = [
  [...contactLogLayout.headers],
  logRow(30, "Acme Ltd", "INV-101, INV-102", "Reminder"),
  logRow(20, "Acme Ltd", "INV-101, INV-102", "Consequences"),
  logRow(15, "Beta AG", "B-1", "Reminder"),
];
const state: FakeWorkbookState = {
  sheets: [
    {
      name: "AR",
      values: [
        ["Customer", "Invoice", "Due date", "Balance", "Email"],
        ["Acme Ltd", "INV-101", due(70), 1200, "ap@acme.example"],
        ["Beta AG", "B-1", due(45), 300, "ap@beta.example"],
        ["Acme Ltd", "INV-102", due(65), 800, "ap@acme.example"],
      ],
      columnFormats: { 2: "yyyy-mm-dd" },
    },
    { name: "Contact Log", values: log, tables: [{ name: contactLogLayout.name, top: 0, left: 0, rows: log.length, columns: contactLogLayout.headers.length }] },
  ],
  activeCell: { row: 1, column: 0 },
};

describe("the pane's restore from the Contact Log", () => {
  let host: TaskpaneHost;

  afterAll(async () => {
    await host?.close();
  });

  it("offers it after Analyze, writes it on the user's word, and the ladder continues", async () => {
    host = await openTaskpane({ state });
    const { page } = host;
    await page.click("#read-sheet");
    await page.locator("#mapping-panel").waitFor({ state: "visible" });
    await page.click("#use-mapping");
    await page.locator("#restore-question").waitFor({ state: "visible" });
    await expect(page.locator("#restore-question").textContent()).resolves.toContain("The Contact Log holds later state than this list for 3 invoices");
    await expect(page.locator("#restore-question").textContent()).resolves.toContain("The list lacks Last contact and Reminders sent: they are added right of the list.");
    // Before: the fresh export starts everyone at the first reminder.
    await expect(page.locator('#next-actions [data-action="Incentive"]').count()).resolves.toBe(0);
    const before = await host.inspect((fake: FakeExcel) => fake.values("AR", 0, 5, 1, 2), null);
    expect(before).toEqual([["", ""]]); // the offer wrote nothing

    await page.click("#restore-state");
    await page.waitForFunction(() => (document.querySelector("#load-panel .notice")?.textContent ?? "").startsWith("State restored for 3 invoices from the Contact Log."));
    await expect(page.locator("#load-panel .notice").textContent()).resolves.toContain("The list was read again with the columns added (Last contact, Reminders sent): check the mapping and use it.");
    const cells = await host.inspect((fake: FakeExcel) => fake.values("AR", 0, 5, 4, 2), null);
    expect(cells).toEqual([["Last contact", "Reminders sent"], [todaySerial - 20, 2], [todaySerial - 15, 1], [todaySerial - 20, 2]]);

    await page.locator("#mapping-panel").waitFor({ state: "visible" });
    await page.click("#use-mapping");
    await page.locator('#next-actions [data-action="Incentive"]').waitFor();
    await expect(page.locator('#next-actions [data-action="Incentive"] td').textContent()).resolves.toBe("2");
    // Nothing more to restore: no second offer.
    await expect(page.locator("#restore-offer").count()).resolves.toBe(0);
    expect(host.pageErrors).toEqual([]);
  }, 60_000);

  it("asks before replacing a formula in a cell it would fill, and replaces it on the user's word", async () => {
    await host?.close();
    // This export has a Reminders sent column, one of its cells the user's formula (a lower count than the log's).
    const [sheet, logSheet] = state.sheets;
    if (!sheet || !logSheet) throw new Error("no sheets");
    const values = sheet.values.map((row, index) => [...row, index === 0 ? "Reminders sent" : index === 1 ? 1 : ""]);
    host = await openTaskpane({ state: { ...state, sheets: [{ ...sheet, values, formulas: { "1,5": "=0+1" } }, logSheet] } });
    const { page } = host;
    await page.click("#read-sheet");
    await page.locator("#mapping-panel").waitFor({ state: "visible" });
    await page.click("#use-mapping");
    await page.locator("#restore-state").waitFor({ state: "visible" });
    await page.click("#restore-state");
    await page.locator("#restore-replace").waitFor({ state: "visible" });
    await expect(page.locator("#restore-question").textContent()).resolves.toBe("Nothing was restored yet: a cell to restore into holds a formula or an entry the desk did not write (AR!F2). Replace it with the Contact Log's state?");
    const untouched = await host.inspect((fake: FakeExcel) => [fake.cell("AR", 1, 5).formula, fake.values("AR", 0, 6, 1, 1)], null);
    expect(untouched).toEqual(["=0+1", [[""]]]);
    await page.click("#restore-replace");
    await page.waitForFunction(() => (document.querySelector("#load-panel .notice")?.textContent ?? "").startsWith("State restored for 3 invoices from the Contact Log."));
    const cells = await host.inspect((fake: FakeExcel) => [fake.cell("AR", 1, 5), fake.values("AR", 0, 6, 2, 1)], null);
    expect(cells).toEqual([{ value: 2, formula: null, numberFormat: "General" }, [["Last contact"], [todaySerial - 20]]]);
    expect(host.pageErrors).toEqual([]);
  }, 60_000);
});
