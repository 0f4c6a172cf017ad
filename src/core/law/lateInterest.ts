import { dayOfUtcDate, isoTextOfDay, utcDateOfDay, type Day } from "../days";
import { roundToCents } from "../money";
import type { DatedRate, InterestLaw } from "./interestLaw";

/** The interest, or the message saying which rate is missing. */
export type InterestResult = { readonly ok: true; readonly amount: number } | { readonly ok: false; readonly message: string };

/**
 * Simple statutory interest on a late invoice from the day after the due date to `asOf`
 * (inclusive), days/365. Under a reference-rate rule each half-year is summed at its own rate:
 * the rate in force on 1 Jan / 1 Jul ("ecb") or 31 Dec / 30 Jun ("boe"), plus the margin; a
 * half-year after the last row of the table uses the last row (the rate still in force).
 *
 * @example
 * lateInterest(10000, dayOf("2026-01-31"), dayOf("2026-03-02"), { rule: "fixed", fixedRate: 0.05, … })
 * //=> { ok: true, amount: 41.10 } (10,000 × 5% × 30/365)
 */
export function lateInterest(balance: number, dueDay: Day, asOf: Day, law: InterestLaw): InterestResult {
  if (balance <= 0 || asOf <= dueDay) return { ok: true, amount: 0 };
  const rule = law.contractRate > 0 ? "contract" : law.rule;
  if (rule === "none") return { ok: false, message: "no interest rule: set the policy's jurisdiction, or a contractRate" };
  let interest = 0;
  if (rule === "fixed" || rule === "contract") interest = (balance * (rule === "fixed" ? law.fixedRate : law.contractRate) * (asOf - dueDay)) / 365;
  else {
    for (const period of halfYears(dueDay + 1, asOf)) {
      const start = halfYearStart(period.start);
      const reference = rule === "ecb" ? start : start - 1;
      const rate = rateInForce(law.referenceRates, reference);
      if (rate === null) return { ok: false, message: missingRate(rule, reference) };
      interest += (balance * (rate + law.margin) * (period.end - period.start + 1)) / 365;
    }
  }
  // Latvia (s.1763): interest stops growing once it equals the cap's share of the principal.
  if (law.cap > 0) interest = Math.min(interest, balance * law.cap);
  return { ok: true, amount: roundToCents(interest) };
}

/** The days from `first` to `last` cut at 1 Jan and 1 Jul: each piece lies inside one half-year. */
function halfYears(first: Day, last: Day): { start: Day; end: Day }[] {
  const pieces: { start: Day; end: Day }[] = [];
  let start = first;
  while (start <= last) {
    const date = utcDateOfDay(start);
    const next = dayOfUtcDate(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() < 6 ? 6 : 12, 1)));
    const end = Math.min(last, next - 1);
    pieces.push({ start, end });
    start = end + 1;
  }
  return pieces;
}

/** The rate of the last row on or before `day`, or null when the table starts later (or is empty). */
function rateInForce(rates: readonly DatedRate[], day: Day): number | null {
  let found: number | null = null;
  for (const row of rates) if (row.day <= day) found = row.rate;
  return found;
}

function missingRate(rule: "ecb" | "boe", reference: Day): string {
  const [year, month, dayOfMonth] = isoTextOfDay(reference).split("-");
  const name = rule === "ecb" ? "the ECB reference rate" : "the Bank of England base rate";
  const months: Record<string, string> = { "01": "January", "06": "June", "07": "July", "12": "December" };
  return `enter ${name} in force on ${Number(dayOfMonth)} ${months[month ?? ""] ?? month} ${year} (a policy row referenceRate ${isoTextOfDay(reference)})`;
}

/** 1 Jan or 1 Jul of the half-year `day` lies in. */
function halfYearStart(day: Day): Day {
  const date = utcDateOfDay(day);
  return dayOfUtcDate(new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() < 6 ? 0 : 6, 1)));
}
