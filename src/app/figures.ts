// Pure view logic of the Analyze panel: how figures are written and how the bucket bars are
// sized. No DOM here, so test/taskpane/ checks it in Node.
import { minorUnits } from "../core/currency/minorUnits";
import { roundToCents } from "../core/money";
import type { BucketTotal, CurrencyFigures } from "../core/currencyFigures";
import type { Receivables } from "../core/receivables";

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

const moneyFormats = new Map<string, Intl.NumberFormat>();

/**
 * An amount with its currency as the pane and the CLI show it (English, Intl's symbol or code),
 * with the currency's decimals and any cents it has ("IDR 3,500,000.50"); an amount whose
 * currency waits for the user's answer says so.
 *
 * @example
 * formatMoneyFigure(4820.5, "EUR")    //=> "€4,820.50"
 * formatMoneyFigure(12500000, "IDR")  //=> "IDR 12,500,000"
 * formatMoneyFigure(100, null)        //=> "100.00 (currency not chosen)"
 */
export function formatMoneyFigure(amount: number, currency: string | null): string {
  if (currency === null) return `${formatAmount(amount)} (currency not chosen)`;
  // A currency written without decimals (IDR) still shows cents an amount has: "3,500,000.50".
  const digits = Number.isInteger(roundToCents(amount)) ? minorUnits(currency) : Math.max(2, minorUnits(currency));
  const key = `${currency} ${digits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("en-US", { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    moneyFormats.set(key, format);
  }
  return format.format(amount);
}

/**
 * The name a currency's figures go by: its code, or a note while a bare "$" is unanswered.
 *
 * @example
 * currencyLabel("EUR") //=> "EUR"
 */
export function currencyLabel(currency: string | null): string {
  return currency ?? "currency not chosen";
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
 * The totals the Analyze panel lists, in order, as text: each currency's amounts with their
 * currency (never added across currencies), then the customers and invoices of the whole list.
 * With several currencies the ids and labels name the currency ("total-EUR", "Receivables in EUR").
 *
 * @example
 * totalsOf(summary)[0] //=> { id: "total", label: "Receivables", value: "$7,000.00" }
 * totalsOf(twoCurrencies)[0] //=> { id: "total-EUR", label: "Receivables in EUR", value: "€6,580.50" }
 */
export function totalsOf(summary: Receivables): readonly Figure[] {
  const several = summary.currencies.length > 1;
  const perCurrency = summary.currencies.flatMap((figures) => currencyTotals(figures, several));
  return [
    ...perCurrency,
    { id: "customers", label: "Customers", value: wholeFormat.format(summary.customers) },
    { id: "invoices", label: "Invoices", value: wholeFormat.format(summary.invoices) },
  ];
}

function currencyTotals(figures: CurrencyFigures, several: boolean): Figure[] {
  const id = (name: string) => (several ? `${name}-${figures.currency ?? "unknown"}` : name);
  const label = (text: string) => (several ? `${text} in ${currencyLabel(figures.currency)}` : text);
  return [
    { id: id("total"), label: label("Receivables"), value: formatMoneyFigure(figures.total, figures.currency) },
    { id: id("overdue"), label: label("Overdue"), value: formatMoneyFigure(figures.overdue, figures.currency) },
    { id: id("over90"), label: label("Share over 90 days"), value: formatShare(figures.over90Share) },
    { id: id("averageDays"), label: label("Weighted average days overdue"), value: formatDays(figures.averageDaysOverdue) },
  ];
}

/** A bucket's bar: its share of the largest bucket (0–100) for the width. */
export interface BucketBar extends BucketTotal {
  readonly percent: number;
  /** What a screen reader says for the bar. */
  readonly description: string;
}

/**
 * Bars for one currency's aging buckets, sized against the largest positive bucket; credit
 * balances (a negative bucket) get no bar but keep their amount. The description names the
 * currency when given.
 *
 * @example
 * bucketBars([{ label: "Current", amount: 500, invoices: 1 }, { label: "1-30", amount: 1000, invoices: 2 }])
 * //=> [{ …, percent: 50, description: "Current: 500.00 in 1 invoice" }, { …, percent: 100, … }]
 */
export function bucketBars(buckets: readonly BucketTotal[], currency?: string | null): readonly BucketBar[] {
  const largest = Math.max(0, ...buckets.map((bucket) => bucket.amount));
  return buckets.map((bucket) => ({
    ...bucket,
    percent: largest > 0 && bucket.amount > 0 ? Math.round((bucket.amount / largest) * 1000) / 10 : 0,
    description: `${bucket.label}: ${currency === undefined ? formatAmount(bucket.amount) : formatMoneyFigure(bucket.amount, currency)} in ${bucket.invoices} ${bucket.invoices === 1 ? "invoice" : "invoices"}`,
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
