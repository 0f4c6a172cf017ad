// Record in headless Chromium against the fake Excel (issue 12 item 1): select rows → "Promise
// to pay" → its small form (a missing date refused) → the Contact Log row with who recorded it
// and the promise in the desk's Dunning status column (created right of the list, the user's
// Status untouched) → "Call made" on a customer's two rows as a contact → Undo restores them.
// Needs `npm run build` first (scripts/test-all.mjs does it).
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { dayOfLocalDate, isoTextOfDay, serialFromDay } from "../../src/core/days";
import { FIXTURE_NOW, openTaskpane, rootDir, type TaskpaneHost } from "../support/e2eHost";
import type { FakeExcel, FakeWorkbookState } from "../support/fakeExcel";

const resultsDir = path.join(rootDir, "test-results", "record");
const today = dayOfLocalDate(FIXTURE_NOW); // 2026-02-15
const todaySerial = serialFromDay(today, 1900);

const values: unknown[][] = [
  ["Customer", "Invoice", "Due date", "Balance", "Email", "Status", "Last contact"],
  ["Acme Ltd", "INV-101", todaySerial - 40, 1200, "ap@acme.example", "", ""],
  ["Beta SIA", "B-1", todaySerial - 50, 300, "ap@beta.example", "hardship", todaySerial - 20],
  ["Beta SIA", "B-2", todaySerial - 45, 200, "ap@beta.example", "", todaySerial - 20],
  ["Gamma Oy", "G-1", "not a date", 100, "ap@gamma.example", "", ""],
];
const state: FakeWorkbookState = {
  sheets: [{ name: "AR", values, columnFormats: { 2: "yyyy-mm-dd", 6: "yyyy-mm-dd" } }],
  activeCell: { row: 1, column: 0 },
};

let host: TaskpaneHost;
let page: Page;

beforeAll(async () => {
  fs.mkdirSync(resultsDir, { recursive: true });
  host = await openTaskpane({ state, colorScheme: "light", roundTripMs: 25 });
  page = host.page;
  await page.locator("#load-panel").waitFor();
}, 60_000);

afterAll(async () => {
  await host?.close();
});

async function waitForText(selector: string, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    ({ selector, source, flags }) => new RegExp(source, flags).test(document.querySelector(selector)?.textContent ?? ""),
    { selector, source: pattern.source, flags: pattern.flags },
  );
  return (await page.locator(selector).textContent()) ?? "";
}

const sheetValues = (sheet: string, top: number, left: number, rows: number, columns: number) =>
  host.inspect((fake: FakeExcel, arg: { sheet: string; top: number; left: number; rows: number; columns: number }) => fake.values(arg.sheet, arg.top, arg.left, arg.rows, arg.columns), { sheet, top, left, rows, columns });

describe("record a step from the pane", () => {
  it("offers the Record buttons in the Remind panel", async () => {
    await page.click("#read-sheet");
    await page.locator("#mapping-panel").waitFor({ state: "visible" });
    await page.click("#use-mapping");
    await page.locator("#record-steps").waitFor({ state: "visible" });
    expect(await page.locator("#record-steps fluent-button").allTextContents()).toEqual(["Promise to pay", "Payment plan agreed", "Dispute opened", "Dispute resolved", "Call made"]);
  });

  it("names the customer of a row problem in Analyze", async () => {
    const problem = page.locator("#problems button.problem").first();
    expect(await problem.getAttribute("data-address")).toBe("C5");
    expect(await problem.locator(".customer").textContent()).toBe("Gamma Oy");
  });

  it("records a promise taken on the phone, after refusing the form without its date", async () => {
    await host.inspect((fake: FakeExcel) => fake.setSelection("AR", ["A2:D2"]), null);
    await page.click("#record-promise");
    await page.locator("#record-form").waitFor();
    expect(await page.locator("#record-heading").textContent()).toBe("Promise to pay: 1 invoice of Acme Ltd");
    await page.click("#confirm-record");
    await waitForText("#record-form-notice", /A promise needs the date it runs to/);
    await page.fill("#record-pay-by", isoTextOfDay(today + 10));
    await page.fill("#record-amount", "1200");
    await page.fill("#record-note", "said on the phone");
    await page.fill("#record-by", "Dana");
    await page.locator("#record-form").screenshot({ path: path.join(resultsDir, "record-promise.png") });
    await page.click("#confirm-record");
    await waitForText("#record-notice", /Promise to pay: Logged 1 invoice in the Contact Log\. Updated 1 row\. Added the column Dunning status/);
    const aging = await sheetValues("AR", 0, 5, 4, 3);
    expect(aging.map((row) => row[2])).toEqual(["Dunning status", `promised ${isoTextOfDay(today)} to pay 1200.00 by ${isoTextOfDay(today + 10)}`, "", ""]);
    expect(aging.map((row) => row[0])).toEqual(["Status", "", "hardship", ""]); // the user's Status is theirs
    const log = await sheetValues("Contact Log", 1, 0, 1, 13);
    expect([log[0]?.[1], log[0]?.[2], log[0]?.[3], log[0]?.[9], log[0]?.[11]]).toEqual(["Acme Ltd", "INV-101", "Promise to pay", "said on the phone", "Dana"]);
  });

  it("records a call on a customer's two rows as a contact, and undoes it in one click", async () => {
    await host.inspect((fake: FakeExcel) => fake.setSelection("AR", ["A3:G4"]), null);
    await page.click("#record-call");
    await page.locator("#record-form").waitFor();
    expect(await page.locator("#record-heading").textContent()).toBe("Call: 2 invoices of Beta SIA");
    expect(await page.locator("#record-by").inputValue()).toBe("Dana"); // offered again
    await page.click("#confirm-record");
    await waitForText("#record-notice", /Call: Logged 2 invoices in the Contact Log\. Updated 2 rows\. Added the column Reminders sent/);
    const called = await sheetValues("AR", 2, 6, 2, 3);
    expect(called).toEqual([[todaySerial, `called ${isoTextOfDay(today)}`, 1], [todaySerial, `called ${isoTextOfDay(today)}`, 1]]);
    await page.click("#undo-record");
    await waitForText("#record-notice", /Undone: 2 invoices got an "Undoes" row in the Contact Log \(its rows stay\)\. Restored 6 cells\./);
    expect(await sheetValues("AR", 2, 6, 2, 3)).toEqual([[todaySerial - 20, "", ""], [todaySerial - 20, "", ""]]);
    const log = await sheetValues("Contact Log", 2, 0, 4, 13);
    expect(log.map((row) => [row[1], row[3], row[9], row[12] === row[10]])).toEqual([
      ["Beta SIA", "Call", "", false], ["Beta SIA", "Call", "", false], ["Beta SIA", "Call", "Call undone", true], ["Beta SIA", "Call", "Call undone", true],
    ]);
    expect(host.pageErrors).toEqual([]);
    expect(host.outsideRequests).toEqual([]);
  });
});
