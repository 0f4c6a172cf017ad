import { BUDDHIST_OFFSET } from "./buddhistEra";
import type { Ledger } from "./ledger";
import { describeDateOrder, describeDecimalSeparator } from "./ledgerProblems";

/**
 * What the pane's mapping step and the command line say about how the sheet was read: the order
 * of numeric text dates (only when the date columns hold some: real Excel dates and ISO text need
 * none), the decimal separator of amounts, and the Buddhist-era conversion when it happened.
 *
 * @example
 * readingNotes(thaiLedger)
 * //=> ["Dates read day-first (dd/mm/yyyy), assumed: no date shows the order", "Amounts read with \".\" …",
 * //    "Buddhist-era years read as Common Era: 2569 → 2026 (10 dates, such as '04/08/2569')"]
 */
export function readingNotes(ledger: Pick<Ledger, "dateOrder" | "decimalSeparator" | "buddhistEra">): string[] {
  const notes: string[] = [];
  if (ledger.dateOrder.numericTexts > 0) notes.push(capitalize(describeDateOrder(ledger.dateOrder)));
  notes.push(capitalize(describeDecimalSeparator(ledger.decimalSeparator)));
  const era = ledger.buddhistEra;
  if (era !== null) {
    notes.push(`Buddhist-era years read as Common Era: ${era.year} → ${era.year - BUDDHIST_OFFSET} (${era.count === 1 ? "1 date" : `${era.count} dates`}, such as '${era.example}')`);
  }
  return notes;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
