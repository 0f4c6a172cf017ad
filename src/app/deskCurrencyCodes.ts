import type { FieldColumns } from "../core/columns";
import type { Ledger } from "../core/ledger";

/**
 * The codes for the desk's own Currency column: each invoice row's detected currency, when the
 * list holds several currencies and no column of the sheet gives them (a list in one currency,
 * or one with its own currency column, needs none). Rows are within the values read.
 *
 * @example
 * deskCurrencyCodes(ledger, mapping) //=> [[5, "GBP"], [6, "EUR"], …] or []
 */
export function deskCurrencyCodes(ledger: Pick<Ledger, "invoices" | "currency">, mapping: FieldColumns): [number, string][] {
  if (mapping.currency || ledger.currency.currencies.length < 2) return [];
  return ledger.invoices.flatMap((invoice) => (invoice.currency === null ? [] : [[invoice.row, invoice.currency] as [number, string]]));
}
