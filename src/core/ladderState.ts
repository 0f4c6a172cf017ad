// The desk's own record of ladder steps that are not contacts, kept in the Dunning status
// column of the aging list (never in the user's Status or notes): "sales asked 2026-12-02;
// offered 2026-12-02 until 2026-12-16", and the steps recorded in one click (a promise taken, a
// plan agreed, a dispute opened or resolved, a call; ladderEntries.ts). The status reader
// understands these entries, so the ladder functions read the user's Status and this column alike.
import { dayFromIsoText, isoTextOfDay, type Day } from "./days";
import { calledText, disputeText, planText, promiseText, recordedEntry, type DisputeStep, type PlanAgreed, type PromiseTaken } from "./ladderEntries";

/** The dated steps the desk records. */
export interface LadderState {
  /** R22: the day the account owner (sales) was asked. */
  readonly salesAsked: Day | null;
  /** R20: the day a settlement was offered and the day the offer runs to (null: no deadline). */
  readonly offered: { readonly day: Day; readonly until: Day | null } | null;
  /** R7: the promise to pay taken last (a plan agreed later replaces it). */
  readonly promised: PromiseTaken | null;
  /** R7: the payment plan agreed last (a promise taken later replaces it). */
  readonly plan: PlanAgreed | null;
  /** R8: the last dispute step: opened, or resolved. */
  readonly dispute: DisputeStep | null;
  /** The day of the last call recorded (a contact: Last contact and Reminders sent say so too). */
  readonly called: Day | null;
}

/** No step recorded. */
export const emptyLadderState: LadderState = { salesAsked: null, offered: null, promised: null, plan: null, dispute: null, called: null };

/**
 * Reads one entry such as "sales asked 2026-12-02" or "offered 2026-12-02 until 2026-12-16";
 * null when the text is not a dated entry.
 *
 * @example
 * ladderEntry("offered 2026-12-02 until 2026-12-16") //=> { offered: { day: 20789, until: 20803 } }
 * ladderEntry("sales asked") //=> null
 */
export function ladderEntry(text: string): Partial<LadderState> | null {
  const folded = text.trim().toLowerCase().replace(/\s+/g, " ");
  const match = /^(sales asked|offered) (\d{4}-\d\d-\d\d)(?: until (\d{4}-\d\d-\d\d))?$/.exec(folded);
  if (!match) return recordedEntry(folded);
  const day = dayFromIsoText(match[2] ?? "");
  const until = match[3] === undefined ? null : dayFromIsoText(match[3]);
  if (typeof day !== "number" || (until !== null && typeof until !== "number")) return null;
  if (match[1] === "sales asked") return until === null ? { salesAsked: day } : null;
  return { offered: { day, until } };
}

/**
 * Reads a Dunning status cell the desk wrote (entries separated by ";"); null when it holds
 * anything else (the user's words: not ours to rewrite). A blank cell is the empty state.
 *
 * @example
 * readLadderState("sales asked 2026-12-02; offered 2026-12-02 until 2026-12-16") //=> { salesAsked: 20789, offered: { day: 20789, until: 20803 } }
 * readLadderState("call back Monday") //=> null
 */
export function readLadderState(text: string): LadderState | null {
  let state = emptyLadderState;
  for (const part of text.split(";")) {
    if (part.trim() === "") continue;
    const entry = ladderEntry(part);
    if (entry === null) return null;
    state = { ...state, ...entry };
  }
  return state;
}

/**
 * The cell text of a state: its entries in ladder order, dates in ISO.
 *
 * @example
 * ladderStateText({ salesAsked: 20789, offered: { day: 20789, until: 20803 } }) //=> "sales asked 2026-12-02; offered 2026-12-02 until 2026-12-16"
 */
export function ladderStateText(state: LadderState): string {
  const parts: string[] = [];
  if (state.salesAsked !== null) parts.push(`sales asked ${isoTextOfDay(state.salesAsked)}`);
  if (state.offered !== null) parts.push(`offered ${isoTextOfDay(state.offered.day)}${state.offered.until === null ? "" : ` until ${isoTextOfDay(state.offered.until)}`}`);
  if (state.dispute !== null) parts.push(disputeText(state.dispute));
  if (state.promised !== null) parts.push(promiseText(state.promised));
  if (state.plan !== null) parts.push(planText(state.plan));
  if (state.called !== null) parts.push(calledText(state.called));
  return parts.join("; ");
}

/**
 * Each dated step at its latest of two records (the Contact Log's and the sheet's): a later
 * "sales asked", a later offer with its deadline, a later promise, plan, dispute step or call.
 *
 * @example
 * laterLadderState({ salesAsked: 20789, offered: null }, { salesAsked: 20780, offered: { day: 20800, until: 20814 } })
 * //=> { salesAsked: 20789, offered: { day: 20800, until: 20814 } }
 */
export function laterLadderState(seen: LadderState, step: Partial<LadderState>): LadderState {
  const later = <T>(mine: T | null, theirs: T | null | undefined, day: (value: T) => Day): T | null =>
    theirs !== null && theirs !== undefined && (mine === null || day(theirs) > day(mine)) ? theirs : mine;
  return {
    salesAsked: later(seen.salesAsked, step.salesAsked, (asked) => asked),
    offered: later(seen.offered, step.offered, (offer) => offer.day),
    promised: later(seen.promised, step.promised, (promise) => promise.day),
    plan: later(seen.plan, step.plan, (plan) => plan.day),
    dispute: later(seen.dispute, step.dispute, (dispute) => dispute.day),
    called: later(seen.called, step.called, (called) => called),
  };
}
