import { decideCase, type CaseFacts } from "../core/caseDecision";
import { caseContactDay } from "../core/caseContactDay";
import type { Day } from "../core/days";
import { contactActions, type Account, type Action } from "../core/ladderStep";
import type { Policy } from "../core/policy";
import { isWorkingDay, nextWorkingDay } from "../core/workingDays";
import { isLegalPath } from "../mail/stage";

/** One step of the plan: the day it falls due and what the desk would send or do then. */
export interface CalendarStep {
  readonly day: Day;
  readonly action: Action;
  readonly rule: string;
}

/** The steps after which the desk plans nothing more: the case leaves the ladder, or waits on the customer. */
const endOfPlan: ReadonlySet<Action> = new Set<Action>(["None", "Do not contact", "Below minimum", "Resolve dispute", "Trace debtor", "Write off"]);

/**
 * The what-if calendar (issue 14 item 5): the days on which each following step falls due if
 * nothing is paid and every message is sent on its day, over `horizonDays` from `asOf`. Each working day
 * is decided by `decideCase` and scheduled by `caseContactDay`, the functions behind NEXTACTION
 * and NEXTCONTACT, so the plan cannot disagree with them; a sent step changes the state as Mark
 * as sent does (`sentState`). The plan ends at a step the desk does not repeat: a legal path (the
 * hand-off), a write-off, a dispute or an unreachable customer (which wait on people, not days),
 * or nothing owed. It jumps from one contact day to the next; `walkDayByDay` is the same plan
 * taken one day at a time, and the tests hold the two equal.
 *
 * @param deadlineDays - the days a settlement offer runs (the reminders' `deadlineDays`)
 *
 * @example
 * contactCalendar(account, noCaseFacts, 20488, defaultPolicy, 90, 14)
 * //=> [{ day: 20488, action: "Reminder", rule: "R4" }, { day: 20498, action: "Consequences", rule: "R5" }, …]
 */
export function contactCalendar(account: Account, facts: CaseFacts, asOf: Day, policy: Policy, horizonDays: number, deadlineDays: number): CalendarStep[] {
  const steps: CalendarStep[] = [];
  let state = account;
  let day = asOf;
  while (day <= asOf + horizonDays) {
    // Messages go out on working days: on a weekend or holiday the desk only prepares the next working day's.
    if (!isWorkingDay(day, policy)) {
      day = nextWorkingDay(day, policy);
      continue;
    }
    const decision = decideCase(state, facts, day, policy);
    if (isTaken(decision.action)) {
      steps.push({ day, action: decision.action, rule: decision.rule });
      if (endsPlan(decision.action)) break;
      state = sentState(state, decision.action, day, deadlineDays);
      day += 1;
      continue;
    }
    if (endOfPlan.has(decision.action)) break;
    // A wait: jump to the first day anything can change — the next contact day (the one
    // next-contact rule) or the end of the ladder's own wait (a step that is no contact, such as a
    // write-off, does not wait for the contact gap); never backwards.
    const next = Math.min(caseContactDay(decision, state, day) ?? Infinity, decision.until ?? Infinity);
    day = next <= day ? day + 1 : next;
  }
  return steps;
}

/**
 * The same plan one working day at a time, without the jumps: the reference `contactCalendar` must equal.
 *
 * @example
 * walkDayByDay(account, noCaseFacts, 20488, defaultPolicy, 90, 14) //=> the same steps as contactCalendar
 */
export function walkDayByDay(account: Account, facts: CaseFacts, asOf: Day, policy: Policy, horizonDays: number, deadlineDays: number): CalendarStep[] {
  const steps: CalendarStep[] = [];
  let state = account;
  for (let day = asOf; day <= asOf + horizonDays; day += 1) {
    if (!isWorkingDay(day, policy)) continue;
    const decision = decideCase(state, facts, day, policy);
    if (!isTaken(decision.action)) {
      if (endOfPlan.has(decision.action)) break;
      continue;
    }
    steps.push({ day, action: decision.action, rule: decision.rule });
    if (endsPlan(decision.action)) break;
    state = sentState(state, decision.action, day, deadlineDays);
  }
  return steps;
}

/**
 * The account after a step was sent on a day, as Mark as sent records it (src/mail/markMeaning.ts):
 * a customer-facing step is a contact (one more reminder, Last contact that day); Ask sales
 * records "sales asked" and its day, and is no contact; a settlement offer also records "offered"
 * until its deadline. A Broken promise letter answers the broken promise, so the plan goes on
 * without it (in the sheet, the user clears or replaces the promise date).
 *
 * @example
 * sentState(account, "Ask sales", 20488, 14).status.salesAskedDay //=> 20488
 */
export function sentState(account: Account, action: Action, day: Day, deadlineDays: number): Account {
  if (action === "Ask sales") return { ...account, status: { ...account.status, salesAsked: true, salesAskedDay: day } };
  const contacted = { ...account, remindersSent: account.remindersSent + 1, lastContactDay: day };
  if (action === "Settlement offer") return { ...contacted, status: { ...contacted.status, settlementOffered: true, offeredUntil: day + deadlineDays } };
  if (action === "Broken promise") return { ...contacted, promiseDay: null };
  return contacted;
}

/** A step the desk takes on its day: a contact (or the note to sales), a check-in (R3), or the write-off. */
function isTaken(action: Action): boolean {
  return contactActions.has(action) || action === "Check in" || action === "Write off";
}

function endsPlan(action: Action): boolean {
  return isLegalPath(action) || action === "Write off";
}
