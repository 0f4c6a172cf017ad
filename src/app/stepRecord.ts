// Pure: what one click of "Record" means — a promise taken, a payment plan agreed, a dispute
// opened or resolved, a call made — as the Contact Log row of each invoice and the steps for its
// Dunning status cell (issue 12). Only a call is a contact (Last contact, one more reminder).
import type { Day } from "../core/days";
import { isoTextOfDay } from "../core/days";
import type { Invoice } from "../core/invoiceRow";
import type { LadderState } from "../core/ladderState";
import { ladderStateText, emptyLadderState } from "../core/ladderState";
import type { Interval } from "../core/paymentPlan";
import { contentHash } from "../mail/contentHash";
import type { ContactEntry } from "../mail/reminderRecord";

/** The step recorded, with what the user typed in its small form. */
export type StepRecord =
  | { readonly kind: "promise"; readonly payBy: Day; readonly amount: number | null }
  | { readonly kind: "plan"; readonly count: number; readonly first: Day; readonly interval: Interval }
  | { readonly kind: "disputeOpened" }
  | { readonly kind: "disputeResolved" }
  | { readonly kind: "call" };

export type StepKind = StepRecord["kind"];

/** The Contact Log's stage of each kind, as the pane's buttons and the CLI name it. */
export const stepStages: Readonly<Record<StepKind, string>> = {
  promise: "Promise to pay",
  plan: "Payment plan agreed",
  disputeOpened: "Dispute opened",
  disputeResolved: "Dispute resolved",
  call: "Call",
};

/**
 * The steps a record writes to one invoice's Dunning status cell. A promise replaces an earlier
 * plan and a plan an earlier promise: the last agreement is the one the ladder follows. A plan
 * schedules the invoice's balance of the day it is agreed, in cents.
 *
 * @example
 * stepState({ kind: "promise", payBy: 20807, amount: null }, 20789, invoice) //=> { promised: { day: 20789, payBy: 20807, amount: null }, plan: null }
 * stepState({ kind: "call" }, 20789, invoice) //=> { called: 20789 }
 */
export function stepState(record: StepRecord, day: Day, invoice: Pick<Invoice, "balance">): Partial<LadderState> {
  switch (record.kind) {
    case "promise":
      return { promised: { day, payBy: record.payBy, amount: record.amount }, plan: null };
    case "plan":
      return { plan: { day, total: Math.round(invoice.balance * 100) / 100, count: record.count, first: record.first, interval: record.interval }, promised: null };
    case "disputeOpened":
      return { dispute: { open: true, day } };
    case "disputeResolved":
      return { dispute: { open: false, day } };
    case "call":
      return { called: day };
  }
}

/**
 * The Contact Log row of a record on one invoice: the stage, the entry it writes as subject, and
 * an id of the day and the facts, so the same click twice on one day is logged once (R16).
 *
 * @param loggedAt - Excel serial date-time of the click
 *
 * @example
 * stepEntry({ kind: "call" }, 20789, invoice, 46358.4, "left a message", "Dana")
 * //=> { stage: "Call", channel: "Phone", subject: "called 2026-12-02", draftId: "2026-12-02-…", markedBy: "Dana", … }
 */
export function stepEntry(record: StepRecord, day: Day, invoice: Invoice, loggedAt: number, note: string, markedBy: string): ContactEntry {
  const subject = ladderStateText({ ...emptyLadderState, ...stepState(record, day, invoice) });
  const key = ["record", record.kind, invoice.customer.trim().toLowerCase(), invoice.invoiceNumber ?? "", String(invoice.row), subject].join("\u0000");
  return {
    loggedAt,
    customer: invoice.customer,
    invoices: invoice.invoiceNumber ?? "",
    stage: stepStages[record.kind],
    channel: record.kind === "call" ? "Phone" : "",
    subject,
    amount: invoice.balance,
    currency: invoice.currency ?? "",
    offer: null,
    note,
    draftId: `${isoTextOfDay(day)}-${contentHash(key)}`,
    markedBy: markedBy.trim(),
  };
}
