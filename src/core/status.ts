import type { Day } from "./days";
import type { PlanAgreed } from "./ladderEntries";

/** What the desk knows about an invoice beyond dates and money (R8, R9, R20, R22). */
export interface StatusFlags {
  /** R8: the customer disputes the invoice: dunning pauses. */
  readonly disputed: boolean;
  /** R7: the customer is in real hardship: a written payment plan. */
  readonly hardship: boolean;
  /** R9: the customer cannot be reached: trace them. */
  readonly unreachable: boolean;
  /** R20: a settlement for less was offered (and, the invoice being open, not taken). */
  readonly settlementOffered: boolean;
  /** R22: sales has been asked about a complaint or product problem. */
  readonly salesAsked: boolean;
  /** R22: the day sales was asked, when the desk recorded it ("sales asked 2026-12-02"): their reply is awaited for salesReplyDays. */
  readonly salesAskedDay: Day | null;
  /** R20: the last day of the settlement offer, when recorded ("offered 2026-12-02 until 2026-12-16"): the customer has until then. */
  readonly offeredUntil: Day | null;
  /** R19: the customer must not be contacted (asked in writing, insolvency, a lawyer's letter): never scheduled. */
  readonly doNotContact: boolean;
  /** R7: the day a promise the desk recorded runs to ("promised 2026-12-02 to pay by 2026-12-20"); a promise in the user's words decides over it. */
  readonly promisedDay: Day | null;
  /** R7: the payment plan the desk recorded ("plan agreed …"): the ladder follows its instalments. */
  readonly plan: PlanAgreed | null;
}

/** No flag set: what a blank Status cell and a note without status words mean. */
export const noStatus: StatusFlags = {
  disputed: false,
  hardship: false,
  unreachable: false,
  settlementOffered: false,
  salesAsked: false,
  salesAskedDay: null,
  offeredUntil: null,
  doNotContact: false,
  promisedDay: null,
  plan: null,
};
