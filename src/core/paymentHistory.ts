import type { Policy } from "./policy";

/**
 * What the desk knows of a customer's last 12 months (R14, R15, R24): invoices paid late or still
 * open past the grace period, promises to pay that passed unpaid, reminders sent. The caller counts
 * them from what the workbook holds (today the aging list; the Contact Log once it keeps the history).
 */
export interface PaymentHistory {
  readonly latePayments: number;
  readonly brokenPromises: number;
  readonly reminders: number;
}

/** No history known. */
export const noHistory: PaymentHistory = { latePayments: 0, brokenPromises: 0, reminders: 0 };

/**
 * R24: a repeat late payer — late payments and broken promises in the last 12 months together reach
 * the policy's `repeatLateCount` (0 turns the flag off). Next time, be firmer about granting credit.
 *
 * @param history - the customer's last 12 months
 * @param policy - `repeatLateCount`
 *
 * @example
 * isRepeatLatePayer({ latePayments: 2, brokenPromises: 1, reminders: 5 }, defaultPolicy) //=> true (3 ≥ 3)
 * isRepeatLatePayer({ latePayments: 2, brokenPromises: 0, reminders: 9 }, defaultPolicy) //=> false
 */
export function isRepeatLatePayer(history: PaymentHistory, policy: Pick<Policy, "repeatLateCount">): boolean {
  return policy.repeatLateCount > 0 && history.latePayments + history.brokenPromises >= policy.repeatLateCount;
}
