import type { Day } from "../core/days";
import type { LadderState } from "../core/ladderState";
import type { DraftRequest } from "./draftRequest";

/** What marking a message as sent records on its invoices' rows. */
export interface MarkMeaning {
  /** The customer was contacted: Last contact is the day, one more reminder sent. */
  readonly contact: boolean;
  /** Steps for the desk's Dunning status column, or null. */
  readonly state: Partial<LadderState> | null;
}

/**
 * What a sent message means for the ladder (issue 12): every customer-facing step (reminder,
 * consequences, incentive, payment plan, settlement offer, final notice, a call or letter for a
 * customer without email) is a contact; *Ask sales* goes to the account owner, so it is no
 * contact — it records "sales asked" and its day (the ladder then waits salesReplyDays); a
 * settlement offer also records "offered" with its day and deadline.
 *
 * @param draft - the message's draft (stage and deadline)
 * @param day - the day it was sent
 *
 * @example
 * markMeaning({ ...draft, stage: "Ask sales" }, 20789) //=> { contact: false, state: { salesAsked: 20789 } }
 * markMeaning({ ...draft, stage: "Settlement offer", deadline: 20803 }, 20789) //=> { contact: true, state: { offered: { day: 20789, until: 20803 } } }
 */
export function markMeaning(draft: Pick<DraftRequest, "stage" | "deadline">, day: Day): MarkMeaning {
  switch (draft.stage) {
    case "Ask sales":
      return { contact: false, state: { salesAsked: day } };
    case "Settlement offer":
      return { contact: true, state: { offered: { day, until: draft.deadline } } };
    default:
      return { contact: true, state: null };
  }
}
