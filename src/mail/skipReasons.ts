import type { Day } from "../core/days";
import { isoTextOfDay } from "../core/days";
import { minimumAmountOf } from "../core/minimumAmount";
import type { Policy } from "../core/policy";

const amountFormat = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const amount = (value: number) => amountFormat.format(value);
import { quoted, shownValue } from "../core/problems";

/** Why a selected row is not drafted now. */
export type SkipCode =
  | "paid"
  | "creditOnly"
  | "creditCovers"
  | "lessThanACent"
  | "nothingDue"
  | "disputed"
  | "promisePending"
  | "contactGap"
  | "doNotContact"
  | "repeatedInvoice"
  | "conflictingInvoice"
  | "noEmail"
  | "badEmail"
  | "noOwner"
  | "notMailStep"
  | "badCurrency"
  | "currencyNotChosen"
  | "unknownStatus"
  | "belowMinimum"
  | "unknownPolicySet";

/** A selected row that gets no email, and why (shown in the pane, one per row). */
export interface SkippedRow {
  readonly row: number;
  readonly customer: string;
  readonly code: SkipCode;
  readonly message: string;
}

/**
 * The messages of the skip reasons, in one catalog.
 *
 * @example
 * skipMessages.contactGap(20493, 20481, defaultPolicy)
 * //=> "last contact 2026-01-28 (R17: every 10 days, never within 7, working days only): next contact from 2026-02-09, or confirm to draft anyway"
 */
export const skipMessages = {
  paid: () => "is paid (balance 0): nothing to ask",
  creditOnly: () => "is a credit note and the customer has no open invoice selected: nothing to ask",
  creditCovers: () => "the customer's credit notes cover the open invoices: nothing to ask",
  lessThanACent: () => "the amount overdue rounds to nothing (less than one cent): nothing to ask",
  nothingDue: () => "none of the customer's selected invoices is due yet (credit notes deducted): nothing to ask",
  disputed: () => "is disputed (R8): resolve the dispute before any reminder",
  promisePending: (until: Day) => `has a promise to pay by ${isoTextOfDay(until)} (R7): wait for it`,
  contactGap: (from: Day, last: Day | null, policy: Policy) =>
    `${last === null ? "not contacted yet" : `last contact ${isoTextOfDay(last)}`} (R17: every ${policy.cadenceDays} days, never within ${policy.minContactGapDays}, working days only): next contact from ${isoTextOfDay(from)}, or confirm to draft anyway`,
  doNotContact: () => "the customer is marked do not contact (R19): no reminder is drafted",
  repeatedInvoice: (number: string) => `repeats invoice ${shownValue(number)} of an earlier row, with the same amount and due date: billed once, on its first row`,
  conflictingInvoice: (number: string) =>
    `invoice ${shownValue(number)} appears on several rows of this customer with different amounts or due dates: none of them is drafted until the list is corrected`,
  noEmail: () => "the customer has no email address: the same text is offered for a phone call or a letter",
  badEmail: (text: string) => `the Email cell "${text.replace(/[\r\n]+/g, " ")}" is not a valid email address: the text is drafted for a phone call or a letter; correct the address to email it`,
  noOwner: () => "the next step is to ask sales (R22) but no account owner is given",
  notMailStep: (action: string, rule: string) => `the next step is "${action}"${rule === "" ? "" : ` (${rule})`}, not an email`,
  unknownStatus: (word: string) => `${quoted.unknownStatus(word)}; no reminder until it is corrected`,
  badCurrency: (text: string) => `currency "${text}" is not a three-letter ISO 4217 code`,
  currencyNotChosen: () => `its amount shows a bare "$" on a sheet whose headers are not English: choose the list's currency in the mapping step; nothing is drafted in a currency the desk would have to assume`,
  unknownPolicySet: (name: string, known: readonly string[]) =>
    `the customer's policy set "${name}" is not a column of the policy sheet (${known.length === 0 ? "it has no sets" : `its sets: ${known.join(", ")}`}): add it there, or correct the cell`,
  belowMinimum: (total: number, currency: string, policy: Pick<Policy, "minimumAmount" | "minimumAmounts">) =>
    `the customer owes ${amount(total)} ${currency} in all, below the minimum amount of ${amount(minimumAmountOf(policy, currency))} ${currency}: not dunned`,
} as const;

/**
 * One skipped row.
 *
 * @example
 * skipped(4, "Acme", "disputed", skipMessages.disputed())
 * //=> { row: 4, customer: "Acme", code: "disputed", message: "is disputed (R8): …" }
 */
export function skipped(row: number, customer: string, code: SkipCode, message: string): SkippedRow {
  return { row, customer, code, message };
}
