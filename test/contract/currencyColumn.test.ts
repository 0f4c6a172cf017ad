/*
 * A list in several currencies with no currency column (the UK aged debtors: pounds and euros told
 * apart by the amounts' number formats) gets the desk's own Currency column with the AR columns,
 * and the summary sheet's live formulas key on it — in both adapters, and after a file round trip.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeAgingList, type AgingList } from "../../src/app/agingList";
import { annotateWorkbook } from "../../src/app/annotateWorkbook";
import { locateAgingList } from "../../src/app/locateAgingList";
import { dayFromIsoText } from "../../src/core/days";
import { defaultPolicy } from "../../src/core/policy";
import { officeWorkbook } from "../../src/excel";
import type { ArColumnPlan } from "../../src/workbook/arColumnPlan";
import type { WorkbookPort } from "../../src/workbook/port";
import { openWorkbookFile, type FileWorkbook } from "../../src/xlsx";
import { createFakeExcel } from "../support/fakeExcel";
import { fromXlsx } from "../support/fakeExcel/fromXlsx";
import { evaluateWorkbookFormula } from "../support/fakeExcel/summaryEvaluator";

const AS_OF = dayFromIsoText("2026-11-23") as number;
const fixture = (file: string) => join(__dirname, "..", "fixtures", ...file.split("/"));
const OPTIONS = { asOfSerial: AS_OF + 25_569, keepAsOf: false, replace: false, confirmOverwrite: false };

interface Cell {
  readonly value: unknown;
  readonly formula: string | null;
}

async function open(bytes: Uint8Array): Promise<FileWorkbook> {
  const book = await openWorkbookFile(bytes);
  if (!book.ok) throw new Error(book.error);
  return book;
}

async function listOf(book: FileWorkbook): Promise<AgingList> {
  const located = await locateAgingList(book, null);
  if (!located.ok) throw new Error(located.message);
  const list = analyzeAgingList(located, defaultPolicy, AS_OF);
  if (!list.ok) throw new Error(list.message);
  return list;
}

async function annotate(port: WorkbookPort, list: AgingList): Promise<ArColumnPlan> {
  const annotated = await annotateWorkbook(port, list, defaultPolicy, OPTIONS);
  if (!annotated.ok) throw new Error(annotated.message);
  return annotated.plan;
}

/** What both adapters must show after annotating the two-currency list. */
function expectCurrencyColumnAndLiveSummary(list: AgingList, plan: ArColumnPlan, cell: (sheet: string, row: number, column: number) => Cell): void {
  const currency = plan.currency;
  if (!currency) throw new Error("no Currency column planned");
  expect(currency.header).toBe("Currency");
  expect(currency.column).toBe(Math.max(...plan.columns.map((column) => column.column)) + 1);
  expect(cell(plan.sheetName, plan.headerRow, currency.column).value).toBe("Currency");
  for (const invoice of list.ledger.invoices) {
    const written = cell(plan.sheetName, list.data.top + invoice.row, currency.column);
    expect(written).toEqual(expect.objectContaining({ value: invoice.currency, formula: null }));
  }
  // SETTLEOFFER rounds each row to its own currency's step: it reads the Currency column.
  const settle = plan.columns.find((column) => column.key === "settleOffer");
  expect(settle?.formula).toContain(`RC${currency.column + 1})`);
  // The summary: one block per currency, each bucket SUMIFS keyed on the block's code, equal to the engine's figures.
  const rows = Array.from({ length: 60 }, (_, row) => [0, 1, 2].map((column) => cell("AR Summary", row, column)));
  for (const figures of list.summary.currencies) {
    const top = rows.findIndex((row) => row[0]?.value === `Totals in ${figures.currency}`);
    expect(top).toBeGreaterThan(0);
    figures.buckets.forEach((bucket, index) => {
      const [label, amount, count] = rows[top + 9 + index] ?? [];
      expect(label?.value).toBe(bucket.label);
      expect(amount?.formula).toMatch(new RegExp(`^=SUMIFS\\(.+,"${figures.currency}"\\)$`));
      expect(count?.formula).toMatch(new RegExp(`^=COUNTIFS\\(.+,"${figures.currency}"\\)$`));
      expect(amount?.value).toBeCloseTo(bucket.amount, 2);
      expect(count?.value).toBe(bucket.invoices);
    });
    expect(rows[top + 1]?.[1]?.formula).toMatch(/^=SUM\(/);
    expect(rows[top + 1]?.[1]?.value).toBeCloseTo(figures.total, 2);
  }
  expect(String(rows[2]?.[0]?.value)).toMatch(/never added together: each block sums only the rows of its own currency/);
}

describe("several currencies, no currency column: the desk's Currency column and a live summary", () => {
  const path = fixture("countries/uk-aged-debtors-gbp-eur.xlsx");

  it("the .xlsx adapter writes it, and it survives a save and a re-open", async () => {
    const book = await open(new Uint8Array(readFileSync(path)));
    const list = await listOf(book);
    expect(list.summary.currencies.map((figures) => figures.currency)).toEqual(["GBP", "EUR"]);
    const plan = await annotate(book.port, list);
    const again = await open(await book.save());
    expectCurrencyColumnAndLiveSummary(list, plan, (sheet, row, column) => again.cell(sheet, row, column));
  });

  it("the Office.js adapter writes the same in Excel", async () => {
    const list = await listOf(await open(new Uint8Array(readFileSync(path))));
    const fake = createFakeExcel(await fromXlsx(path), { evaluate: evaluateWorkbookFormula });
    fake.install();
    const plan = await annotate(officeWorkbook, list);
    expectCurrencyColumnAndLiveSummary(list, plan, (sheet, row, column) => fake.cell(sheet, row, column));
    expect(fake.cell(plan.sheetName, list.data.top + (list.ledger.invoices[0]?.row ?? 0), plan.currency?.column ?? 0).numberFormat).toBe("@");
  });

  it("a list in one currency, or with its own currency column, gets no Currency column", async () => {
    for (const file of ["plain-table.xlsx", "countries/two-currency-open-items.xlsx", "countries/lv-debitoru-paradi.xlsx"]) {
      const book = await open(new Uint8Array(readFileSync(fixture(file))));
      const plan = await annotate(book.port, await listOf(book));
      expect(plan.currency).toBeNull();
    }
  });
});
