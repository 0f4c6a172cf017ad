import type { ContactEntry } from "../mail/reminderRecord";
import type { OwnedTable } from "./ownedTable";
import { TEXT_FORMAT } from "./textCell";

const VERSION_1 = ["Logged at", "Customer", "Invoices", "Stage", "Channel", "Subject", "Amount", "Currency", "Offer", "Note", "Draft id"];

/**
 * The Table, headers and column formats of the Contact Log. Version 2 adds who marked each row
 * ("Marked by": the collector's name in the pane, the OS user in the CLI) and "Undoes" (the
 * draft id an undo row takes back: the log stays append-only). A version-1 log gets the two
 * columns added at its end on the next append.
 *
 * @example
 * contactLogLayout.formats[0] //=> "yyyy-mm-dd hh:mm"
 */
export const contactLogLayout: OwnedTable = {
  name: "DunningContactLog",
  version: 2,
  key: "Draft id",
  headers: [...VERSION_1, "Marked by", "Undoes"],
  formats: ["yyyy-mm-dd hh:mm", ...Array<string>(5).fill(TEXT_FORMAT), "#,##0.00", TEXT_FORMAT, "#,##0.00", TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT],
  olderVersions: [VERSION_1],
};

/** The sheet the Contact Log Table is created on. */
export const CONTACT_LOG_SHEET = "Contact Log";

/**
 * An entry's cells in the Table's column order (no offer: an empty cell).
 *
 * @example
 * contactLogValues(entry) //=> [46058.4375, "Acme", "INV-1", "Reminder", "email", "Payment reminder", 1250.5, "EUR", "", "", "2026-02-05-3f9a…", "Dana", ""]
 */
export function contactLogValues(entry: ContactEntry): (string | number)[] {
  return [entry.loggedAt, entry.customer, entry.invoices, entry.stage, entry.channel, entry.subject, entry.amount, entry.currency, entry.offer ?? "", entry.note, entry.draftId, entry.markedBy ?? "", entry.undoes ?? ""];
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
    // An undo row refers to the draft it takes back; it is never "already logged".
    const id = entry.undoes ? "" : entry.draftId.trim();
    const legacy = entry.legacyDraftId?.trim() ?? "";
    if (id !== "" && (logged.has(id) || (legacy !== "" && logged.has(legacy)))) {
      if (!already.includes(entry.draftId)) already.push(entry.draftId);
    } else if (id === "" || !seen.has(id)) {
      seen.add(id);
      fresh.push(entry);
    }
  }
  return { fresh, logged: already };
}

/**
 * The draft ids a log holds as marked: each id's marking rows outnumber the undo rows that take
 * it back (a message marked, undone and marked again is logged).
 *
 * @example
 * loggedIds([{ draftId: "a", undoes: "" }, { draftId: "b", undoes: "" }, { draftId: "b", undoes: "b" }]) //=> Set { "a" }
 */
export function loggedIds(rows: readonly { readonly draftId: string; readonly undoes: string }[]): Set<string> {
  const balance = new Map<string, number>();
  for (const row of rows) {
    const undone = row.undoes.trim();
    const id = undone !== "" ? undone : row.draftId.trim();
    if (id !== "") balance.set(id, (balance.get(id) ?? 0) + (undone !== "" ? -1 : 1));
  }
  return new Set([...balance].filter(([, count]) => count > 0).map(([id]) => id));
}
