// Pure: the Contact Log folded into each invoice's state (issue 12 item 2), so a fresh export
// pasted over the aging list can continue the ladder where it was. Each marking row the log
// holds (an undone marking left out) means what Mark as sent wrote for it (markMeaning): a
// customer-facing step is one more reminder and a last contact on its day; Ask sales and a
// settlement offer are dated ladder steps; a step recorded in one click (a promise, a plan, a
// dispute, a call) is the Dunning status entry it wrote. Rows name their invoices by customer and invoice
// number, as the message listed them, so a customer-level step reaches the invoices it was about.
import { cellText } from "../core/ledgerCells";
import { dayFromIsoText, dayFromSerial, type DateSystem, type Day } from "../core/days";
import { emptyLadderState, laterLadderState, readLadderState, type LadderState } from "../core/ladderState";
import { defaultReminderOptions, type DraftRequest } from "../mail/draftRequest";
import { markMeaning, type MarkMeaning } from "../mail/markMeaning";
import { invoiceLabel } from "../mail/reminderRecord";
import { customerKey } from "./draftReminders";
import { stepStages } from "./stepRecord";

/** What the fold needs of one Contact Log row. */
export interface LogRow {
  /** Excel serial date-time of the marking: its day is the day the step was taken. */
  readonly loggedAt: number;
  readonly customer: string;
  /** The invoices of the message, as "INV-1, INV-2" (a row without a number: "(no number, due …)"). */
  readonly invoices: string;
  readonly stage: string;
  /** The message's subject; for a recorded step (a promise, a plan, a dispute, a call), its Dunning status entry. */
  readonly subject?: string;
  readonly draftId: string;
  /** The draft id an undo row takes back ("" for a marking row). */
  readonly undoes: string;
}

/** One invoice's state as the log records it. */
export interface LoggedState {
  /** The latest customer-facing step's day; null when the log holds none (only Ask sales). */
  readonly lastContact: Day | null;
  /** How many customer-facing steps the log holds for the invoice. */
  readonly remindersSent: number;
  /** The dated steps of the Dunning status: the latest of each. */
  readonly ladder: LadderState;
}

/**
 * Folds the log into each invoice's state, keyed by `invoiceKey`. A draft id marked, undone and
 * marked again counts once; one marked and undone not at all. A settlement offer runs to the
 * deadline its letter gave: the drafting day (the id's date) + the letters' deadline days.
 *
 * @example
 * loggedStates([{ loggedAt: 46058.4, customer: "Acme", invoices: "INV-1, INV-2", stage: "Reminder", draftId: "2026-02-05-…", undoes: "" }], 1900).get(invoiceKey("Acme", "INV-2"))
 * //=> { lastContact: 20489, remindersSent: 1, ladder: { salesAsked: null, offered: null } }
 */
export function loggedStates(rows: readonly LogRow[], dateSystem: DateSystem): Map<string, LoggedState> {
  const states = new Map<string, LoggedState>();
  for (const row of markingRows(rows)) {
    const day = dayFromSerial(row.loggedAt, dateSystem);
    if (typeof day !== "number") continue;
    const drafted = dayFromIsoText(row.draftId.slice(0, 10));
    const deadline = typeof drafted === "number" ? drafted + defaultReminderOptions.deadlineDays : null;
    const meaning = meaningOfRow(row, day, deadline);
    for (const invoice of invoiceLabels(row.invoices)) {
      const key = invoiceKey(row.customer, invoice);
      const seen = states.get(key) ?? { lastContact: null, remindersSent: 0, ladder: emptyLadderState };
      states.set(key, {
        lastContact: meaning.contact ? Math.max(seen.lastContact ?? day, day) : seen.lastContact,
        remindersSent: seen.remindersSent + (meaning.contact ? 1 : 0),
        ladder: laterLadderState(seen.ladder, meaning.state ?? {}),
      });
    }
  }
  return states;
}

/**
 * The key of one invoice: its customer and its number (or, without a number, its due date), in
 * any case and spacing.
 *
 * @example
 * invoiceKey(" ACME ", "INV-1") === invoiceKey("Acme", "inv-1") //=> true
 */
export function invoiceKey(customer: string, invoice: string): string {
  return `${customerKey(customer)}\u0000${invoice.trim().toLowerCase()}`;
}

/**
 * The key of an invoice of the list, as the log names it.
 *
 * @example
 * keyOfInvoice({ customer: "Acme", invoiceNumber: null, dueDay: 20458 }) === invoiceKey("Acme", "(no number, due 2026-01-05)") //=> true
 */
export function keyOfInvoice(invoice: { readonly customer: string; readonly invoiceNumber: string | null; readonly dueDay: Day }): string {
  return invoiceKey(invoice.customer, invoiceLabel(invoice.invoiceNumber, invoice.dueDay));
}

/**
 * The Contact Log's rows as the fold reads them, columns found by name (a version-1 log has no
 * Undoes column: nothing was undone); rows without a number in Logged at are left out.
 *
 * @example
 * contactLogRows([["Logged at", "Customer", "Invoices", "Stage", …, "Draft id", "Marked by", "Undoes"], [46058.4, "Acme", "INV-1", "Reminder", …]])
 * //=> [{ loggedAt: 46058.4, customer: "Acme", invoices: "INV-1", stage: "Reminder", draftId: "…", undoes: "" }]
 */
export function contactLogRows(values: readonly (readonly unknown[])[]): LogRow[] {
  const header = (values[0] ?? []).map((cell) => (cellText(cell) ?? "").toLowerCase());
  const at = (name: string) => header.indexOf(name);
  const [logged, customer, invoices, stage, subject, draftId, undoes] = [at("logged at"), at("customer"), at("invoices"), at("stage"), at("subject"), at("draft id"), at("undoes")];
  const text = (row: readonly unknown[], column: number) => (column < 0 ? "" : cellText(row[column]) ?? "");
  return values.slice(1).flatMap((row) => {
    const loggedAt = row[logged];
    if (typeof loggedAt !== "number" || !Number.isFinite(loggedAt)) return [];
    return [{ loggedAt, customer: text(row, customer), invoices: text(row, invoices), stage: text(row, stage), subject: text(row, subject), draftId: text(row, draftId), undoes: text(row, undoes) }];
  });
}

/**
 * What a log row means for its invoices. A step recorded in one click (`stepStages`: a promise, a
 * plan, a dispute opened or resolved, a call) means the Dunning status entry it wrote, its
 * subject; only a call is a contact. Any other row is a sent message: the stages' names, and any
 * other word a contact, as Mark as sent treats every step but Ask sales.
 */
function meaningOfRow(row: LogRow, day: Day, deadline: Day | null): MarkMeaning {
  const stage = row.stage.trim();
  if (recordedStages.has(stage)) return { contact: stage === stepStages.call, state: readLadderState(row.subject ?? "") };
  return markMeaning({ stage: stage as DraftRequest["stage"], deadline }, day);
}

const recordedStages: ReadonlySet<string> = new Set(Object.values(stepStages));

/** The marking rows still in force: per draft id the latest, when its markings outnumber its undo rows; rows without an id each. */
function markingRows(rows: readonly LogRow[]): LogRow[] {
  const balance = new Map<string, number>();
  const latest = new Map<string, LogRow>();
  const kept: LogRow[] = [];
  for (const row of rows) {
    const undone = row.undoes.trim();
    const id = undone !== "" ? undone : row.draftId.trim();
    if (id === "") {
      kept.push(row);
      continue;
    }
    balance.set(id, (balance.get(id) ?? 0) + (undone !== "" ? -1 : 1));
    if (undone === "") latest.set(id, row);
  }
  return [...kept, ...[...latest].filter(([id]) => (balance.get(id) ?? 0) > 0).map(([, row]) => row)];
}

/** The invoices a log row names: "INV-1, INV-2", commas inside "(no number, due …)" kept. */
function invoiceLabels(text: string): string[] {
  return text.split(/,(?![^(]*\))/).map((part) => part.trim()).filter((part) => part !== "");
}
