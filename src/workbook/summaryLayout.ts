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
 * Lays out the summary sheet: totals, the bucket table and the top customers. When the AR columns
 * exist (`plan` with a Bucket column and a balance), bucket amounts and counts are SUMIFS/COUNTIFS
 * over the data and the totals add them up, so the sheet stays live; otherwise the figures are
 * the values computed now. Customers are listed as values (their names go through as text).
 *
 * @example
 * summaryLayout(summary, plan).cells[12] //=> [{ value: "Current" }, { formula: "=SUMIFS(AR!$E$2:$E$120,AR!$J$2:$J$120,A13)" }, …]
 */
export function summaryLayout(summary: Receivables, source: string, plan: ArColumnPlan | null): SummaryLayout {
  const rows: SummaryCell[][] = [];
  const formats: string[][] = [];
  const put = (cells: SummaryCell[], cellFormats: string[] = []): void => {
    rows.push(cells);
    formats.push([0, 1, 2].map((index) => cellFormats[index] ?? "General"));
  };
  const columns = liveColumns(plan);
  const first = BUCKETS_TOP + 1;
  const last = first + summary.buckets.length - 1;
  const bucketCells = (index: number) => `B${first + 1 + index}`;
  const over90 = summary.buckets.flatMap((bucket, index) => (lowerBound(bucket.label) > 90 ? [bucketCells(index)] : []));
  const total = columns ? { formula: `=SUM(B${first + 1}:B${last + 1})` } : { value: summary.total };
  put([{ value: "Receivables summary" }]);
  put([{ value: `Source: ${source}` }]);
  put([]);
  put([{ value: "Totals" }]);
  put([{ value: "Total receivables" }, total], ["@", MONEY]);
  put([{ value: "Overdue" }, columns ? { formula: `=SUM(B${first + 2}:B${last + 1})` } : { value: summary.overdue }], ["@", MONEY]);
  put([{ value: "Share over 90 days" }, columns ? { formula: `=IF(B5>0,(${over90.join("+") || "0"})/B5,"")` } : valueOrBlank(summary.over90Share)], ["@", "0.0%"]);
  put([{ value: "Customers" }, { value: summary.customers }], ["@", "0"]);
  put([{ value: "Invoices" }, { value: summary.invoices }], ["@", "0"]);
  put([{ value: "Average days overdue" }, valueOrBlank(summary.averageDaysOverdue)], ["@", "0.0"]);
  put([]);
  put([{ value: "Bucket" }, { value: "Amount" }, { value: "Invoices" }], ["@", "@", "@"]);
  summary.buckets.forEach((bucket, index) => {
    const label = `A${first + 1 + index}`;
    const amount = columns ? { formula: `=SUMIFS(${columns.balance},${columns.bucket},${label})` } : { value: bucket.amount };
    const count = columns ? { formula: `=COUNTIFS(${columns.bucket},${label})` } : { value: bucket.invoices };
    put([{ value: bucket.label }, amount, count], ["@", MONEY, "0"]);
  });
  put([]);
  put([{ value: "Top customers by overdue" }]);
  put([{ value: "Customer" }, { value: "Overdue" }, { value: "Invoices" }], ["@", "@", "@"]);
  for (const customer of summary.topCustomers) put([{ value: customer.customer }, { value: customer.overdue }, { value: customer.invoices }], ["@", MONEY, "0"]);
  return { cells: rows, numberFormats: formats, chartRows: { first: BUCKETS_TOP, last } };
}

/** References to the balance and Bucket columns over the data rows, or null without AR columns. */
function liveColumns(plan: ArColumnPlan | null): { balance: string; bucket: string } | null {
  const bucket = plan?.columns.find((column) => column.key === "bucket");
  if (!plan || !bucket || !plan.balance || plan.lastRow <= plan.headerRow) return null;
  const rows = plan.lastRow - plan.headerRow;
  const over = (column: number, header: string): string =>
    plan.tableName ? `${plan.tableName}[${header.replace(/(['[\]#])/g, "'$1")}]` : blockAddress(plan.sheetName, plan.headerRow + 1, column, rows, 1, true);
  return { balance: over(plan.balance.column, plan.balance.header), bucket: over(bucket.column, bucket.header) };
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

