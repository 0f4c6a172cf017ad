import { chooseNextAction } from "../../src/core/nextAction";
import { defaultPolicy } from "../../src/core/policy";
import { describeDecision } from "../../src/core/reason";
import { account, AS_OF, overdueBy } from "./accounts";

const policy = defaultPolicy;
const next = (a = account(), asOf = AS_OF, p = policy) => chooseNextAction(a, asOf, p);

describe("the playbook's worked examples", () => {
  it("R1: the 30-day grace — day 29 waits, day 30 sends the first reminder", () => {
    expect(next(account(), overdueBy(29)).action).toBe("Wait");
    expect(next(account(), overdueBy(29)).rule).toBe("R1");
    expect(next(account(), overdueBy(30)).action).toBe("Reminder");
  });

  it("R17: the gap is a floor, the cadence the plan — 7 days after a contact still waits for the 10th day (issue 12)", () => {
    const contacted = (daysAgo: number) => account({ remindersSent: 1, lastContactDay: AS_OF - daysAgo });
    // AS_OF is Wednesday 2026-02-04: the 10th day after 2026-01-29 is Saturday 2026-02-07, so Monday.
    expect(next(contacted(6))).toMatchObject({ action: "Wait", rule: "R17", trigger: "workday", until: AS_OF + 5, waitingFor: "Consequences" });
    expect(next(contacted(7))).toMatchObject({ action: "Wait", rule: "R17", until: AS_OF + 5, waitingFor: "Consequences" });
    expect(next(contacted(8))).toMatchObject({ action: "Wait", trigger: "cadence", until: AS_OF + 2 });
    expect(next(contacted(10)).action).toBe("Consequences");
  });

  it("R17: a step's own date (a broken promise) comes before the cadence, never inside the gap", () => {
    // Promise on Monday 2026-02-02, last contact Friday 2026-01-30: the gap ends Friday 2026-02-06.
    const broken = account({ remindersSent: 1, promiseDay: AS_OF - 2, lastContactDay: AS_OF - 5 });
    expect(next(broken)).toMatchObject({ action: "Wait", trigger: "contactGap", until: AS_OF + 2, waitingFor: "Broken promise" });
    expect(next(broken, AS_OF + 2).action).toBe("Broken promise");
  });

  it("weekends and the policy's holidays: on a Saturday the step due Monday is named; a holiday moves the wait on", () => {
    const saturday = AS_OF + 3;
    expect(next(account(), saturday).action).toBe("Reminder");
    const christmas = { ...policy, holidays: [{ day: AS_OF + 5, name: "Test holiday" }] };
    // Contacted Wednesday 2026-01-28: the 10th day is a Saturday, Monday is a holiday → Tuesday.
    const contacted = account({ remindersSent: 1, lastContactDay: AS_OF - 7 });
    expect(next(contacted, AS_OF, christmas)).toMatchObject({ action: "Wait", trigger: "workday", until: AS_OF + 6 });
    expect(next(contacted, AS_OF, { ...policy, weekend: "none" })).toMatchObject({ action: "Wait", trigger: "cadence", until: AS_OF + 3 });
  });

  it("R19: a customer marked do not contact is never scheduled, whatever else holds", () => {
    expect(next(account({ remindersSent: 2, status: { doNotContact: true, disputed: true } }))).toMatchObject({ action: "Do not contact", rule: "R19" });
    expect(next(account({ balance: 0, status: { doNotContact: true } })).action).toBe("None");
  });

  it("R22: after the third reminder, ask sales (once)", () => {
    expect(next(account({ remindersSent: 3 }))).toMatchObject({ action: "Ask sales", rule: "R22" });
    expect(next(account({ remindersSent: 3, status: { salesAsked: true } })).action).toBe("Follow up");
  });

  it("R20: $10,000 120 days late, sales asked → offer a settlement", () => {
    const late = account({ balance: 10_000, remindersSent: 4, status: { salesAsked: true } });
    expect(next(late, overdueBy(120))).toMatchObject({ action: "Settlement offer", rule: "R20" });
  });
});

describe("the escalation ladder, step by step", () => {
  it.each([
    ["balance 0", account({ balance: 0 }), "None"],
    ["a credit", account({ balance: -50 }), "None"],
    ["disputed", account({ status: { disputed: true } }), "Resolve dispute"],
    ["promise to come", account({ promiseDay: AS_OF }), "Await promise"],
    ["promise passed", account({ promiseDay: AS_OF - 1 }), "Broken promise"],
    ["unreachable", account({ status: { unreachable: true } }), "Trace debtor"],
    ["no reminder", account(), "Reminder"],
    ["one reminder", account({ remindersSent: 1 }), "Consequences"],
    ["two reminders", account({ remindersSent: 2 }), "Incentive"],
    ["hardship after three", account({ remindersSent: 3, status: { hardship: true } }), "Payment plan"],
    ["three reminders", account({ remindersSent: 3 }), "Ask sales"],
  ])("%s → %s", (_, input, action) => expect(next(input).action).toBe(action));

  it("paid beats disputed; disputed beats a promise; a promise beats the grace period", () => {
    expect(next(account({ balance: 0, status: { disputed: true } })).action).toBe("None");
    expect(next(account({ promiseDay: AS_OF + 5, status: { disputed: true } })).action).toBe("Resolve dispute");
    expect(next(account({ promiseDay: overdueBy(20) }), overdueBy(10))).toMatchObject({ action: "Await promise", until: overdueBy(20) });
  });

  it("tracing an unreachable customer is no contact: it does not wait for the next contact day", () => {
    expect(next(account({ lastContactDay: AS_OF - 2, status: { unreachable: true } })).action).toBe("Trace debtor");
  });

  it("R2: a courtesy reminder when the policy asks for one, only before any contact", () => {
    const courteous = { ...policy, courtesyReminder: true };
    expect(next(account(), overdueBy(-4), courteous).action).toBe("Wait");
    expect(next(account(), overdueBy(-3), courteous)).toMatchObject({ action: "Courtesy reminder", rule: "R2" });
    expect(next(account({ lastContactDay: overdueBy(-3) }), overdueBy(5), courteous).action).toBe("Wait");
  });

  it("R2: a grace period of 0 starts reminders on the day after the due date", () => {
    const prompt = { ...policy, graceDays: 0 };
    expect(next(account(), overdueBy(0), prompt).action).toBe("Reminder");
  });
});

describe("after a settlement was offered: the legal path with the best expected net", () => {
  const offered = (balance: number) =>
    account({ balance, remindersSent: 4, lastContactDay: overdueBy(150), status: { salesAsked: true, settlementOffered: true } });

  it("an agency by default", () => {
    expect(next(offered(10_000), overdueBy(200))).toMatchObject({ action: "Agency", rule: "R10" });
  });

  it("small claims within the court's limit when it nets more (R11)", () => {
    const court = { ...policy, smallClaimsLimit: 12_500, smallClaimsCost: 75 };
    expect(next(offered(10_000), overdueBy(200), court)).toMatchObject({ action: "Small claims", rule: "R11" });
  });

  it("an attorney for a large balance (R12)", () => {
    expect(next(offered(80_000), overdueBy(200))).toMatchObject({ action: "Attorney", rule: "R12" });
  });

  it("R23: write off when no path brings in more than it costs", () => {
    const decision = next(offered(100), overdueBy(800));
    expect(decision).toMatchObject({ action: "Write off", rule: "R23" });
    expect(decision.expectedNet).toBeLessThanOrEqual(0);
  });
});

describe("reasons name the rule and the facts", () => {
  it.each([
    [account(), AS_OF, "Reminder — R4: 34 days overdue, no reminder sent yet"],
    [account({ remindersSent: 1 }), AS_OF, "Consequences — R5: 34 days overdue, 1 reminder unanswered"],
    [account(), overdueBy(12), "Wait — R1: 12 days overdue, inside the 30-day grace period until 2026-01-31"],
    [account({ balance: 0 }), AS_OF, "None: nothing to collect (balance 0 or a credit)"],
    [
      account({ remindersSent: 1, lastContactDay: AS_OF - 3 }),
      AS_OF,
      "Wait — R17: last contact 2026-02-01; Consequences on 2026-02-11, 10 days after it (every 10 days, never within 7)",
    ],
    [account({ promiseDay: AS_OF - 1 }), AS_OF, "Broken promise — R7: the promise to pay by 2026-02-03 passed unpaid; follow up one step firmer"],
  ])("%#: %s", (input, asOf, reason) => expect(describeDecision(next(input, asOf), input, policy)).toBe(reason));
});
