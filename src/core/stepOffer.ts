import type { Action, Decision } from "./ladderStep";
import type { Policy } from "./policy";
import { settlementOffer } from "./settlement";

/** The steps whose letter offers a settlement for less, and those after it (R20, R10–R12, R23). */
const settlementSteps: ReadonlySet<Action> = new Set<Action>(["Settlement offer", "Small claims", "Agency", "Attorney", "Write off"]);

/**
 * What the ladder's step proposes to the customer, the one rule for the Settle offer column
 * (`AR.STEPOFFER`) and the letters: the full balance before the incentive step (a reminder asks
 * for what is owed), the incentive amount at it (R6: a discount out of the margin that grows with
 * age, at most the largest incentive), the settlement amount from the settlement step on (R20: the
 * larger of the floor and the best legal path's expected net, R10). The move from the incentive
 * to the settlement is a change of step, decided by the ladder (reminders, sales asked, age), and
 * the Settlement offer's reason says why the amount falls: from then on the debt is counted as
 * lost, not discounted out of a margin. Steps between them (Payment plan, Ask sales, Follow up)
 * ask for the balance, as their letters do. 0 for a balance of 0 or a credit.
 *
 * @param step - the ladder's step for the invoice (`ladderStep`)
 * @param balance - the open balance
 * @param margin - the sale's gross margin, or null when unknown
 * @param currency - the balance's currency, for its rounding step; null: the policy's `roundTo`
 *
 * @example
 * stepOffer({ action: "Reminder", daysOverdue: 130, … }, 10000, defaultPolicy, null)        //=> 10000
 * stepOffer({ action: "Incentive", daysOverdue: 75, … }, 10000, defaultPolicy, null)        //=> 9400
 * stepOffer({ action: "Settlement offer", daysOverdue: 120, … }, 10000, defaultPolicy, null) //=> 5000
 */
export function stepOffer(step: Pick<Decision, "action" | "daysOverdue">, balance: number, policy: Policy, margin: number | null, currency: string | null = null): number {
  if (balance <= 0) return 0;
  if (step.action === "Incentive") {
    // An incentive sent past the settlement age keeps the largest incentive, not the settlement.
    return settlementOffer(balance, Math.min(step.daysOverdue, policy.settlementDays - 1), policy, margin, currency);
  }
  if (settlementSteps.has(step.action)) return settlementOffer(balance, Math.max(step.daysOverdue, policy.settlementDays), policy, margin, currency);
  return balance;
}
