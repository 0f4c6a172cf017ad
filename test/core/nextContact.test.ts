import { nextContactDay } from "../../src/core/nextContact";
import { defaultPolicy } from "../../src/core/policy";
import { account, AS_OF, DUE, overdueBy } from "./accounts";

const policy = defaultPolicy;

describe("nextContactDay (R17: never inside the minimum gap)", () => {
  it.each([
    ["nothing owed: none", account({ balance: 0 }), AS_OF, null],
    ["never contacted, step due: today", account(), AS_OF, AS_OF],
    ["in grace: when grace ends (Saturday 2026-01-31), on Monday", account(), overdueBy(10), DUE + 32],
    ["contacted exactly 7 days ago: the cadence day, 3 days on (issue 12)", account({ remindersSent: 1, lastContactDay: AS_OF - 8 }), AS_OF - 1, AS_OF + 2],
    ["do not contact: none", account({ status: { doNotContact: true } }), AS_OF, null],
    ["contacted 3 days ago: at the cadence, 10 days after", account({ remindersSent: 1, lastContactDay: AS_OF - 3 }), AS_OF, AS_OF + 7],
    ["contacted 8 days ago: the cadence day, 2 days on", account({ remindersSent: 1, lastContactDay: AS_OF - 8 }), AS_OF, AS_OF + 2],
    ["contacted 20 days ago: today", account({ remindersSent: 1, lastContactDay: AS_OF - 20 }), AS_OF, AS_OF],
    ["awaiting a promise: the day after it", account({ promiseDay: AS_OF + 5 }), AS_OF, AS_OF + 6],
    ["promise tomorrow, contacted yesterday: not before the gap", account({ promiseDay: AS_OF + 1, lastContactDay: AS_OF - 1 }), AS_OF, AS_OF + 6],
  ])("%s", (_, input, asOf, expected) => expect(nextContactDay(input, asOf, policy)).toBe(expected));

  it("R2: with a courtesy reminder, the day it may go out", () => {
    expect(nextContactDay(account(), overdueBy(-10), { ...policy, courtesyReminder: true })).toBe(DUE - 3);
  });

  it("is never inside the gap, for any last contact", () => {
    for (let daysAgo = 0; daysAgo < 30; daysAgo += 1) {
      const last = AS_OF - daysAgo;
      const next = nextContactDay(account({ remindersSent: 2, lastContactDay: last }), AS_OF, policy);
      expect(next).toBeGreaterThanOrEqual(last + policy.minContactGapDays);
    }
  });
});
