import { minorUnits } from "../core/currency/minorUnits";
import type { CurrencyFigures } from "../core/currencyFigures";
import type { Receivables } from "../core/receivables";
import { blockAddress } from "./a1";
import type { ArColumnPlan } from "./arColumnPlan";

/** A summary cell: a constant, or a formula (A1) that keeps it live. */
export type SummaryCell = { readonly value: string | number } | { readonly formula: string } | null;

/** The summary sheet's cells from A1, their number formats, and the block the chart shows. */
export interface SummaryLayout {
  readonly cells: readonly (readonly SummaryCell[])[];
  readonly numberFormats: readonly (readonly string[])[];
  /** 0-based rows of the bucket table's header and last bucket (columns A:B feed the chart). */
  readonly chartRows: { readonly first: number; readonly last: number };
}

const MONEY = "#,##0.00";
const BUCKETS_TOP = 11;

/**
 * Lays out the summary sheet: totals, the bucket table and the top customers, every amount in a
 * number format that shows its currency. When the list is in one currency and the AR columns
 * exist (`plan` with a Bucket column and a balance), bucket amounts and counts are
 * SUMIFS/COUNTIFS over the data and the totals add them up, so the sheet stays live; otherwise
 * the figures are the values computed now. A list in several currencies gets one block per
 * currency, never added together: live too when the desk wrote its Currency column (`plan.currency`:
 * each SUMIFS and COUNTIFS also keys on the block's code), else values computed now and labelled
 * so (the list's own currency column may spell a code several ways). Customers are listed as values.
 *
 * @example
 * summaryLayout(summary, plan).cells[12] //=> [{ value: "Current" }, { formula: "=SUMIFS(AR!$E$2:$E$120,AR!$J$2:$J$120,A13)" }, …]
 */
export function summaryLayout(summary: Receivables, source: string, plan: ArColumnPlan | null): SummaryLayout {
  const sheet = new SummaryRows();
  const several = summary.currencies.length > 1;
  sheet.put([{ value: "Receivables summary" }]);
  sheet.put([{ value: `Source: ${source}` }]);
  const keyed = several ? currencyKeyed(plan) : null;
  const note = keyed ? "each block sums only the rows of its own currency (the Currency column)." : "each block holds the figures computed when the sheet was made.";
  sheet.put(several ? [{ value: `${summary.currencies.length} currencies, never added together: ${note}` }] : []);
  let chartRows = { first: BUCKETS_TOP, last: BUCKETS_TOP };
  summary.currencies.forEach((figures, index) => {
    const live = several ? (keyed && figures.currency !== null ? { ...keyed, code: figures.currency } : null) : figures.currency === null ? null : liveColumns(plan);
    const block = currencyBlock(sheet, figures, summary, live, several);
    if (index === 0) chartRows = block;
  });
  return { cells: sheet.rows, numberFormats: sheet.formats, chartRows };
}

/** Rows being laid out, with a number format for each of the three columns. */
class SummaryRows {
  readonly rows: SummaryCell[][] = [];
  readonly formats: string[][] = [];
  put(cells: SummaryCell[], cellFormats: string[] = []): void {
    this.rows.push(cells);
    this.formats.push([0, 1, 2].map((index) => cellFormats[index] ?? "General"));
  }
}

/** One currency's totals, buckets and top customers; returns the rows of its bucket table for the chart. */
function currencyBlock(sheet: SummaryRows, figures: CurrencyFigures, summary: Receivables, columns: LiveColumns | null, several: boolean): { first: number; last: number } {
  const money = moneyFormat(figures.currency);
  const code = figures.currency ?? "currency not chosen";
  const top = sheet.rows.length;
  const first = top + BUCKETS_TOP - 3 + 1;
  const last = first + figures.buckets.length - 1;
  const over90 = figures.buckets.flatMap((bucket, index) => (lowerBound(bucket.label) > 90 ? [`B${first + 1 + index}`] : []));
  sheet.put([{ value: several ? `Totals in ${code}` : `Totals (${code})` }]);
  sheet.put([{ value: "Total receivables" }, columns ? { formula: `=SUM(B${first + 1}:B${last + 1})` } : { value: figures.total }], ["@", money]);
  sheet.put([{ value: "Overdue" }, columns ? { formula: `=SUM(B${first + 2}:B${last + 1})` } : { value: figures.overdue }], ["@", money]);
  sheet.put([{ value: "Share over 90 days" }, columns ? { formula: `=IF(B${top + 2}>0,(${over90.join("+") || "0"})/B${top + 2},"")` } : valueOrBlank(figures.over90Share)], ["@", "0.0%"]);
  sheet.put([{ value: "Customers" }, { value: several ? figures.customers : summary.customers }], ["@", "0"]);
  sheet.put([{ value: "Invoices" }, { value: several ? figures.invoices : summary.invoices }], ["@", "0"]);
  sheet.put([{ value: "Average days overdue" }, valueOrBlank(figures.averageDaysOverdue)], ["@", "0.0"]);
  sheet.put([]);
  sheet.put([{ value: "Bucket" }, { value: `Amount (${code})` }, { value: "Invoices" }], ["@", "@", "@"]);
  figures.buckets.forEach((bucket, index) => {
    const label = `A${first + 1 + index}`;
    // In a list of several currencies each criterion pair also keys on the block's currency code.
    const ofCurrency = columns?.currency && columns.code ? `,${columns.currency},"${columns.code}"` : "";
    const amount = columns ? { formula: `=SUMIFS(${columns.balance},${columns.bucket},${label}${ofCurrency})` } : { value: bucket.amount };
    const count = columns ? { formula: `=COUNTIFS(${columns.bucket},${label}${ofCurrency})` } : { value: bucket.invoices };
    sheet.put([{ value: bucket.label }, amount, count], ["@", money, "0"]);
  });
  sheet.put([]);
  sheet.put([{ value: several ? `Top customers by overdue, ${code}` : "Top customers by overdue" }]);
  sheet.put([{ value: "Customer" }, { value: `Overdue (${code})` }, { value: "Invoices" }], ["@", "@", "@"]);
  for (const customer of figures.topCustomers) sheet.put([{ value: customer.customer }, { value: customer.overdue }, { value: customer.invoices }], ["@", money, "0"]);
  if (several) sheet.put([]);
  return { first: first - 1, last };
}

/**
 * An amount format that shows the currency's code and its decimals: `[$EUR] #,##0.00`,
 * `[$IDR] #,##0` (Excel shows a bracketed text as is).
 */
function moneyFormat(currency: string | null): string {
  if (currency === null) return MONEY;
  const digits = minorUnits(currency);
  return `[$${currency}] #,##0${digits > 0 ? `.${"0".repeat(digits)}` : ""}`;
}

interface LiveColumns {
  readonly balance: string;
  readonly bucket: string;
  /** The desk's Currency column and the block's code, for a list in several currencies. */
  readonly currency?: string;
  readonly code?: string;
}

/** The live columns with the desk's Currency column, or null when the plan wrote none. */
function currencyKeyed(plan: ArColumnPlan | null): LiveColumns | null {
  const columns = liveColumns(plan);
  if (!plan?.currency || !columns) return null;
  return { ...columns, currency: columnOver(plan, plan.currency.column, plan.currency.header) };
}

/** References to the balance and Bucket columns over the data rows, or null without AR columns. */
function liveColumns(plan: ArColumnPlan | null): LiveColumns | null {
  const bucket = plan?.columns.find((column) => column.key === "bucket");
  if (!plan || !bucket || !plan.balance || plan.lastRow <= plan.headerRow) return null;
  return { balance: columnOver(plan, plan.balance.column, plan.balance.header), bucket: columnOver(plan, bucket.column, bucket.header) };
}

/** A column of the data rows: `Table[Header]` in a Table, `'Sheet'!$J$2:$J$120` elsewhere. */
function columnOver(plan: ArColumnPlan, column: number, header: string): string {
  return plan.tableName ? `${plan.tableName}[${header.replace(/(['[\]#])/g, "'$1")}]` : blockAddress(plan.sheetName, plan.headerRow + 1, column, plan.lastRow - plan.headerRow, 1, true);
}

function valueOrBlank(value: number | null): SummaryCell {
  return value === null ? { value: "" } : { value };
}

/** The first day of a bucket label: "91-120" → 91, "120+" → 121, "Current" → 0. */
function lowerBound(label: string): number {
  const match = /^(\d+)(\+)?/.exec(label);
  if (!match?.[1]) return 0;
  return Number(match[1]) + (match[2] ? 1 : 0);
}

