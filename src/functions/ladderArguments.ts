import type { Day } from "../core/days";
import type { Account } from "../core/nextAction";
import type { StatusFlags } from "../core/status";

/**
 * The account the ladder functions decide on, from their arguments as the runner read them
 * (in LADDER_PARAMETERS order: dueDate, balance, remindersSent, lastContact, status,
 * promiseDate, asOf, policy), and the as-of day alongside.
 */
export function ladderAccount(values: readonly unknown[]): { readonly account: Account; readonly asOf: Day } {
  const [dueDay, balance, remindersSent, lastContactDay, status, promiseDay, asOf] = values;
  return {
    account: {
      dueDay: dueDay as Day,
      balance: balance as number,
      remindersSent: remindersSent as number,
      lastContactDay: lastContactDay as Day | null,
      promiseDay: promiseDay as Day | null,
      status: status as StatusFlags,
    },
    asOf: asOf as Day,
  };
}
