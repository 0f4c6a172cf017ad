/*
 * Every fixture workbook end to end: fromXlsx → readAgingData → findHeaderRow / readLedger /
 * summarizeReceivables → writePolicySheet → planArColumns → writeArColumns → createSummarySheet,
 * checking what was written and that the written AR formulas, evaluated through src/functions,
 * give the engine's answers.
 */
import { join } from "node:path";
import { withoutOwnColumns } from "../../src/workbook/ownCells";
import { findHeaderRow } from "../../src/core/columns";
import { serialFromDay } from "../../src/core/days";
import { readLedger, type Ledger } from "../../src/core/ledger";
import { defaultPolicy, type Policy } from "../../src/core/policy";
import { policyForSheet } from "../../src/core/policyForSheet";
import { summarizeReceivables, type Receivables } from "../../src/core/receivables";
import {
  createSummarySheet, isFailure, selectCell, planArColumns, readAgingData, writeArColumns, writePolicySheet,
  type AgingData, type AgingScope, type ArColumnPlan,
} from "../../src/excel";
import { createFakeExcel, type FakeExcel } from "../support/fakeExcel";
import { evaluateWorkbookFormula } from "../support/fakeExcel/summaryEvaluator";
import { fromXlsx } from "../support/fakeExcel/fromXlsx";
import { engineAnswers } from "./engineAnswers";
import { onlyCurrency } from "../support/onlyCurrency";
import { singleCurrency } from "../../src/core/currency/currencyReading";

const AS_OF = Date.parse("2026-02-15") / 86_400_000;
const AS_OF_SERIAL = serialFromDay(AS_OF, 1900);
const fixture = (name: string) => join(__dirname, "..", "fixtures", name);

interface Run {
  fake: FakeExcel;
  data: AgingData;
  ledger: Ledger;
  summary: Receivables;
  plan: ArColumnPlan;
  /** The policy written for the sheet: the defaults, with the sheet's date order and separator. */
  policy: Policy;
}

async function analyze(file: string, scope: AgingScope, activeCell: { row: number; column: number }): Promise<Run> {
  const fake = createFakeExcel(await fromXlsx(fixture(file), { activeCell }), { evaluate: evaluateWorkbookFormula });
  fake.install();
  const data = await readAgingData(scope);
  if (isFailure(data)) throw new Error(data.error);
  const header = findHeaderRow(data.values);
  if (!header.ok) throw new Error(header.message);
  const ledger = readLedger({ cells: data.values, numberFormats: data.numberFormats }, header, { dateSystem: 1900, asOf: AS_OF });
  const summary = summarizeReceivables(ledger.invoices, AS_OF, defaultPolicy);
  if (!summary.ok) throw new Error(summary.message);
  const policy = policyForSheet(defaultPolicy, ledger);
  expect(await writePolicySheet(policy, AS_OF_SERIAL)).toBeUndefined();
  const plan = planArColumns(data, header.row, header.mapping, ledger.invoices.map((invoice) => invoice.row), singleCurrency(ledger.currency));
  expect(await writeArColumns(plan, { confirmOverwrite: false })).toEqual({ ok: true, columns: 6, rows: plan.lastRow - plan.headerRow });
  expect(await createSummarySheet(summary, data, plan)).toBeUndefined();
  return { fake, data, ledger, summary, plan, policy };
}

/** The AR cells of an invoice row: header → value. */
function arRow(run: Run, row: number): Record<string, unknown> {
  return Object.fromEntries(run.plan.columns.map((column) => [column.key, run.fake.cell(run.data.sheetName, row, column.column).value]));
}

function expectEngineAnswers(run: Run, count: number): void {
  const checked = run.ledger.invoices.slice(0, count).map((invoice) => {
    const expected = engineAnswers(invoice, AS_OF, run.policy);
    if (!expected) return 0;
    expect({ row: invoice.row, ...arRow(run, run.data.top + invoice.row) }).toMatchObject({ row: invoice.row, ...expected });
    return 1;
  });
  expect(checked.reduce((a: number, b: number) => a + b, 0)).toBeGreaterThan(0);
}

/** The summary's live bucket table, evaluated, against the engine's figures. */
function expectLiveBuckets(run: Run): void {
  const figures = onlyCurrency(run.summary);
  const live = figures.buckets.map((bucket, i) => ({ label: bucket.label, amount: summaryCell(run, 12 + i, 1).value, invoices: summaryCell(run, 12 + i, 2).value }));
  figures.buckets.forEach((bucket, i) => {
    expect(live[i]?.label).toBe(bucket.label);
    expect(live[i]?.amount).toBeCloseTo(bucket.amount, 2);
    expect(live[i]?.invoices).toBe(bucket.invoices);
  });
  expect(summaryCell(run, 4, 1).value).toBeCloseTo(figures.total, 2);
}

function summaryCell(run: Run, row: number, column: number) {
  return run.fake.cell("AR Summary", row, column);
}

describe("QuickBooks Open Invoices (used range, customer headings, totals)", () => {
  let run: Run;
  beforeAll(async () => {
    run = await analyze("quickbooks-open-invoices.xlsx", "usedRange", { row: 0, column: 0 });
  });

  it("reads the whole used range and finds the header below the titles", () => {
    expect(run.data.address).toBe("'Open Invoices'!A1:H27");
    expect(run.plan.headerRow).toBe(4);
    expect(run.ledger.invoices.map((invoice) => invoice.customer)).toContain("-5 Co");
    expect(run.ledger.problems.map((problem) => problem.code)).toContain("subtotalMismatch");
  });

  it("writes R1C1 formulas right of the data, and leaves headings and totals blank", () => {
    expect(run.fake.cell("Open Invoices", 4, 8).value).toBe("Days overdue");
    expect(run.fake.cell("Open Invoices", 6, 10).formula).toBe("=AR.NEXTACTION(RC6,RC8,,,,,DunningAsOf,DunningPolicy)");
    expect(run.fake.cell("Open Invoices", 6, 13).numberFormat).toBe("mm/dd/yyyy");
    expect(run.fake.cell("Open Invoices", 5, 8).formula).toBeNull(); // "Acme Ltd" heading
    expect(run.fake.cell("Open Invoices", 9, 8).formula).toBeNull(); // "Total Acme Ltd"
  });

  it("gives the engine's answers when the formulas are evaluated", () => expectEngineAnswers(run, 20));

  it("has live bucket totals that agree with the engine", () => expectLiveBuckets(run));

  it("writes the summary with live bucket formulas, a chart, and the customer '-5 Co' as text", () => {
    expect(summaryCell(run, 12, 0).value).toBe("Current");
    expect(summaryCell(run, 12, 1).formula).toBe("=SUMIFS('Open Invoices'!$H$6:$H$27,'Open Invoices'!$J$6:$J$27,A13)");
    const names = Array.from({ length: 10 }, (_, i) => summaryCell(run, 21 + i, 0));
    const minus = names.find((cell) => cell.value === "-5 Co");
    expect(minus).toEqual({ value: "-5 Co", formula: null, numberFormat: "@" });
    expect(run.fake.book.charts).toHaveLength(1);
    expect(run.fake.book.charts[0]).toMatchObject({ type: "ColumnClustered", source: { top: 11, left: 0, rows: 7, columns: 2 } });
  });
});

describe("Xero Aged Receivables Detail (region around the active cell)", () => {
  let run: Run;
  beforeAll(async () => {
    run = await analyze("xero-aged-receivables.xlsx", "auto", { row: 7, column: 2 });
  });

  it("reads the region from the header down, past the title lines", () => {
    expect(run.data.top).toBe(5);
    expect(run.data.values[0]?.[0]).toBe("Contact");
    expect(run.ledger.invoices).toHaveLength(7);
  });

  it("writes the AR columns from column K with formats taken from the data", () => {
    expect(run.plan.columns.map((column) => column.column)).toEqual([10, 11, 12, 13, 14, 15]);
    expect(run.fake.cell("Aged Receivables Detail", 6, 14).numberFormat).toBe("#,##0.00");
    expect(run.fake.cell("Aged Receivables Detail", 6, 15).numberFormat).toBe("d mmm yyyy");
  });

  it("gives the engine's answers when the formulas are evaluated", () => expectEngineAnswers(run, 7));

  it("has live bucket totals that agree with the engine", () => expectLiveBuckets(run));

  it("keeps '@Home Supplies' a name on the summary sheet", () => {
    const cells = Array.from({ length: 6 }, (_, i) => summaryCell(run, 21 + i, 0));
    expect(cells.find((cell) => cell.value === "@Home Supplies")).toEqual({ value: "@Home Supplies", formula: null, numberFormat: "@" });
  });
});

describe("Indonesian hand-made list (text dates and Rupiah amounts)", () => {
  let run: Run;
  beforeAll(async () => {
    run = await analyze("indonesian-hand-made.xlsx", "auto", { row: 6, column: 1 });
  });

  it("reads the invoices and lists the bad row with its problems", () => {
    expect(run.ledger.invoices.map((invoice) => invoice.balance)).toEqual([1_250_000, 750_000, 3_500_000.5, 2_000_000, 12_750_000]);
    const bad = run.ledger.problems.filter((problem) => problem.row === 5);
    expect(bad.length).toBeGreaterThan(0);
  });

  it("leaves the bad row and the Jumlah total without formulas", () => {
    expect(run.fake.cell("Piutang", 9, 7).formula).toBeNull();
    expect(run.fake.cell("Piutang", 11, 7).formula).toBeNull();
    expect(run.fake.cell("Piutang", 5, 9).formula).toBe("=AR.NEXTACTION(RC4,RC5,,,,,DunningAsOf,DunningPolicy)");
  });

  it("writes the sheet's date order and separator into the policy the formulas read", () => {
    expect(run.policy).toMatchObject({ dateOrder: "dayFirst", decimalSeparator: "," });
  });

  it("the formulas read the text dates and Rupiah amounts as the pane did: the engine's answers", () => {
    expect(arRow(run, 5)).not.toMatchObject({ daysOverdue: "#VALUE!" });
    expectEngineAnswers(run, 5);
  });
});

describe("plain Excel Table", () => {
  let run: Run;
  beforeAll(async () => {
    run = await analyze("plain-table.xlsx", "auto", { row: 0, column: 0 });
  });

  it("reads the Table (the first one on the sheet when the active cell is outside it)", () => {
    expect(run.data.tableName).toBe("Invoices");
    expect(run.data.address).toBe("Receivables!A3:H43");
  });

  it("adds the AR columns as Table columns with structured references", () => {
    expect(run.fake.book.tables.find((table) => table.name === "Invoices")).toMatchObject({ columns: 14, rows: 41 });
    expect(run.fake.cell("Receivables", 2, 13).value).toBe("Next contact");
    expect(run.fake.cell("Receivables", 3, 10).formula).toBe(
      "=AR.NEXTACTION([@[Due date]],[@[Balance]],[@[Reminders]],[@[Last contact]],[@[Status]],,DunningAsOf,DunningPolicy)",
    );
    expect(run.fake.cell("Receivables", 3, 12).formula).toBe("=AR.STEPOFFER([@[Due date]],[@[Balance]],[@[Reminders]],[@[Last contact]],[@[Status]],,DunningAsOf,DunningPolicy)");
  });

  it("gives the engine's answers when the formulas are evaluated", () => expectEngineAnswers(run, 40));

  it("has live bucket totals that agree with the engine", () => expectLiveBuckets(run));

  it("writes the Table-referencing summary and keeps a formula-looking customer as text", () => {
    expect(summaryCell(run, 12, 1).formula).toBe("=SUMIFS(Invoices[Balance],Invoices[Bucket],A13)");
    const cells = Array.from({ length: 10 }, (_, i) => summaryCell(run, 21 + i, 0));
    expect(cells.find((cell) => String(cell.value).startsWith("=HYPERLINK"))).toEqual({ value: '=HYPERLINK("https://example.com","pay")', formula: null, numberFormat: "@" });
  });

  it("on a second run refreshes the Table's own AR columns without asking (issue 12.7)", async () => {
    // The summary sheet is active now: the user goes back to the data.
    expect(await selectCell("Receivables", 5, 1)).toBeUndefined();
    const again = (await readAgingData("auto")) as AgingData;
    const header = findHeaderRow(withoutOwnColumns(again.values, again.ownColumns));
    if (!header.ok) throw new Error(header.message);
    const plan = planArColumns(again, header.row, header.mapping);
    expect(plan.columns.every((column) => column.reused && column.own)).toBe(true);
    expect(await writeArColumns(plan, { confirmOverwrite: false })).toEqual({ ok: true, columns: 6, rows: 40 });
    expect(run.fake.book.tables.find((table) => table.name === "Invoices")?.columns).toBe(14);
  });

  it("writes the policy sheet with its names", () => {
    expect(run.fake.book.names.get("dunningasof")?.rect).toEqual({ top: 1, left: 1, rows: 1, columns: 1 });
    expect(run.fake.cell("Dunning Policy", 1, 1)).toEqual({ value: AS_OF_SERIAL, formula: null, numberFormat: "yyyy-mm-dd" });
  });
});
