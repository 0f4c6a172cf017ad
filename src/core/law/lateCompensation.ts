import { roundToCents } from "../money";
import type { Day } from "../days";
import type { DatedRate } from "./interestLaw";

/** A compensation band: invoices of at least `from` (in the law's currency) get `amount`. */
export interface CompensationBand {
  readonly from: number;
  readonly amount: number;
}

/** What the compensation formula needs from the policy. */
export interface CompensationLaw {
  /** The currency the bands are written in (EUR, GBP). */
  readonly currency: string;
  /** The bands by `from`, ascending; empty where the law has no fixed compensation. */
  readonly bands: readonly CompensationBand[];
  /** Dated exchange rates by invoice currency: units of `currency` per one unit of it. */
  readonly exchangeRates: Readonly<Record<string, readonly DatedRate[]>>;
}

export type CompensationResult = { readonly ok: true; readonly amount: number } | { readonly ok: false; readonly message: string };

/**
 * The fixed compensation for one late invoice, in the invoice's currency: 0 until the day after
 * the due date and where the law has none; the band of the balance otherwise (EU €40; UK £40,
 * £70 from £1,000, £100 from £10,000). An invoice in another currency is converted at the policy's
 * exchange rate in force on `asOf`; without one, the answer is a message saying so.
 *
 * @example
 * lateCompensation(999.99, 100, 101, "GBP", ukLaw) //=> { ok: true, amount: 40 }
 */
export function lateCompensation(balance: number, dueDay: Day, asOf: Day, currency: string, law: CompensationLaw): CompensationResult {
  if (balance <= 0 || asOf <= dueDay || law.bands.length === 0) return { ok: true, amount: 0 };
  if (currency === law.currency) return { ok: true, amount: bandOf(balance, law.bands) };
  let rate: number | null = null;
  for (const row of law.exchangeRates[currency] ?? []) if (row.day <= asOf) rate = row.rate;
  if (rate === null || rate <= 0) {
    return { ok: false, message: `the compensation is set in ${law.currency} and the invoice is in ${currency}: add a policy row exchangeRate ${currency} <yyyy-mm-dd> (${law.currency} per 1 ${currency}) on or before the as-of date` };
  }
  return { ok: true, amount: roundToCents(bandOf(balance * rate, law.bands) / rate) };
}

function bandOf(amount: number, bands: readonly CompensationBand[]): number {
  let found = 0;
  for (const band of bands) if (amount >= band.from) found = band.amount;
  return found;
}
