import { isoTextOfDay, type Day } from "../core/days";
import type { DraftRequest } from "./draftRequest";
import { contentHash, legacyHash } from "./contentHash";
import type { RenderedMessage } from "./render";

/** Excel keeps at most this many characters in one cell. */
export const CELL_TEXT_LIMIT = 32_767;

/**
 * One message as a row of the Reminders sheet (for mail merge or an automation flow), and the
 * facts the Contact Log keeps of it. Plain data: `src/excel` writes it.
 */
export interface ReminderRecord {
  readonly to: string;
  readonly cc: string;
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly stage: string;
  readonly customer: string;
  readonly amount: number;
  readonly currency: string;
  readonly language: string;
  readonly invoices: string;
  /** The same message drafted again on the same day has the same id: "Mark as sent" logs it once. */
  readonly draftId: string;
  /** The id the desk gave the same message before ids had 128 bits: a log holding it has this message. */
  readonly legacyDraftId?: string;
}

/**
 * A drafted message as a Reminders-sheet row. A body longer than an Excel cell holds is
 * replaced by a note (the .eml download keeps it whole), never cut silently.
 *
 * @param draft - the customer's draft request
 * @param message - its rendered text
 * @param asOf - the day it is drafted
 *
 * @example
 * reminderRecord(draft, message, 20488)
 * //=> { to: "ap@acme.example", cc: "", subject: "Payment reminder: …", …, invoices: "INV-1, INV-2", draftId: "2026-02-05-3f9a2c1e" }
 */
export function reminderRecord(draft: DraftRequest, message: RenderedMessage, asOf: Day): ReminderRecord {
  return {
    to: draft.to ?? "",
    cc: draft.cc.join("; "),
    subject: message.subject,
    text: fitInCell(message.text),
    html: fitInCell(message.html),
    stage: draft.stage,
    customer: draft.customer,
    amount: draft.offer ?? draft.total,
    currency: draft.currency,
    language: draft.language,
    invoices: invoiceList(draft),
    draftId: draftId(draft, asOf),
    legacyDraftId: legacyDraftId(draft, asOf),
  };
}

/**
 * The id of a draft: its day and a 128-bit hash of customer, currency, stage and invoice rows, so
 * marking the same message twice is recognised (R16: one log row per message sent) and two
 * different messages never share an id (issue 13: the 32-bit hash did collide).
 *
 * @example
 * draftId(draft, 20488) //=> "2026-02-05-9d3c…" (the day, a hyphen, 32 hex digits)
 */
export function draftId(draft: DraftRequest, asOf: Day): string {
  return `${isoTextOfDay(asOf)}-${contentHash(draftKey(draft))}`;
}

/**
 * The id the same draft had before ids had 128 bits (day and 8 hex digits): only to recognise
 * ids already written to a workbook.
 *
 * @example
 * legacyDraftId(draft, 20488) //=> "2026-02-05-3f9a2c1e"
 */
export function legacyDraftId(draft: DraftRequest, asOf: Day): string {
  return `${isoTextOfDay(asOf)}-${legacyHash(draftKey(draft))}`;
}

/** What a draft id stands for: the same inputs as ever, so a re-drafted message keeps its id. */
function draftKey(draft: DraftRequest): string {
  return [draft.customer.trim().toLowerCase(), draft.currency, draft.stage, ...draft.lines.map((line) => `${line.row}:${line.invoiceNumber ?? ""}`)].join("\u0000");
}

/** What the Contact Log keeps of a message marked as sent (R16). */
export interface ContactEntry {
  /** Excel serial date-time of the marking (local time). */
  readonly loggedAt: number;
  readonly customer: string;
  readonly invoices: string;
  readonly stage: string;
  /** "Email", or "Phone / letter" for a customer without an address. */
  readonly channel: string;
  readonly subject: string;
  readonly amount: number;
  readonly currency: string;
  readonly offer: number | null;
  readonly note: string;
  readonly draftId: string;
  /** The message's pre-128-bit id: a log holding it has logged this message already. */
  readonly legacyDraftId?: string;
  /** Who marked it as sent (the collector named in the pane, the OS user in the CLI). */
  readonly markedBy?: string;
  /** An undo row: the draft id whose marking it takes back. */
  readonly undoes?: string;
}

/**
 * The Contact Log row of a message the user marked as sent.
 *
 * @param record - the message's Reminders row
 * @param draft - its draft request (for the total and the offer)
 * @param loggedAt - the Excel serial date-time of the marking
 * @param note - the user's note ("" for none)
 *
 * @example
 * contactEntry(record, draft, 46058.4375, "")
 * //=> { loggedAt: 46058.4375, customer: "Acme", invoices: "INV-1, INV-2", stage: "Reminder", channel: "Email", amount: 1200, offer: null, … }
 */
export function contactEntry(record: ReminderRecord, draft: DraftRequest, loggedAt: number, note: string): ContactEntry {
  const { customer, invoices, stage, subject, currency, draftId, legacyDraftId } = record;
  const channel = channelOfDraft(draft);
  const entry = { loggedAt, customer, invoices, stage, channel, subject, amount: draft.total, currency, offer: draft.offer, note: note.trim(), draftId };
  return legacyDraftId === undefined ? entry : { ...entry, legacyDraftId };
}

/** The invoice numbers of a draft; a row without one is named by its due date. */
function invoiceList(draft: DraftRequest): string {
  return draft.lines.map((line) => invoiceLabel(line.invoiceNumber, line.dueDay)).join(", ");
}

/**
 * How the Reminders sheet and the Contact Log name one invoice: its number, or for a row without
 * one its due date (the restore from the Contact Log reads the same words back).
 *
 * @example
 * invoiceLabel("INV-1", 20458) //=> "INV-1"
 * invoiceLabel(null, 20458)    //=> "(no number, due 2026-01-05)"
 */
export function invoiceLabel(invoiceNumber: string | null, dueDay: Day): string {
  return invoiceNumber ?? `(no number, due ${isoTextOfDay(dueDay)})`;
}

function fitInCell(text: string): string {
  return text.length <= CELL_TEXT_LIMIT ? text : "(Too long for one Excel cell: use the downloaded .eml draft of this message.)";
}

const channelNames = { email: "Email", phone: "Phone", letter: "Letter", sms: "SMS", whatsapp: "WhatsApp", fax: "Fax" } as const;

/** The Contact Log's channel (R16): the e-mail sent, or the row's channel (R4); no address and no channel, "Phone / letter". */
function channelOfDraft(draft: DraftRequest): string {
  if (draft.to !== null) return "Email";
  return draft.channel === "email" ? "Phone / letter" : channelNames[draft.channel];
}
