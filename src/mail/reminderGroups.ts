import { customerKey } from "../core/customerKey";
import type { Day } from "../core/days";
import type { Invoice } from "../core/invoiceRow";
import type { Policy } from "../core/policy";
import type { DraftRequest, ReminderOptions } from "./draftRequest";
import { invoiceRepeats } from "../core/duplicateInvoices";
import { customerPolicy } from "../core/policySets";
import { caseKey, customerCases } from "../core/invoiceCase";
import { customerDraft } from "./customerDraft";
import { skipMessages, skipped, type SkippedRow } from "./skipReasons";

/** The drafts for a selection: emails, texts for customers without email, and rows left out. */
export interface ReminderGroups {
  /** One per customer and currency, with an address. */
  readonly drafts: readonly DraftRequest[];
  /** Customers without an email address, or whose channel is a letter or fax: the text, for a letter (R13). */
  readonly letters: readonly DraftRequest[];
  /** R4: customers whose channel is the phone, SMS or WhatsApp: listed for a call, with the number and the text as talking points. */
  readonly calls: readonly DraftRequest[];
  /** Every selected row that gets no email, with the reason. */
  readonly skipped: readonly SkippedRow[];
}

/**
 * Groups selected invoices into one draft request per customer and currency (different
 * currencies go in separate messages). Each group's stage is the ladder step of its most
 * advanced invoice; rows that must not be dunned now are left out with a reason (R7, R8, R17).
 * Customers are matched by name, ignoring case and surrounding spaces; drafts keep the order in
 * which customers first appear in the selection. QuickBooks "Customer:Job" names reach here as
 * their customer already (the ledger reads them, `withCustomerJobs`); each invoice line keeps its
 * `job`. A customer whose Policy set cell
 * names one of `options.policySets` is decided with that set; one naming an unknown set is not drafted.
 *
 * @param invoices - the selected rows
 * @param asOf - today (passed in)
 * @param policy - the collection policy
 * @param options - the pane's choices
 *
 * @example
 * reminderGroups([acmeUsd1, acmeUsd2, acmeEur], 20488, defaultPolicy, defaultReminderOptions)
 * //=> { drafts: [{ customer: "Acme", currency: "USD", stage: "Reminder", … }, { …, currency: "EUR" }], letters: [], skipped: [] }
 */
export function reminderGroups(invoices: readonly Invoice[], asOf: Day, policy: Policy, options: ReminderOptions): ReminderGroups {
  const groups = new Map<string, { currency: string; invoices: Invoice[] }>();
  const left: SkippedRow[] = [];
  const repeats = invoiceRepeats(invoices);
  const conflicting = new Set([...repeats.values()].filter((repeat) => !repeat.identical).map((repeat) => repeat.firstRow));
  for (const invoice of invoices) {
    // One invoice, one bill (issue 12): a repeat is drafted once; repeats whose amounts differ not at all.
    const repeat = repeats.get(invoice.row);
    const number = repeat?.invoiceNumber ?? invoice.invoiceNumber ?? "";
    if (repeat?.identical === true) {
      left.push(skipped(invoice.row, invoice.customer, "repeatedInvoice", skipMessages.repeatedInvoice(number)));
      continue;
    }
    if (repeat !== undefined || conflicting.has(invoice.row)) {
      left.push(skipped(invoice.row, invoice.customer, "conflictingInvoice", skipMessages.conflictingInvoice(number)));
      continue;
    }
    // A bare "$" still waiting for the user's answer (issue 10): asked, never assumed.
    if (invoice.currency === null) {
      left.push(skipped(invoice.row, invoice.customer, "currencyNotChosen", skipMessages.currencyNotChosen()));
      continue;
    }
    const text = invoice.currency;
    const currency = text.trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(currency)) {
      left.push(skipped(invoice.row, invoice.customer, "badCurrency", skipMessages.badCurrency(text)));
      continue;
    }
    const key = `${customerKey(invoice.customer)}\u0000${currency}`;
    const group = groups.get(key) ?? { currency, invoices: [] };
    group.invoices.push(invoice);
    groups.set(key, group);
  }
  const drafts: DraftRequest[] = [];
  const letters: DraftRequest[] = [];
  const calls: DraftRequest[] = [];
  // The customer's case over every selected row: its totals per currency and history (minimum amount, R14, R15, R24).
  const cases = customerCases(invoices, asOf, policy);
  for (const group of groups.values()) {
    const first = group.invoices[0];
    const own = customerPolicy(group.invoices.map((invoice) => invoice.policySet), policy, options.policySets);
    if (typeof own === "string") {
      group.invoices.forEach((invoice) => left.push(skipped(invoice.row, invoice.customer, "unknownPolicySet", skipMessages.unknownPolicySet(own, options.policySets.map((set) => set.name)))));
      continue;
    }
    const result = customerDraft(group.invoices, group.currency, asOf, own, options, first ? cases.get(caseKey(first)) ?? null : null);
    left.push(...result.skipped);
    if (result.draft === null) continue;
    (result.draft.medium === "call" ? calls : result.draft.to === null ? letters : drafts).push(result.draft);
  }
  return { drafts, letters, calls, skipped: left.sort((a, b) => a.row - b.row) };
}
