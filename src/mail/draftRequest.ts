import type { Day } from "../core/days";
import type { Channel, Medium } from "../core/channel";
import type { Action } from "../core/nextAction";
import type { PolicySet } from "../core/policySets";
import type { Language } from "./language";
import type { LetterLocale } from "./letterLocale";
import type { Stage } from "./stage";
import type { StageTerms } from "./stageTerms";

/** One row of the invoice table in a reminder. A credit note has a negative balance. */
export interface InvoiceLine {
  readonly row: number;
  readonly invoiceNumber: string | null;
  /** The QuickBooks job the invoice is for ("Warehouse fit-out"), shown beside its number; null for none. */
  readonly job?: string | null;
  readonly invoiceDay: Day | null;
  readonly dueDay: Day;
  readonly daysOverdue: number;
  readonly balance: number;
}

/**
 * Everything one reminder needs, before a template and a language turn it into text: one per
 * customer and currency. `to` is the customer's address (several: "a@x.example, b@x.example",
 * each one checked; `recipientList` splits it), or the account owner's for Ask sales (R22); null
 * when the customer has no valid email (the text is then offered for a call or a letter).
 */
export interface DraftRequest extends StageTerms {
  readonly customer: string;
  readonly currency: string;
  readonly language: Language;
  /** How the letter writes dates and amounts (`letterLocale`): its language, British or US English. */
  readonly locale: LetterLocale;
  readonly stage: Stage;
  /** The ladder step of the most advanced invoice, and its rule. */
  readonly action: Action;
  readonly rule: string;
  readonly to: string | null;
  /** R4/R13: how it goes out — an e-mail to `to`, a letter's text, or a call (or message) to `phone`. */
  readonly medium: Medium;
  readonly channel: Channel;
  readonly phone: string | null;
  readonly cc: readonly string[];
  readonly lines: readonly InvoiceLine[];
  /** The amount asked for: the invoices due today or overdue, less credit notes (see `askedLines`). */
  readonly total: number;
  /** The invoices not yet due, listed in their own table and never asked for (0 when none). */
  readonly notYetDue: number;
  readonly terms: string | null;
}

/** Choices the user makes in the pane; `defaultReminderOptions` holds the defaults. */
export interface ReminderOptions {
  /** R17: draft even when the last contact is inside the minimum gap (the user confirmed). */
  readonly overrideGap: boolean;
  readonly defaultLanguage: Language;
  /** ISO 4217 code for rows without a currency. */
  readonly defaultCurrency: string;
  /** Payment plan: number of monthly instalments (R7). */
  readonly instalments: number;
  /** Days from asOf to the pay-by date and to the first instalment. */
  readonly payByDays: number;
  /** Days from asOf to the deadline of a settlement offer or a final notice. */
  readonly deadlineDays: number;
  /** Policy per customer: the policy sheet's named sets, which a customer's Policy set cell picks. */
  readonly policySets: readonly PolicySet[];
}

/**
 * The default options: English, USD, 3 instalments, pay within 10 days, 14 days' deadline.
 *
 * @example
 * defaultReminderOptions.instalments //=> 3
 */
export const defaultReminderOptions: ReminderOptions = {
  overrideGap: false,
  defaultLanguage: "en",
  defaultCurrency: "USD",
  instalments: 3,
  payByDays: 10,
  deadlineDays: 14,
  policySets: [],
};

/**
 * The addresses of a draft's `to` (checked when drafted), one per entry; none for a letter.
 *
 * @example
 * recipientList({ to: "ap@acme.example, cfo@acme.example" }) //=> ["ap@acme.example", "cfo@acme.example"]
 */
export function recipientList(draft: Pick<DraftRequest, "to">): string[] {
  return draft.to === null ? [] : draft.to.split(",").map((address) => address.trim()).filter((address) => address !== "");
}
