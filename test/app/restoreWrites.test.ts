import { emptyLadderState } from "../../src/core/ladderState";
// What a restore writes on one row (issue 12 item 2): only where the list holds less than the log.
import { restoreWrites } from "../../src/app/restoreWrites";
import { dayFromIsoText, type Day } from "../../src/core/days";
import type { CellState } from "../../src/workbook/port";

const FEB_5 = 46_058; // 2026-02-05
const day = (iso: string) => dayFromIsoText(iso) as Day;
const cell = (value: unknown, formula: string | null = null, numberFormat = "General"): CellState => ({ value, formula, numberFormat });
const logged = { lastContact: day("2026-02-05"), remindersSent: 3, ladder: { ...emptyLadderState, salesAsked: day("2026-01-20") } };
const writes = restoreWrites(logged, { lastContactDay: day("2026-02-10"), remindersSent: 5 }, 1900);

describe("restoreWrites", () => {
  it.each([
    ["an empty cell gets the log's day", cell(""), { value: FEB_5, numberFormat: "yyyy-mm-dd", foreign: false }],
    ["an older day gets the log's, in the cell's date format", cell(FEB_5 - 9, null, "dd.mm.yyyy"), { value: FEB_5, numberFormat: null, foreign: false }],
    ["the same day stays", cell(FEB_5 + 0.5), null],
    ["a newer day (the user's) stays", cell(FEB_5 + 3), null],
    ["a text date the list reads as newer stays", cell("10.02.2026"), null],
  ])("Last contact: %s", (_case, current, expected) => {
    expect(writes.lastContact?.(current, false)).toEqual(expected);
  });

  it("Last contact: text the list cannot read as a later day is foreign (asked about)", () => {
    const older = restoreWrites(logged, { lastContactDay: null, remindersSent: 0 }, 1900);
    expect(older.lastContact?.(cell("see notes"), false)).toEqual({ value: FEB_5, numberFormat: "yyyy-mm-dd", foreign: true });
  });

  it.each([
    ["empty", cell(""), { value: 3, numberFormat: null, foreign: false }],
    ["lower", cell(1), { value: 3, numberFormat: null, foreign: false }],
    ["equal", cell(3), null],
    ["higher (the user counted more)", cell(4), null],
    ["a formula's lower result (the row-patch plan asks before replacing it)", cell(2, "=B2+1"), { value: 3, numberFormat: null, foreign: false }],
    ["anything in a column this write creates", cell(1), { value: 3, numberFormat: null, foreign: true }, true],
  ])("Reminders sent: %s", (_case, current, expected, created = false) => {
    expect(writes.remindersSent?.(current, created)).toEqual(expected);
  });

  it.each([
    ["empty", "", { value: "sales asked 2026-01-20", foreign: false }],
    ["an earlier step of the desk's", "sales asked 2026-01-02", { value: "sales asked 2026-01-20", foreign: false }],
    ["a later step kept, the log's other step added", "sales asked 2026-01-25", null],
    ["the user's words: foreign", "call back Monday", { value: "sales asked 2026-01-20", foreign: true }],
  ])("Dunning status: %s", (_case, text, expected) => {
    const next = writes.dunningStatus?.(cell(text), false) ?? null;
    expect(next === null ? null : { value: next.value, foreign: next.foreign }).toEqual(expected);
  });

  it("Dunning status: adds a later offer to the desk's own earlier entry", () => {
    const offer = restoreWrites({ ...logged, ladder: { ...emptyLadderState, offered: { day: day("2026-02-05"), until: day("2026-02-19") } } }, { lastContactDay: null, remindersSent: 0 }, 1900);
    expect(offer.dunningStatus?.(cell("sales asked 2026-01-20"), false)?.value).toBe("sales asked 2026-01-20; offered 2026-02-05 until 2026-02-19");
  });

  it("writes nothing for a column the log has nothing for", () => {
    expect(Object.keys(restoreWrites({ lastContact: null, remindersSent: 0, ladder: { ...emptyLadderState, salesAsked: day("2026-01-20") } }, { lastContactDay: null, remindersSent: 0 }, 1900))).toEqual(["dunningStatus"]);
  });
});
