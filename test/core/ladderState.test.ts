import fc from "fast-check";
import { chooseNextAction } from "../../src/core/nextAction";
import { dayFromIsoText, type Day } from "../../src/core/days";
import { defaultPolicy } from "../../src/core/policy";
import { describeDecision } from "../../src/core/reason";
import { emptyLadderState, ladderStateText, readLadderState } from "../../src/core/ladderState";
import { readInvoiceStatus } from "../../src/core/invoiceStatus";
import { noStatus, type StatusFlags } from "../../src/core/status";

const readStatus = (status: string) => {
  const reading = readInvoiceStatus({ status, notes: null });
  return reading.ok ? reading.flags : reading.word;
};
import { account, AS_OF } from "./accounts";

const day = (iso: string) => dayFromIsoText(iso) as Day;

describe("the Dunning status column's entries", () => {
  it.each([
    ["", {}],
    ["sales asked 2026-12-02", { salesAsked: day("2026-12-02") }],
    ["Sales asked 2026-12-02;  offered 2026-12-02 until 2026-12-16", { salesAsked: day("2026-12-02"), offered: { day: day("2026-12-02"), until: day("2026-12-16") } }],
    ["offered 2026-12-02", { offered: { day: day("2026-12-02"), until: null } }],
  ])("%j", (text, state) => expect(readLadderState(text)).toEqual({ ...emptyLadderState, ...state }));

  it.each(["call back Monday", "sales asked", "sales asked 2026-02-30", "sales asked 2026-12-02 until 2026-12-09"])("is not the desk's: %j", (text) => expect(readLadderState(text)).toBeNull());

  it("writes what it reads (property)", () => {
    const someDay = fc.integer({ min: 0, max: 2_900_000 });
    const cents = fc.integer({ min: 0, max: 10_000_000_000 }).map((value) => value / 100);
    const interval = fc.oneof(fc.record({ months: fc.integer({ min: 1, max: 24 }) }), fc.record({ days: fc.integer({ min: 1, max: 400 }) }));
    const state = fc.record({
      salesAsked: fc.option(someDay), offered: fc.option(fc.record({ day: someDay, until: fc.option(someDay) })),
      promised: fc.option(fc.record({ day: someDay, payBy: someDay, amount: fc.option(cents) })),
      plan: fc.option(fc.record({ day: someDay, total: cents, count: fc.integer({ min: 1, max: 999 }), first: someDay, interval })),
      dispute: fc.option(fc.record({ open: fc.boolean(), day: someDay })), called: fc.option(someDay),
    });
    fc.assert(fc.property(state, (value) => expect(readLadderState(ladderStateText(value))).toEqual(value)), { seed: 12, numRuns: 2_000 });
  });

  it("is read by the status reader beside the user's own words", () => {
    expect(readStatus("hardship; sales asked 2026-12-02; offered 2026-12-02 until 2026-12-16")).toEqual({
      ...noStatus, hardship: true, salesAsked: true, salesAskedDay: day("2026-12-02"), settlementOffered: true, offeredUntil: day("2026-12-16"),
    });
    expect(readStatus("disputed/hardship; sales asked 2026-12-02")).toMatchObject({ disputed: true, hardship: true, salesAskedDay: day("2026-12-02") });
    expect(readStatus("; sales asked 2026-12-02")).toMatchObject({ salesAsked: true });
  });

  it("never throws on any text (property)", () => {
    fc.assert(fc.property(fc.string(), (text) => {
      readLadderState(text);
      readStatus(text);
    }), { seed: 12, numRuns: 5_000 });
  });
});

describe("the ladder after a recorded step (issue 12: no loop at Ask sales)", () => {
  const asked = (daysAgo: number): Partial<StatusFlags> => ({ salesAsked: true, salesAskedDay: AS_OF - daysAgo });
  it("waits salesReplyDays after sales was asked, then follows up", () => {
    const sent = (daysAgo: number) => chooseNextAction(account({ remindersSent: 3, lastContactDay: AS_OF - 20, status: asked(daysAgo) }), AS_OF, defaultPolicy);
    expect(sent(0)).toMatchObject({ action: "Wait", rule: "R22", trigger: "salesReply", until: AS_OF + 7 });
    expect(sent(6)).toMatchObject({ action: "Wait", until: AS_OF + 1 });
    expect(sent(7).action).toBe("Follow up");
    expect(chooseNextAction(account({ remindersSent: 3, status: asked(0) }), AS_OF, { ...defaultPolicy, salesReplyDays: 0 }).action).toBe("Follow up");
  });

  it("says why it waits", () => {
    const facts = account({ remindersSent: 3, status: asked(2) });
    expect(describeDecision(chooseNextAction(facts, AS_OF, defaultPolicy), facts, defaultPolicy)).toMatch(/^Wait — R22: .*sales asked on \d{4}-\d\d-\d\d; wait for their answer until \d{4}-\d\d-\d\d \(7 days\)$/);
  });

  it("leaves a recorded offer its deadline, then takes the legal path", () => {
    const offered = (until: Day) => account({ balance: 10_000, remindersSent: 5, dueDay: AS_OF - 140, status: { salesAsked: true, settlementOffered: true, offeredUntil: until } });
    expect(chooseNextAction(offered(AS_OF), AS_OF, defaultPolicy)).toMatchObject({ action: "Wait", rule: "R20", trigger: "offerPending", until: AS_OF + 1 });
    expect(chooseNextAction(offered(AS_OF - 1), AS_OF, defaultPolicy).action).toBe("Agency");
  });
});
