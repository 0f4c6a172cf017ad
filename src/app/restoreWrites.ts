// Pure: what restoring an invoice's state from the Contact Log writes on its row — only where the
// list holds less than the log: an empty cell, an older Last contact, a lower Reminders sent, a
// Dunning status without the log's later steps. A user's newer or higher value is never
// overwritten; a cell the desk would fill that holds text it cannot read (or, as the row-patch
// plan sees, a formula) is foreign: replaced only with consent.
import { isDateFormat } from "../core/ledgerCells";
import { serialFromDay, type DateSystem, type Day } from "../core/days";
import { ladderStateText, laterLadderState, readLadderState } from "../core/ladderState";
import type { CellState } from "../workbook/port";
import type { NextCell } from "../workbook/rowPatch";
import { TEXT_FORMAT } from "../workbook/textCell";
import type { LoggedState } from "./loggedState";
import { isBlankCell, type DeskRowWrite } from "./patchDeskColumns";

/** What the analysis read of the row's own cells (so a text date the list reads is compared as a date). */
export interface ListedState {
  readonly lastContactDay: Day | null;
  readonly remindersSent: number;
}

/**
 * The writers of one invoice's restore: a column the log has nothing for gets none.
 *
 * @param state - the invoice's state as the log records it (`loggedStates`)
 * @param listed - what the list holds, as read
 * @param dateSystem - the workbook's (Last contact is written as its serial)
 *
 * @example
 * restoreWrites({ lastContact: 20489, remindersSent: 2, ladder: emptyLadderState }, { lastContactDay: null, remindersSent: 0 }, 1900).remindersSent?.(blankCell, false)
 * //=> { value: 2, numberFormat: null, foreign: false }
 */
export function restoreWrites(state: LoggedState, listed: ListedState, dateSystem: DateSystem): DeskRowWrite["writes"] {
  const writes: DeskRowWrite["writes"] = {};
  const { lastContact, remindersSent, ladder } = state;
  if (lastContact !== null) {
    const serial = serialFromDay(lastContact, dateSystem);
    const listedSerial = listed.lastContactDay === null ? null : serialFromDay(listed.lastContactDay, dateSystem);
    writes.lastContact = (cell, created) => {
      const held = isBlankCell(cell) ? null : typeof cell.value === "number" ? Math.floor(cell.value) : listedSerial;
      if (held !== null && held >= serial) return null;
      return { value: serial, numberFormat: isDateFormat(cell.numberFormat) ? null : "yyyy-mm-dd", foreign: foreign(cell, created, typeof cell.value === "number") };
    };
  }
  if (remindersSent > 0) {
    writes.remindersSent = (cell, created) => {
      const held = isBlankCell(cell) ? 0 : typeof cell.value === "number" ? cell.value : listed.remindersSent;
      if (held >= remindersSent) return null;
      return { value: remindersSent, numberFormat: null, foreign: foreign(cell, created, typeof cell.value === "number") };
    };
  }
  if (ladder.salesAsked !== null || ladder.offered !== null) writes.dunningStatus = (cell, created) => nextStatus(cell, created, ladder);
  return writes;
}

/** The Dunning status with the log's later steps; null when it holds them already. */
function nextStatus(cell: CellState, created: boolean, ladder: LoggedState["ladder"]): NextCell | null {
  const text = typeof cell.value === "string" ? cell.value : "";
  const current = isBlankCell(cell) ? readLadderState("") : readLadderState(text);
  if (current === null) return { value: ladderStateText(ladder), numberFormat: TEXT_FORMAT, foreign: true };
  const merged = ladderStateText(laterLadderState(current, ladder));
  if (merged === ladderStateText(current)) return null;
  return { value: merged, numberFormat: TEXT_FORMAT, foreign: foreign(cell, created, true) };
}

/** Content the desk did not write: anything in a column this write creates, or text where the desk writes a number. */
function foreign(cell: CellState, created: boolean, readable: boolean): boolean {
  if (isBlankCell(cell)) return false;
  return created || !readable;
}
