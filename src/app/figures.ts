// Pure view logic of the Analyze panel: how figures are written and how the bucket bars are
// sized. No DOM here, so test/taskpane/ checks it in Node.
import type { BucketTotal, Receivables } from "../core/receivables";

const amountFormat = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const wholeFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });

/**
 * An amount as the pane shows it: two decimals and thousands separators.
 *
 * @example
 * formatAmount(1234.5) //=> "1,234.50"
 */
export function formatAmount(amount: number): string {
  return amountFormat.format(amount);
}

/**
 * A share as a percentage with one decimal, or a dash when there is none.
 *
 * @example
 * formatShare(0.6429) //=> "64.3%"
 * formatShare(null)   //=> "—"
 */
export function formatShare(share: number | null): string {
  return share === null ? "—" : `${(share * 100).toFixed(1)}%`;
}

/**
 * Days as a whole number with the unit, or a dash.
 *
 * @example
 * formatDays(80.67) //=> "81 days"
 */
export function formatDays(days: number | null): string {
  if (days === null) return "—";
  const rounded = Math.round(days);
  return `${wholeFormat.format(rounded)} ${rounded === 1 ? "day" : "days"}`;
}

/** One line of the Analyze totals: a label and its value as text. */
export interface Figure {
  readonly id: string;
  readonly label: string;
  readonly value: string;
}

/**
 * The totals the Analyze panel lists, in order, as text.
 *
 * @example
 * totalsOf(summary)[0] //=> { id: "total", label: "Receivables", value: "7,000.00" }
 */
export function totalsOf(summary: Receivables): readonly Figure[] {
  return [
    { id: "total", label: "Receivables", value: formatAmount(summary.total) },
    { id: "overdue", label: "Overdue", value: formatAmount(summary.overdue) },
    { id: "over90", label: "Share over 90 days", value: formatShare(summary.over90Share) },
    { id: "customers", label: "Customers", value: wholeFormat.format(summary.customers) },
    { id: "invoices", label: "Invoices", value: wholeFormat.format(summary.invoices) },
    { id: "averageDays", label: "Weighted average days overdue", value: formatDays(summary.averageDaysOverdue) },
  ];
}

/** A bucket's bar: its share of the largest bucket (0–100) for the width. */
export interface BucketBar extends BucketTotal {
  readonly percent: number;
  /** What a screen reader says for the bar. */
  readonly description: string;
}

/**
 * Bars for the aging buckets, sized against the largest positive bucket; credit balances
 * (a negative bucket) get no bar but keep their amount.
 *
 * @example
 * bucketBars([{ label: "Current", amount: 500, invoices: 1 }, { label: "1-30", amount: 1000, invoices: 2 }])
 * //=> [{ …, percent: 50, description: "Current: 500.00 in 1 invoice" }, { …, percent: 100, … }]
 */
export function bucketBars(buckets: readonly BucketTotal[]): readonly BucketBar[] {
  const largest = Math.max(0, ...buckets.map((bucket) => bucket.amount));
  return buckets.map((bucket) => ({
    ...bucket,
    percent: largest > 0 && bucket.amount > 0 ? Math.round((bucket.amount / largest) * 1000) / 10 : 0,
    description: `${bucket.label}: ${formatAmount(bucket.amount)} in ${bucket.invoices} ${bucket.invoices === 1 ? "invoice" : "invoices"}`,
  }));
}

/**
 * The next actions with their counts, most frequent first (ties by name).
 *
 * @example
 * actionCounts({ Reminder: 3, Wait: 5 }) //=> [{ action: "Wait", count: 5 }, { action: "Reminder", count: 3 }]
 */
export function actionCounts(actions: Receivables["actions"]): readonly { readonly action: string; readonly count: number }[] {
  return Object.entries(actions)
    .flatMap(([action, count]) => (count === undefined || count === 0 ? [] : [{ action, count }]))
    .sort((a, b) => b.count - a.count || a.action.localeCompare(b.action));
}
