// Issue 12: steps recorded in one click (a promise, a plan, a dispute opened or resolved, a call)
// are read from the Dunning status column and steer NEXTACTION.
import { chooseNextAction } from "../../src/core/nextAction";
import { dayFromIsoText, type Day } from "../../src/core/days";
import { defaultPolicy } from "../../src/core/policy";
import { describeDecision } from "../../src/core/reason";
import { promiseDayOf, readInvoiceStatus, type InvoiceStatus } from "../../src/core/invoiceStatus";
import { readLadderState } from "../../src/core/ladderState";
import { planProgress } from "../../src/core/planProgress";
import { account, AS_OF } from "./accounts";

const iso = (day: Day) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const status = (text: string) => readInvoiceStatus({ status: text, notes: null }) as InvoiceStatus;

/** The ladder's answer for the status text, as the AR formulas read it (promise day included). */
function decide(text: string, changes: Parameters<typeof account>[0] = {}, asOf = AS_OF) {
  const reading = status(text);
  const facts = account({ remindersSent: 1, lastContactDay: AS_OF - 20, ...changes, promiseDay: promiseDayOf(null, reading, "iso"), status: reading.flags });
  const decision = chooseNextAction(facts, asOf, defaultPolicy);
  return { ...decision, reason: describeDecision(decision, facts, defaultPolicy) };
}

describe("the recorded steps' entries", () => {
  it.each([
    ["promised 2026-12-02 to pay 500.00 by 2026-12-20", { promised: { day: dayFromIsoText("2026-12-02"), payBy: dayFromIsoText("2026-12-20"), amount: 500 } }],
    ["Promised 2026-12-02 to pay by 2026-12-20", { promised: { day: dayFromIsoText("2026-12-02"), payBy: dayFromIsoText("2026-12-20"), amount: null } }],
    ["plan agreed 2026-12-02: 1500.00 in 3 instalments monthly from 2026-12-15", { plan: { day: dayFromIsoText("2026-12-02"), total: 1500, count: 3, first: dayFromIsoText("2026-12-15"), interval: { months: 1 } } }],
    ["plan agreed 2026-12-02: 90 in 1 instalment every 10 days from 2026-12-15", { plan: { day: dayFromIsoText("2026-12-02"), total: 90, count: 1, first: dayFromIsoText("2026-12-15"), interval: { days: 10 } } }],
    ["dispute opened 2026-12-02; dispute resolved 2026-12-09", { dispute: { open: false, day: dayFromIsoText("2026-12-09") } }],
    ["called 2026-12-02", { called: dayFromIsoText("2026-12-02") }],
  ])("%j", (text, state) => expect(readLadderState(text)).toMatchObject(state));

  it.each(["promised 2026-12-02 to pay -5 by 2026-12-20", "plan agreed 2026-12-02: 1500 in 0 instalments monthly from 2026-12-15", "plan agreed 2026-12-02: 1500 in 3 instalments yearly from 2026-12-15", "dispute closed 2026-12-02", "called"])("is not the desk's: %j", (text) => {
    expect(readLadderState(text)).toBeNull();
  });
});

describe("NEXTACTION after a recorded step", () => {
  it("waits for a promise until its day, then follows up the broken promise", () => {
    const promise = `promised ${iso(AS_OF - 1)} to pay by ${iso(AS_OF + 5)}`;
    expect(decide(promise)).toMatchObject({ action: "Await promise", rule: "R7", until: AS_OF + 5 });
    expect(decide(promise, {}, AS_OF + 5).action).toBe("Await promise");
    expect(decide(promise, {}, AS_OF + 6)).toMatchObject({ action: "Broken promise", rule: "R7" });
  });

  it("lets the user's own promise words decide over the desk's record", () => {
    const reading = readInvoiceStatus({ status: `promised ${iso(AS_OF)} to pay by ${iso(AS_OF + 5)}`, notes: `promise to pay ${iso(AS_OF + 9)}` }) as InvoiceStatus;
    expect(promiseDayOf(null, reading, "iso")).toBe(AS_OF + 9);
    expect(promiseDayOf(AS_OF + 2, reading, "iso")).toBe(AS_OF + 2);
  });

  it("resolves a dispute until it is recorded resolved", () => {
    expect(decide(`dispute opened ${iso(AS_OF - 3)}`)).toMatchObject({ action: "Resolve dispute", rule: "R8" });
    expect(decide(`dispute opened ${iso(AS_OF - 3)}; dispute resolved ${iso(AS_OF)}`).action).toBe("Consequences");
    // The user's Status words still decide: "disputed" there stays disputed.
    expect(decide(`disputed; dispute resolved ${iso(AS_OF)}`).action).toBe("Resolve dispute");
  });

  it("follows a plan: the next instalment is awaited, a missed one followed up", () => {
    const plan = `plan agreed ${iso(AS_OF - 10)}: 1200.00 in 3 instalments every 30 days from ${iso(AS_OF + 1)}`;
    expect(decide(plan)).toMatchObject({ action: "Await promise", rule: "R7", trigger: "planOnTrack", until: AS_OF + 1 });
    expect(decide(plan, {}, AS_OF + 2)).toMatchObject({ action: "Broken promise", rule: "R7", trigger: "planBehind" });
    // The first instalment paid: the second is awaited, then missed.
    expect(decide(plan, { balance: 800 }, AS_OF + 2)).toMatchObject({ action: "Await promise", until: AS_OF + 31 });
    expect(decide(plan, { balance: 800 }, AS_OF + 32).reason).toMatch(/payment plan agreed on .* is behind \(800\.00 due by now, 400\.00 paid; the instalment of .* was missed\)/);
    expect(decide(plan, { balance: 0 }, AS_OF + 200).action).toBe("None");
  });

  it("says which instalment it waits for", () => {
    const plan = `plan agreed ${iso(AS_OF - 10)}: 1200.00 in 3 instalments monthly from ${iso(AS_OF + 1)}`;
    expect(decide(plan).reason).toBe(`Await promise — R7: 34 days overdue, payment plan agreed on ${iso(AS_OF - 10)}; the next instalment is due ${iso(AS_OF + 1)}`);
  });
});

describe("planProgress", () => {
  const plan = { day: AS_OF, total: 1000, count: 3, first: AS_OF + 10, interval: { months: 1 } } as const;
  it.each([
    [1000, AS_OF, { kind: "onTrack", next: { day: AS_OF + 10, amount: 333.33 } }],
    [1000, AS_OF + 10, { kind: "onTrack" }],
    [1000, AS_OF + 11, { kind: "behind", dueSoFar: 333.33, paid: 0, missedDay: AS_OF + 10 }],
    [666.67, AS_OF + 11, { kind: "onTrack", next: { amount: 333.33 } }],
    [0.01, AS_OF + 400, { kind: "behind", dueSoFar: 1000, paid: 999.99 }],
    [1200, AS_OF, { kind: "onTrack" }],
  ])("balance %d on day +%#", (balance, asOf, progress) => expect(planProgress(plan, balance, asOf)).toMatchObject(progress));

  it("is over when the plan is paid yet a balance remains", () => {
    expect(planProgress({ ...plan, total: 100 }, -1, AS_OF)).toEqual({ kind: "over" });
  });
});
