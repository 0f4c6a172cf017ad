import type { ContactEntry } from "../mail/reminderRecord";
import type { TableLayout } from "./tableLayout";
import { TEXT_FORMAT } from "./textCell";

/**
 * The Table, headers and column formats of the Contact Log.
 *
 * @example
 * contactLogLayout.formats[0] //=> "yyyy-mm-dd hh:mm"
 */
export const contactLogLayout: TableLayout = {
  name: "DunningContactLog",
  headers: ["Logged at", "Customer", "Invoices", "Stage", "Channel", "Subject", "Amount", "Currency", "Offer", "Note", "Draft id"],
  formats: ["yyyy-mm-dd hh:mm", ...Array<string>(5).fill(TEXT_FORMAT), "#,##0.00", TEXT_FORMAT, "#,##0.00", TEXT_FORMAT, TEXT_FORMAT],
};

/** The sheet the Contact Log Table is created on. */
export const CONTACT_LOG_SHEET = "Contact Log";

/**
 * An entry's cells in the Table's column order (no offer: an empty cell).
 *
 * @example
 * contactLogValues(entry) //=> [46058.4375, "Acme", "INV-1", "Reminder", "email", "Payment reminder", 1250.5, "EUR", "", "", "2026-02-05-3f9a"]
 */
export function contactLogValues(entry: ContactEntry): (string | number)[] {
  return [entry.loggedAt, entry.customer, entry.invoices, entry.stage, entry.channel, entry.subject, entry.amount, entry.currency, entry.offer ?? "", entry.note, entry.draftId];
}

/**
 * The entries to log (the first of each draft id the log does not hold yet; entries without an
 * id always) and the ids the log already had. An entry whose pre-128-bit id the log holds (a
 * workbook marked before ids grew) counts as logged too.
 *
 * @example
 * splitLogged([a, a2, b], new Set(["b-id"])) //=> { fresh: [a], logged: ["b-id"] }
 */
export function splitLogged(entries: readonly ContactEntry[], logged: ReadonlySet<string>): { fresh: ContactEntry[]; logged: string[] } {
  const seen = new Set<string>();
  const fresh: ContactEntry[] = [];
  const already: string[] = [];
  for (const entry of entries) {
    const id = entry.draftId.trim();
    const legacy = entry.legacyDraftId?.trim() ?? "";
    if ((id !== "" && logged.has(id)) || (legacy !== "" && logged.has(legacy))) {
      if (!already.includes(entry.draftId)) already.push(entry.draftId);
    } else if (id === "" || !seen.has(id)) {
      seen.add(id);
      fresh.push(entry);
    }
  }
  return { fresh, logged: already };
}
