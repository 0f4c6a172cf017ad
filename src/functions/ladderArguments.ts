import type { CaseFacts } from "../core/caseDecision";
import type { Channel } from "../core/channel";
import type { Day } from "../core/days";
import type { Account } from "../core/nextAction";
import type { StatusFlags } from "../core/status";

/**
 * The account the ladder functions decide on, from their arguments as the runner read them
 * (in LADDER_PARAMETERS order: dueDate, balance, remindersSent, lastContact, status,
 * promiseDate, asOf, policy, notes, channel, customerSince, customerTotal, currency, policySet),
 * the case's facts and the as-of day alongside. A customer total of 0 (an empty cell on Excel
 * desktop) means "not given": the invoice's balance stands for it.
 */
export function ladderAccount(values: readonly unknown[]): { readonly account: Account; readonly facts: CaseFacts; readonly asOf: Day } {
  const [dueDay, balance, remindersSent, lastContactDay, status, promiseDay, asOf, , , channel, customerSinceDay, customerTotal, currency] = values;
  return {
    account: {
      dueDay: dueDay as Day,
      balance: balance as number,
      remindersSent: remindersSent as number,
      lastContactDay: lastContactDay as Day | null,
      promiseDay: promiseDay as Day | null,
      status: status as StatusFlags,
    },
    facts: {
      channel: (channel ?? null) as Channel | null,
      customerSinceDay: (customerSinceDay ?? null) as Day | null,
      customerTotal: customerTotal === 0 || customerTotal === undefined ? null : (customerTotal as number | null),
      currency: (currency ?? null) as string | null,
      history: null,
    },
    asOf: asOf as Day,
  };
}
