import type { Day } from "../core/days";
import { customerKey } from "../core/customerKey";
import type { LetterLanguage } from "../core/letterLanguage";
import type { Policy, ReminderLanguage } from "../core/policy";
import { draftMessages, templateKey, type DraftedMessage } from "../mail/draftMessages";
import { defaultReminderOptions } from "../mail/draftRequest";
import { languageOf } from "../mail/language";
import { reminderGroups } from "../mail/reminderGroups";
import type { SkipCode } from "../mail/skipReasons";
import { stages } from "../mail/stage";
import type { Template } from "../mail/templates/template";
import { isFailure } from "../workbook/agingData";
import type { TemplateRow, WorkbookPort } from "../workbook/port";
import { listLanguage } from "./listLanguage";
import { policySetsOf } from "./policySetsOf";
import { selectedInvoices } from "./selectedInvoices";
import type { AgingList } from "./agingList";

export interface RemindOptions {
  /** R17: draft even when the last contact is inside the minimum gap (the pane's checkbox). */
  readonly overrideGap: boolean;
  /** Only these customers (matched ignoring case and surrounding spaces); null for every row. */
  readonly customers: readonly string[] | null;
  /** The command line's --lang: the language of letters whose row names none, over the policy and the headers. */
  readonly language?: ReminderLanguage | null;
}

/** A row (index in the values read) that gets no message, and why; `row` is null for a whole draft. */
export interface NotDrafted {
  readonly row: number | null;
  readonly customer: string | null;
  /** The cell the reason is about (0-based column in the values read), when it is one cell's. */
  readonly column?: number | null;
  readonly code: SkipCode | "notInvoice" | "template";
  readonly reason: string;
}

export interface ReminderBatch {
  /** Emails, letters and calls (`draft.medium`; a letter's and a call's `draft.to` is null), one per customer and currency. */
  readonly messages: readonly DraftedMessage[];
  readonly notDrafted: readonly NotDrafted[];
  /** The workbook's templates could not be read: the built-in ones were used. */
  readonly templatesWarning: string | null;
  /** The language of letters whose row names none, and why (say it: "Letters in Indonesian, from the sheet's headers"). */
  readonly language: LetterLanguage;
}

/**
 * The Remind panel's drafting over a whole list (or some customers): every invoice row, grouped
 * per customer and currency at the ladder's stage, with the workbook's templates; every row
 * that gets no message comes back with its reason (a heading or total, paid, disputed, a
 * promise not yet due, contact inside the minimum gap R17, below the minimum amount, …). A
 * customer without an email address, or whose channel is a letter, gets a letter; a phone, SMS or
 * WhatsApp customer is listed for a call (R4), with the text as talking points.
 *
 * @example
 * await draftReminders(port, list, defaultPolicy, 20499, { overrideGap: false, customers: null })
 * //=> { messages: [{ draft: { customer: "Acme", stage: "Reminder", … }, … }], notDrafted: [{ row: 7, code: "disputed", … }], templatesWarning: null }
 */
export async function draftReminders(port: WorkbookPort, list: AgingList, policy: Policy, asOf: Day, options: RemindOptions): Promise<ReminderBatch> {
  const stored = await port.readTemplates();
  const templates = isFailure(stored) ? new Map<string, Template>() : userTemplates(stored);
  const selected = selectedInvoices(list.ledger, rowsOf(list, options.customers));
  const sets = await policySetsOf(port);
  const language = listLanguage(list, policy, options.language ?? null);
  const reminderOptions = { ...defaultReminderOptions, overrideGap: options.overrideGap, defaultLanguage: language.language, defaultCurrency: policy.currency, policySets: sets.sets };
  const groups = reminderGroups(selected.invoices, asOf, policy, reminderOptions);
  const drafted = draftMessages([...groups.drafts, ...groups.letters, ...groups.calls], templates, policy.senderName, asOf);
  const notDrafted: NotDrafted[] = [
    ...selected.leftOut.map((item) => ({ row: item.row, customer: item.customer, column: item.column, code: "notInvoice" as const, reason: item.reason })),
    // A customer without an email address is drafted as a letter: counted there, not here.
    ...groups.skipped.filter((item) => item.code !== "noEmail").map((item) => ({ row: item.row, customer: item.customer, code: item.code, reason: item.message })),
  ].sort((a, b) => a.row - b.row);
  for (const problem of drafted.problems) notDrafted.push({ row: null, customer: problem.draft.customer, code: "template", reason: problem.message });
  return { messages: drafted.messages, notDrafted, templatesWarning: isFailure(stored) ? `Your templates could not be read (${stored.error}); the built-in ones are used.` : null, language };
}

/** Every row below the header, or the invoice rows of the customers asked for. */
function rowsOf(list: AgingList, customers: readonly string[] | null): number[] {
  if (customers === null) return Array.from({ length: Math.max(0, list.data.values.length - list.headerRow - 1) }, (_, index) => list.headerRow + 1 + index);
  const wanted = new Set(customers.map(customerKey));
  return list.ledger.invoices.filter((invoice) => wanted.has(customerKey(invoice.customer))).map((invoice) => invoice.row);
}

/**
 * The user's templates kept in the workbook, by stage and language; rows naming neither a
 * known stage nor a language are ignored, as the pane ignores them.
 *
 * @example
 * userTemplates([{ stage: "reminder", language: "Latvian", subject: "…", body: "…" }]) //=> Map { "Reminder|lv" => { subject: "…", body: "…" } }
 */
export function userTemplates(rows: readonly TemplateRow[]): Map<string, Template> {
  return new Map(rows.flatMap((row) => {
    const language = languageOf(row.language);
    const stage = stages.find((name) => name.toLowerCase() === row.stage.trim().toLowerCase());
    return language && stage ? [[templateKey(stage, language), { subject: row.subject, body: row.body }] as const] : [];
  }));
}

/** How customers are told apart (see core/customerKey.ts), for the CLI's --customer. */
export { customerKey };
