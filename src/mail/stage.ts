import type { Action } from "../core/nextAction";
import type { LegalPath } from "../core/legalPath";

/** The stages a reminder is drafted for; each picks a template (collections-playbook.md). */
export type Stage =
  | "Courtesy reminder"
  | "Reminder"
  | "Consequences"
  | "Incentive"
  | "Payment plan"
  | "Broken promise"
  | "Ask sales"
  | "Follow up"
  | "Settlement offer"
  | "Final notice";

/** Every stage, in ladder order. */
export const stages: readonly Stage[] = [
  "Courtesy reminder",
  "Reminder",
  "Consequences",
  "Incentive",
  "Payment plan",
  "Broken promise",
  "Ask sales",
  "Follow up",
  "Settlement offer",
  "Final notice",
];

/**
 * How far up the ladder an action is, for "the customer's most advanced invoice". The ladder
 * order of the playbook, except that the steps that stop dunning (None, Await promise, Resolve
 * dispute, Wait) rank lowest, and a broken promise ranks just above the incentive ("one step
 * firmer", R7). Trace debtor and Write off rank highest: they stop the email for the customer.
 */
const rank: readonly Action[] = [
  "None",
  "Below minimum",
  "Await promise",
  "Resolve dispute",
  "Wait",
  "Check in",
  "Courtesy reminder",
  "Reminder",
  "Consequences",
  "Incentive",
  "Broken promise",
  "Payment plan",
  "Ask sales",
  "Follow up",
  "Settlement offer",
  "Small claims",
  "Agency",
  "Attorney",
  "Trace debtor",
  "Write off",
];

/**
 * The position of an action on the ladder (higher = more advanced).
 *
 * @example
 * ladderRank("Consequences") > ladderRank("Reminder") //=> true
 */
export function ladderRank(action: Action): number {
  return rank.indexOf(action);
}

/** The legal paths whose email is the final notice (R19). */
const legalPaths: readonly string[] = ["Small claims", "Agency", "Attorney"];

/**
 * The stage whose email a ladder step sends, or null for a step that is not an email
 * (Wait, Trace debtor, Write off, None, Await promise, Resolve dispute).
 *
 * @example
 * stageOfAction("Agency") //=> "Final notice"
 * stageOfAction("Check in") //=> "Courtesy reminder"
 * stageOfAction("Wait")   //=> null
 */
export function stageOfAction(action: Action): Stage | null {
  if (legalPaths.includes(action)) return "Final notice";
  // R3: a check-in while nothing new is due is the friendly note of the courtesy stage.
  if (action === "Check in") return "Courtesy reminder";
  return (stages as readonly string[]).includes(action) ? (action as Stage) : null;
}

/**
 * Whether an action is one of the legal paths (R10–R12).
 *
 * @example
 * isLegalPath("Attorney") //=> true
 */
export function isLegalPath(action: Action): action is LegalPath {
  return legalPaths.includes(action);
}
