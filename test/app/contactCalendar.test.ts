import fc from "fast-check";
import { contactCalendar, walkDayByDay } from "../../src/app/contactCalendar";
import { noCaseFacts } from "../../src/core/caseDecision";
import { isoTextOfDay, type Day } from "../../src/core/days";
import type { Account } from "../../src/core/ladderStep";
import { defaultPolicy, type Policy } from "../../src/core/policy";
import { noStatus } from "../../src/core/status";

const AS_OF = 20_488 as Day; // Wednesday 2026-02-04
const fresh: Account = { dueDay: AS_OF - 35, balance: 10_000, remindersSent: 0, lastContactDay: null, promiseDay: null, status: noStatus };
const plan = (account: Account, policy: Policy = defaultPolicy, horizon = 90) => contactCalendar(account, noCaseFacts, AS_OF, policy, horizon, 14);
const shown = (steps: ReturnType<typeof plan>) => steps.map((step) => `${isoTextOfDay(step.day)} ${step.action}`);

describe("contactCalendar: the next 90 days if nothing is paid", () => {
  it("walks a fresh invoice up the ladder on working days, a cadence apart, sales asked without a contact", () => {
    expect(shown(plan(fresh))).toEqual([
      "2026-02-04 Reminder",
      "2026-02-16 Consequences", // 4 Feb + 10 is Saturday the 14th: Monday
      "2026-02-26 Incentive",
      "2026-03-09 Ask sales", // 26 Feb + 10 is Sunday 8 March: Monday
      "2026-03-16 Follow up", // sales answer awaited salesReplyDays (7); last contact 26 Feb + 10 already passed
      "2026-03-26 Follow up",
      "2026-04-06 Follow up",
      "2026-04-16 Follow up",
      "2026-04-27 Follow up",
    ]);
  });

  it("offers a settlement at the settlement age, waits out its deadline, then takes the legal path and stops", () => {
    const old: Account = { ...fresh, dueDay: AS_OF - 119, remindersSent: 3, lastContactDay: AS_OF - 10, status: { ...noStatus, salesAsked: true } };
    expect(shown(plan(old))).toEqual(["2026-02-04 Follow up", "2026-02-16 Settlement offer", "2026-03-03 Agency"]);
  });

  it("waits for a promise, then follows up the broken promise and goes on", () => {
    const promised: Account = { ...fresh, remindersSent: 1, lastContactDay: AS_OF - 20, promiseDay: AS_OF + 5 };
    expect(shown(plan(promised, defaultPolicy, 30))).toEqual(["2026-02-10 Broken promise", "2026-02-20 Incentive", "2026-03-02 Ask sales"]);
  });

  it("plans nothing for a disputed, unreachable, paid or do-not-contact customer", () => {
    for (const account of [
      { ...fresh, status: { ...noStatus, disputed: true } }, { ...fresh, status: { ...noStatus, doNotContact: true } }, { ...fresh, balance: 0 },
    ]) expect(plan(account)).toEqual([]);
    expect(shown(plan({ ...fresh, status: { ...noStatus, unreachable: true } }))).toEqual([]);
  });

  it("equals the ladder walked day by day, for any invoice and policy (fast-check)", () => {
    const flags = fc.record({
      disputed: fc.boolean(), hardship: fc.boolean(), unreachable: fc.boolean(), settlementOffered: fc.boolean(), salesAsked: fc.boolean(), doNotContact: fc.constant(false),
      salesAskedDay: fc.option(fc.integer({ min: -30, max: 0 }).map((offset) => AS_OF + offset)), offeredUntil: fc.constant(null), promisedDay: fc.constant(null), plan: fc.constant(null),
    });
    const account = fc.record({
      dueDay: fc.integer({ min: -20, max: 800 }).map((age) => AS_OF - age),
      balance: fc.oneof(fc.constant(0), fc.double({ min: 1, max: 200_000, noNaN: true })),
      remindersSent: fc.integer({ min: 0, max: 6 }),
      lastContactDay: fc.option(fc.integer({ min: 0, max: 60 }).map((ago) => AS_OF - ago)),
      promiseDay: fc.option(fc.integer({ min: -30, max: 30 }).map((offset) => AS_OF + offset), { freq: 4 }),
      status: flags,
    });
    const policy = fc.record({
      cadenceDays: fc.integer({ min: 1, max: 30 }), minContactGapDays: fc.integer({ min: 0, max: 14 }), graceDays: fc.integer({ min: 0, max: 60 }),
      salesReplyDays: fc.integer({ min: 0, max: 14 }), courtesyReminder: fc.boolean(), weekend: fc.constantFrom("Sat Sun", "Fri Sat", "none"),
      maxSilenceDays: fc.integer({ min: 0, max: 60 }), smallClaimsLimit: fc.constantFrom(0, 10_000),
      holidays: fc.constantFrom([], [{ day: AS_OF + 12, name: "" }, { day: AS_OF + 40, name: "" }]),
    }).map((settings) => ({ ...defaultPolicy, ...settings }));
    fc.assert(
      fc.property(account, policy, fc.integer({ min: 1, max: 30 }), (facts, rules, deadlineDays) => {
        expect(contactCalendar(facts, noCaseFacts, AS_OF, rules, 90, deadlineDays)).toEqual(walkDayByDay(facts, noCaseFacts, AS_OF, rules, 90, deadlineDays));
      }),
      { numRuns: 2_000, seed: 20_261_202 },
    );
  });
});
