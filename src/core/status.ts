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
}

/** No flag set: what a blank Status cell and a note without status words mean. */
export const noStatus: StatusFlags = {
  disputed: false,
  hardship: false,
  unreachable: false,
  settlementOffered: false,
  salesAsked: false,
};
