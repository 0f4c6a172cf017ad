import type { CurrencyFigures } from "../../src/core/currencyFigures";
import type { Receivables } from "../../src/core/receivables";

/** The figures of a list in one currency; fails the test when the list holds several (or none). */
export function onlyCurrency(summary: Receivables): CurrencyFigures {
  const [figures, ...others] = summary.currencies;
  if (!figures || others.length > 0) throw new Error(`expected one currency, got ${summary.currencies.map((each) => each.currency).join(", ") || "none"}`);
  return figures;
}
