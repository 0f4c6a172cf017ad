import type { Day } from "../core/days";
import type { LegalPath } from "../core/legalPath";
import type { Decision } from "../core/nextAction";
import { paymentPlan, type Instalment } from "../core/paymentPlan";
import type { Policy } from "../core/policy";
import { stepOffer } from "../core/stepOffer";
import type { ReminderOptions } from "./draftRequest";
import { isLegalPath, type Stage } from "./stage";

/** The stage-specific figures of a reminder: offer, discount, dates, schedule, next step. */
export interface StageTerms {
  /** Incentive and Settlement offer: the amount asked for instead of the total. */
  readonly offer: number | null;
  /** Incentive: total − offer. */
  readonly discount: number | null;
  readonly payBy: Day;
  /** Settlement offer and Final notice: the date the offer or the notice runs to. */
  readonly deadline: Day | null;
  readonly schedule: readonly Instalment[] | null;
  /** Final notice: the next lawful step (R19). */
  readonly nextStep: LegalPath | null;
}

/**
 * The figures a stage quotes, from the engine: the incentive discount and the settlement
 * amount from `stepOffer` (R6, R20), the schedule from `paymentPlan` (R7), the legal
 * path of a final notice (R19).
 *
 * @param stage - the reminder's stage
 * @param decision - the ladder's decision for the most advanced invoice
 * @param total - the amount owed (credit notes deducted)
 * @param margin - the smallest known margin of the invoices, or null
 * @param currency - the draft's currency: offers are rounded to its step (Rp to 1,000, baht to 10)
 *
 * @example
 * stageTerms("Payment plan", decision, 1000, null, 20484, defaultPolicy, defaultReminderOptions).schedule
 * //=> [{ day: 20494, amount: 333.33 }, { day: 20522, amount: 333.33 }, { day: 20553, amount: 333.34 }]
 */
export function stageTerms(
  stage: Stage,
  decision: Pick<Decision, "action" | "daysOverdue">,
  total: number,
  margin: number | null,
  asOf: Day,
  policy: Policy,
  options: ReminderOptions,
  currency: string | null = null,
): StageTerms {
  const payBy = asOf + options.payByDays;
  const none: StageTerms = { offer: null, discount: null, payBy, deadline: null, schedule: null, nextStep: null };
  const deadline = asOf + options.deadlineDays;
  switch (stage) {
    case "Incentive": {
      // One rule for the letter and the Settle offer column (AR.STEPOFFER).
      const offer = stepOffer(decision, total, policy, margin, currency);
      return { ...none, offer, discount: Math.round((total - offer) * 100) / 100 };
    }
    case "Settlement offer":
      return { ...none, offer: stepOffer(decision, total, policy, margin, currency), deadline };
    case "Payment plan":
      return { ...none, schedule: paymentPlan(total, options.instalments, payBy, { months: 1 }) };
    case "Final notice":
      return { ...none, deadline, nextStep: isLegalPath(decision.action) ? decision.action : null };
    default:
      return none;
  }
}
