// The whole browser-mode flow over one workbook file, for browserMode.test.ts: what the test
// expects of the file (computed in Node with the core), and the steps through the page — read the
// list selected in the grid, Analyze, AR columns, summary, reminders for rows selected with the
// mouse, Mark all as sent, Save — with the download read back.
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { dayOfLocalDate, serialFromDay } from "../../src/core/days";
import type { Invoice } from "../../src/core/invoiceRow";
import { chooseNextAction } from "../../src/core/nextAction";
import { defaultPolicy } from "../../src/core/policy";
import { accountOfInvoice } from "../../src/core/receivables";
import { stageOfAction } from "../../src/mail/stage";
import { planArColumns, type ArColumnPlan } from "../../src/workbook/arColumnPlan";
import { reconnectUnavailable } from "../../src/workbook/port";
import { totalsOf } from "../../src/app/figures";
import { fieldColumnsOf } from "../../src/app/mappingChoices";
import { FIXTURE_NOW } from "../support/e2eHost";
import type { FakeSheetState } from "../support/fakeExcel";
import { fromXlsx } from "../support/fakeExcel/fromXlsx";
import { clickCell, showSheet, waitForText } from "./browserModePage";
import { blockOf, expectedFor, type Expected } from "./paneFixture";
import { unzipSync } from "fflate";
import { locateAgingList } from "../../src/app/locateAgingList";
import { openWorkbookFile } from "../../src/xlsx";

export const today = dayOfLocalDate(FIXTURE_NOW); // the browser's clock is fixed to it too
export const todaySerial = serialFromDay(today, 1900);

/** A workbook file and what the core reads from its first sheet. */
export interface FlowFile {
  readonly file: string;
  readonly sheet: FakeSheetState;
  readonly expected: Expected;
  readonly table: string | null;
  /** The list's block as the command line finds it (`locateAgingList`): the pane must read the same. */
  readonly listAddress: string;
}

/**
 * Reads a workbook in Node as the pane should: the list's block as the shared flow finds it
 * (the command line's), then header row, mapping and figures of that block.
 */
export async function flowFile(file: string): Promise<FlowFile> {
  const state = await fromXlsx(file);
  const sheet = state.sheets[0];
  if (!sheet) throw new Error(`${file} has no sheet`);
  const book = await openWorkbookFile(new Uint8Array(fs.readFileSync(file)));
  if (!book.ok) throw new Error(book.error);
  const located = await locateAgingList(book, sheet.name);
  if (!located.ok) throw new Error(located.message);
  const list = { top: located.data.top, left: located.data.left, rows: located.data.values.length, columns: located.data.values[0]?.length ?? 0 };
  return { file, sheet, expected: expectedFor(sheet, today, list), table: sheet.tables?.[0]?.name ?? null, listAddress: located.data.address };
}

/** Selects a cell of the list in the grid, reads it with "Automatic", uses the mapping; returns the AR column plan. */
export async function readAndAnalyze(page: Page, flow: FlowFile): Promise<ArColumnPlan> {
  const { expected, sheet } = flow;
  const first = expected.analysis.ledger.invoices[0];
  if (!first) throw new Error("no invoice read");
  await showSheet(page, sheet.name);
  await clickCell(page, first.row, 1);
  await page.click("#read-sheet");
  await page.locator("#mapping-panel").waitFor({ state: "visible" });
  const notice = (await page.locator("#load-panel .notice").textContent()) ?? "";
  const address = /from (.+?)(?: \(table .+\))?\.$/.exec(notice)?.[1] ?? "";
  if (flow.table) expect(notice).toContain(`(table ${flow.table})`);
  // The pane writes the sheet's name unquoted ("Open Invoices!A5:H25").
  const unquoted = (text: string) => text.replace(/^'(.*)'!/, "$1!").replace(/''/g, "'");
  expect(unquoted(address)).toBe(unquoted(flow.listAddress));
  await page.click("#use-mapping");
  await page.locator("#analyze-panel").waitFor({ state: "visible" });
  for (const figure of totalsOf(expected.analysis.summary)) {
    await expect(page.locator(`[data-figure="${figure.id}"] dd`).textContent()).resolves.toBe(figure.value);
  }
  await expect(page.locator("#problems button.problem").count()).resolves.toBe(expected.analysis.problems.length);
  const block = blockOf(sheet, address, flow.table);
  const choices = Object.fromEntries(Object.entries(expected.choices).map(([field, column]) => [field, column - block.left]));
  return planArColumns(block, expected.headerRow - block.top, fieldColumnsOf(choices), expected.analysis.ledger.invoices.map((invoice) => invoice.row - block.top));
}

/** "Add AR columns" (confirming over cells in the way, where there are any), then "Create summary sheet". */
export async function writeColumnsAndSummary(page: Page): Promise<void> {
  await page.click("#add-columns");
  await page.waitForSelector("#columns-panel .notice-success, #confirm-overwrite", { timeout: 30_000 });
  if (await page.locator("#confirm-overwrite").isVisible()) await page.click("#confirm-overwrite");
  await waitForText(page, "#columns-panel .notice-success", /^Wrote 6 columns/);
  await page.click("#create-summary");
  // Browser mode writes a file, and a file written outside Excel holds no chart: none is claimed.
  await waitForText(page, "#columns-panel .notice-success", /^Summary sheet created with the bucket table and the customer table \(no chart/);
  // Nothing to bind outside Excel: the command is offered disabled, with the reason, never claimed done.
  await expect(page.locator("#reconnect-formulas").getAttribute("disabled")).resolves.not.toBeNull();
  await expect(page.locator("#reconnect-hint").textContent()).resolves.toBe(reconnectUnavailable);
}

/** Rows that get a reminder now: the core's ladder gives them a mail stage (Ask sales needs an owner), and no contact within the gap. */
export function draftableInvoices(invoices: readonly Invoice[]): Invoice[] {
  return invoices.filter((invoice) => {
    const account = accountOfInvoice(invoice);
    if (typeof account === "string" || invoice.balance <= 0) return false;
    const recent = invoice.lastContactDay !== null && invoice.lastContactDay > today - defaultPolicy.minContactGapDays;
    const stage = stageOfAction(chooseNextAction(account, today, defaultPolicy).action);
    return !recent && stage !== null && (stage !== "Ask sales" || invoice.accountOwner !== null); // R22 mails the account owner

  });
}

/**
 * Selects invoice rows in the grid — a click, a Shift+click (a rectangle) and a Ctrl+click (another
 * area) — and drafts reminders for them; returns how many list rows the selection holds.
 */
export async function selectAndDraft(page: Page, flow: FlowFile): Promise<number> {
  const candidates = draftableInvoices(flow.expected.analysis.ledger.invoices);
  const [start, end, extra] = [candidates[0], candidates[Math.min(1, candidates.length - 1)], candidates[candidates.length - 1]];
  if (!start || !end || !extra) throw new Error(`${path.basename(flow.file)}: no invoice to remind`);
  await showSheet(page, flow.sheet.name);
  await clickCell(page, start.row, 0);
  await clickCell(page, end.row, 2, "Shift");
  await clickCell(page, extra.row, 1, "Control");
  const rows = new Set<number>();
  for (let row = Math.min(start.row, end.row); row <= Math.max(start.row, end.row); row += 1) rows.add(row);
  rows.add(extra.row);
  await page.click("#draft-selection");
  await waitForText(page, "#draft-count", new RegExp(`: ${rows.size === 1 ? "1 row" : `${rows.size} rows`} of the list`));
  return rows.size;
}

/** "Write to Reminders sheet", then "Mark all as sent" (confirmed); returns the messages written and logged. */
export async function writeAndMarkSent(page: Page): Promise<number> {
  await page.click("#write-reminders");
  const written = await waitForText(page, "#remind-notice", /Wrote \d+ messages? to the Reminders sheet/);
  const count = Number(/Wrote (\d+)/.exec(written)?.[1]);
  // The drafts leave as one zip (one draft: the file itself), an .eml per email and a .txt per
  // letter: a plain browser allows downloads.
  const drafts = await downloadDrafts(page);
  const downloaded = await page.locator("#remind-notice").textContent();
  expect(downloaded).toMatch(new RegExp(`^${count === 1 ? "1 draft" : `${count} drafts`} downloaded`));
  expect(downloaded).not.toContain("Not downloaded");
  expect(Object.keys(drafts)).toHaveLength(count);
  for (const name of Object.keys(drafts)) expect(name).toMatch(/\.(eml|txt)$/);
  await page.click("#mark-all-sent");
  await page.locator("#mark-sent-confirm").waitFor();
  await page.fill("#sent-note", "browser mode test");
  await page.click("#confirm-sent");
  await waitForText(page, "#remind-notice", new RegExp(`Logged ${count} messages? in the Contact Log`));
  return count;
}

/** "Download drafts" with a From address: the files by name (one zip of them, or the one draft itself). */
async function downloadDrafts(page: Page): Promise<Record<string, Uint8Array>> {
  await page.fill("#sender-email", "ar@example.com");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-drafts")]);
  const name = download.suggestedFilename();
  const bytes = new Uint8Array(fs.readFileSync(await download.path()));
  if (!name.endsWith(".zip")) return { [name]: bytes };
  expect(name).toMatch(/^reminders-\d{4}-\d{2}-\d{2}\.zip$/);
  return unzipSync(bytes);
}

/** "Save workbook": the download's name and its bytes (kept in `dir` for a look). */
export async function saveWorkbook(page: Page, dir: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#save-workbook")]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  await waitForText(page, "#file-state", /^Saved$/);
  return { name: download.suggestedFilename(), bytes: new Uint8Array(fs.readFileSync(file)) };
}
