// The reminder flow in headless Chromium against the fake Excel: select rows (two areas, one row
// hidden by a filter) → drafts previewed (Next, an edited message, an edited template kept in the
// workbook) → download (the zip's .eml files read back by a mail parser) → Reminders sheet →
// Mark all as sent → Contact Log rows and the aging sheet's last contact and reminder counts
// checked → Undo restores them (Undoes rows appended) → marked again → marking again logs nothing twice. Screenshots at 320 px go to test-results/ and
// the README's folder (.tmp/screenshots/; `npm run screenshots` refreshes docs/screenshots/).
// Needs `npm run build` first (scripts/test-all.mjs does it).
import * as fs from "node:fs";
import * as path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import type { Page } from "playwright-core";
import PostalMime from "postal-mime";
import { dayOfLocalDate, serialFromDay } from "../../src/core/days";
import { FIXTURE_NOW, openTaskpane, rootDir, type TaskpaneHost } from "../support/e2eHost";
import type { FakeExcel, FakeWorkbookState } from "../support/fakeExcel";
import { readmeScreenshotFolder } from "../support/screenshotFolder";

const resultsDir = path.join(rootDir, "test-results", "remind");
const readmeShots = readmeScreenshotFolder(rootDir);
const todaySerial = serialFromDay(dayOfLocalDate(FIXTURE_NOW), 1900); // 2026-02-15
const due = (daysAgo: number) => todaySerial - daysAgo;

// An aging list with a Last contact column but no Reminders sent column (the pane creates it).
const values: unknown[][] = [
  ["Customer", "Invoice", "Due date", "Balance", "Email", "Language", "Status", "Last contact"],
  ["Acme Ltd", "INV-101", due(40), 1200, "ap@acme.example", "en", "", ""],
  ["Acme Ltd", "INV-102", due(35), 300, "ap@acme.example", "en", "", ""],
  ["SIA \"Ziemeļi\"", "R-7", due(45), 860.5, "gramatvediba@ziemeli.example", "Latvian", "", ""],
  ["Hidden Co", "H-1", due(60), 500, "ap@hidden.example", "en", "", ""],
  ["บริษัท ตัวอย่าง จำกัด", "TH-9", due(50), 42000, "finance@example.co.th", "th", "", ""],
  ["Disputed Inc", "D-1", due(70), 900, "ap@disputed.example", "en", "disputed", ""],
  ["Recent Co", "R-1", due(80), 400, "ap@recent.example", "en", "", todaySerial - 3],
  ["No Mail GmbH", "N-1", due(50), 250, "", "en", "", ""],
];
const state: FakeWorkbookState = {
  sheets: [{ name: "AR", values, columnFormats: { 2: "yyyy-mm-dd", 7: "yyyy-mm-dd" }, hiddenRows: [4] }],
  activeCell: { row: 1, column: 0 },
};

let host: TaskpaneHost;
let page: Page;
let zipPath = "";

beforeAll(async () => {
  fs.mkdirSync(resultsDir, { recursive: true });
  // Each round trip to Excel takes a little while, as a real one does: no test may race the pane.
  host = await openTaskpane({ state, colorScheme: "light", roundTripMs: 25 });
  page = host.page;
  await page.locator("#load-panel").waitFor();
}, 60_000);

afterAll(async () => {
  await host?.close();
});

async function shoot(selector: string, name: string): Promise<void> {
  const file = path.join(resultsDir, `${name}.png`);
  await page.locator(selector).screenshot({ path: file });
  fs.copyFileSync(file, path.join(readmeShots, `${name}.png`));
}

/** Waits until the element's text matches: the pane answers clicks asynchronously (Excel round trips). */
async function waitForText(selector: string, pattern: RegExp): Promise<string> {
  await page.waitForFunction(
    ({ selector, source, flags }) => new RegExp(source, flags).test(document.querySelector(selector)?.textContent ?? ""),
    { selector, source: pattern.source, flags: pattern.flags },
  );
  return (await page.locator(selector).textContent()) ?? "";
}

const sheetValues = (sheet: string, top: number, left: number, rows: number, columns: number) =>
  host.inspect((fake: FakeExcel, arg: { sheet: string; top: number; left: number; rows: number; columns: number }) => fake.values(arg.sheet, arg.top, arg.left, arg.rows, arg.columns), { sheet, top, left, rows, columns });

describe("reminder flow", () => {
  it("reads and maps the list, then offers the Remind panel", async () => {
    await page.click("#read-sheet");
    await page.locator("#mapping-panel").waitFor({ state: "visible" });
    await page.click("#use-mapping");
    await page.locator("#remind-panel").waitFor({ state: "visible" });
  });

  it("explains a selection outside the list instead of ignoring it", async () => {
    await host.inspect((fake: FakeExcel) => fake.setSelection("AR", ["K20:L22"]), null);
    await page.click("#draft-selection");
    await waitForText("#remind-notice", /K20:L22 is outside the aging list read/);
  });

  it("drafts one email per customer from two areas, leaving out the hidden row and saying why for the rest", async () => {
    await host.inspect((fake: FakeExcel) => fake.setSelection("AR", ["A2:D3", "A4:H9"]), null);
    await page.click("#draft-selection");
    await page.locator("#draft-count").waitFor();
    const count = await page.locator("#draft-count").textContent();
    expect(count).toContain("7 rows of the list (1 hidden row left out)");
    expect(count).toContain("3 emails, 1 text for a call or letter");
    const leftOut = await page.locator("#left-out").textContent();
    expect(leftOut).toMatch(/^Not drafted \(2\)/);
    expect(leftOut).toMatch(/Row 7 \(Disputed Inc\): is disputed \(R8\)/);
    expect(leftOut).toMatch(/Row 8 \(Recent Co\): last contact \d{4}-\d{2}-\d{2} \(R17: every 10 days, never within 7, working days only\): next contact from \d{4}-\d{2}-\d{2}/);
    expect(leftOut).not.toContain("Hidden Co");
    await expect(page.locator("#draft-heading").textContent()).resolves.toBe("1 of 4: Acme Ltd — Reminder");
    await expect(page.locator("#draft-text").textContent()).resolves.toMatch(/INV-101[\s\S]*INV-102/);
    await shoot("#remind-panel", "remind-preview");
  });

  it("drafts the customer inside the contact gap only after the user ticks the R17 exception", async () => {
    await page.check("#override-gap");
    await page.click("#draft-selection");
    await page.waitForFunction(() => document.querySelector("#draft-count")?.textContent?.includes("4 emails"));
    await page.uncheck("#override-gap");
    await page.click("#draft-selection");
    await page.waitForFunction(() => document.querySelector("#draft-count")?.textContent?.includes("3 emails"));
  });

  it("moves through the drafts and keeps a message as the user edited it", async () => {
    await page.click("#draft-next");
    await expect(page.locator("#draft-heading").textContent()).resolves.toBe("2 of 4: SIA \"Ziemeļi\" — Reminder");
    await expect(page.locator("#draft-subject").textContent()).resolves.toMatch(/Atgādinājum/);
    await page.click("#draft-edit");
    await page.fill("#edit-subject", "Atgādinājums par rēķinu R-7");
    await page.fill("#edit-text", "Labdien!\nLūdzu, apmaksājiet rēķinu R-7.\n=HYPERLINK(\"x\")");
    await page.click("#edit-save");
    await expect(page.locator("#draft-subject").textContent()).resolves.toBe("Atgādinājums par rēķinu R-7");
  });

  it("refuses a template with an unknown field, and keeps a good one in the workbook", async () => {
    await page.click("#draft-previous");
    await page.click("#edit-template");
    await page.fill("#template-subject", "Overdue: {{total}} for {{client}}");
    await page.click("#template-keep");
    await expect(page.locator(".template-editor .notice").textContent()).resolves.toMatch(/Subject: unknown field \{\{client\}\}/i);
    await page.fill("#template-subject", "Overdue: {{total}} for {{customer}}");
    await page.click("#template-keep");
    await waitForText(".template-editor .notice-host", /Kept on the Dunning Templates sheet/);
    await page.waitForFunction(() => document.querySelector("#draft-subject")?.textContent === "Overdue: $1,500.00 for Acme Ltd");
    // Drafting again with the template kept the message the user edited.
    await page.click("#draft-next");
    await expect(page.locator("#draft-subject").textContent()).resolves.toBe("Atgādinājums par rēķinu R-7");
    const rows = await sheetValues("Dunning Templates", 3, 0, 1, 3);
    expect(rows).toEqual([["Reminder", "en", "Overdue: {{total}} for {{customer}}"]]);
    await page.click("#template-close");
  });

  it("downloads the drafts as one zip of .eml files a mail program reads, and a letter text", async () => {
    await page.click("#download-drafts");
    await expect(page.locator("#remind-notice").textContent()).resolves.toMatch(/From address/);
    await page.fill("#sender-email", "ar@example.com");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-drafts")]);
    expect(download.suggestedFilename()).toBe("reminders-2026-02-15.zip");
    zipPath = path.join(resultsDir, download.suggestedFilename());
    await download.saveAs(zipPath);
    const files = unzipSync(new Uint8Array(fs.readFileSync(zipPath)));
    expect(Object.keys(files).sort()).toEqual([
      "Letter - No Mail GmbH (USD).txt",
      "Reminder - Acme Ltd (USD).eml",
      "Reminder - SIA _Ziemeļi_ (USD).eml",
      "Reminder - บริษัท ตัวอย่าง จำกัด (USD).eml",
    ]);
    const acme = await PostalMime.parse(strFromU8(files["Reminder - Acme Ltd (USD).eml"] ?? new Uint8Array()));
    expect(acme.subject).toBe("Overdue: $1,500.00 for Acme Ltd");
    expect(acme.from).toMatchObject({ address: "ar@example.com" });
    expect(acme.headers.find((header) => header.key === "x-unsent")?.value).toBe("1");
    const latvian = await PostalMime.parse(strFromU8(files["Reminder - SIA _Ziemeļi_ (USD).eml"] ?? new Uint8Array()));
    expect(latvian.subject).toBe("Atgādinājums par rēķinu R-7");
    expect(latvian.to?.[0]).toMatchObject({ name: "SIA \"Ziemeļi\"", address: "gramatvediba@ziemeli.example" });
    expect(latvian.html).toContain("=HYPERLINK(&quot;x&quot;)");
  });

  it("writes the batch to the Reminders sheet as text, ready for mail merge", async () => {
    await page.click("#write-reminders");
    await waitForText("#remind-notice", /Wrote 4 messages to the Reminders sheet/);
    const rows = await sheetValues("Reminders", 0, 0, 5, 3);
    expect(rows[0]).toEqual(["To", "Cc", "Subject"]);
    expect(rows.slice(1).map((row) => row[0])).toEqual(["ap@acme.example", "gramatvediba@ziemeli.example", "finance@example.co.th", ""]);
    const text = await host.cell("Reminders", 2, 3);
    expect(text.formula).toBeNull();
    expect(String(text.value)).toContain("=HYPERLINK");
    // A second write asks before it replaces the first batch.
    await page.click("#write-reminders");
    await page.locator("#replace-confirm").waitFor();
    await page.click("#keep-reminders");
  });

  it("logs every message once after confirmation, and moves the customers up the ladder", async () => {
    await page.click("#mark-all-sent");
    await page.locator("#mark-sent-confirm").waitFor();
    await shoot("#remind-panel", "remind-mark-sent");
    await page.fill("#sent-note", "batch of 15 Feb");
    await page.click("#confirm-sent");
    await page.locator("#remind-notice .notice-success").waitFor();
    await expect(page.locator("#remind-notice").textContent()).resolves.toMatch(/Logged 4 messages in the Contact Log\. Updated 5 rows\. Added the column Reminders sent/);
    const log = await sheetValues("Contact Log", 0, 0, 6, 13);
    expect(log[0]).toEqual(["Logged at", "Customer", "Invoices", "Stage", "Channel", "Subject", "Amount", "Currency", "Offer", "Note", "Draft id", "Marked by", "Undoes"]);
    expect(log.slice(1, 5).map((row) => [row[1], row[2], row[4], row[9]])).toEqual([
      ["Acme Ltd", "INV-101, INV-102", "Email", "batch of 15 Feb"],
      ["SIA \"Ziemeļi\"", "R-7", "Email", "batch of 15 Feb"],
      ["บริษัท ตัวอย่าง จำกัด", "TH-9", "Email", "batch of 15 Feb"],
      ["No Mail GmbH", "N-1", "Phone / letter", "batch of 15 Feb"],
    ]);
    expect(Math.floor(Number(log[1]?.[0]))).toBe(todaySerial);
    expect(log[5]?.[1] ?? "").toBe("");
    const aging = await sheetValues("AR", 0, 7, 9, 2);
    expect(aging[0]).toEqual(["Last contact", "Reminders sent"]);
    expect(aging.slice(1).map((row) => row[0])).toEqual([todaySerial, todaySerial, todaySerial, "", todaySerial, "", todaySerial - 3, todaySerial]);
    expect(aging.slice(1).map((row) => row[1])).toEqual([1, 1, 1, "", 1, "", "", 1]);
  });

  it("undoes the batch in one click: an Undoes row per message, the cells restored; then marks it again", async () => {
    await page.click("#undo-sent");
    await waitForText("#remind-notice", /Undone: 4 messages got an "Undoes" row in the Contact Log \(its rows stay\)\. Restored 10 cells\./);
    const aging = await sheetValues("AR", 1, 7, 8, 2);
    expect(aging.map((row) => row[0])).toEqual(["", "", "", "", "", "", todaySerial - 3, ""]);
    expect(aging.map((row) => row[1])).toEqual(["", "", "", "", "", "", "", ""]);
    const log = await sheetValues("Contact Log", 1, 0, 9, 13);
    expect(log.slice(4, 8).map((row) => [row[1], row[9], row[12] === row[10]])).toEqual([
      ["Acme Ltd", "Mark as sent undone", true],
      ["SIA \"Ziemeļi\"", "Mark as sent undone", true],
      ["บริษัท ตัวอย่าง จำกัด", "Mark as sent undone", true],
      ["No Mail GmbH", "Mark as sent undone", true],
    ]);
    expect(log[8]?.[1] ?? "").toBe("");
    await page.click("#mark-all-sent");
    await page.locator("#mark-sent-confirm").waitFor();
    await page.fill("#sent-by", "Dana");
    await page.click("#confirm-sent");
    await waitForText("#remind-notice", /Logged 4 messages in the Contact Log\. Updated 5 rows\./);
    expect((await sheetValues("Contact Log", 9, 11, 1, 1))[0]?.[0]).toBe("Dana");
    expect((await sheetValues("AR", 1, 8, 1, 1))[0]?.[0]).toBe(1);
  });

  it("does not log twice: drafting the same rows again finds them inside the contact gap", async () => {
    await page.click("#mark-all-sent");
    await waitForText("#remind-notice", /logged already/);
    await page.click("#draft-selection");
    await page.waitForFunction(() => document.querySelector("#draft-count")?.textContent?.includes("0 emails"));
    expect((await sheetValues("Contact Log", 13, 1, 1, 1))[0]?.[0] ?? "").toBe("");
    expect(host.pageErrors).toEqual([]);
    expect(host.outsideRequests).toEqual([]);
  });
});
