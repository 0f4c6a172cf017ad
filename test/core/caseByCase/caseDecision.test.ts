import fc from "fast-check";
import { decideCase, noCaseFacts, type CaseFacts } from "../../../src/core/caseDecision";
import { caseContactDay } from "../../../src/core/caseContactDay";
import { describeCase } from "../../../src/core/caseReason";
import { chooseNextAction } from "../../../src/core/nextAction";
import { defaultPolicy, type Policy } from "../../../src/core/policy";
import { account, AS_OF, DUE, overdueBy } from "../accounts";

const facts = (changes: Partial<CaseFacts> = {}): CaseFacts => ({ ...noCaseFacts, ...changes });
const reason = (a = account(), f = facts(), asOf = AS_OF, policy: Policy = defaultPolicy) => describeCase(decideCase(a, f, asOf, policy), a, policy);

describe("the minimum amount: a customer's total per currency below it is not dunned", () => {
  const policy = { ...defaultPolicy, minimumAmount: 5, minimumAmounts: { IDR: 50_000 } };

  it("says why in NEXTACTION and the reason", () => {
    const small = account({ balance: 3.2 });
    expect(decideCase(small, facts({ currency: "USD" }), AS_OF, policy).action).toBe("Below minimum");
    expect(reason(small, facts({ currency: "USD" }), AS_OF, policy)).toBe("Below minimum: the customer's open total 3.20 USD is below the minimum amount of 5.00 USD; not dunned");
  });

  it("weighs the customer's total, not the invoice's: three small invoices add up", () => {
    const small = account({ balance: 3 });
    expect(decideCase(small, facts({ customerTotal: 9, currency: "USD" }), AS_OF, policy).action).toBe("Reminder");
  });

  it("takes the currency's own row: Rp 40,000 is below IDR's 50,000, $40 is not below 5", () => {
    expect(decideCase(account({ balance: 40_000 }), facts({ currency: "IDR" }), AS_OF, policy).action).toBe("Below minimum");
    expect(decideCase(account({ balance: 40 }), facts({ currency: "USD" }), AS_OF, policy).action).toBe("Reminder");
  });

  it("by default (0) every balance is dunned", () => {
    expect(decideCase(account({ balance: 0.01 }), facts(), AS_OF, defaultPolicy).action).toBe("Reminder");
  });
});

describe("R3: check in after maxSilenceDays without contact, even when nothing new is due", () => {
  it("an invoice in its grace period, last contact 30 days ago: Check in", () => {
    const quiet = account({ lastContactDay: overdueBy(10) - 30 });
    const decision = decideCase(quiet, facts(), overdueBy(10), defaultPolicy);
    expect(decision).toMatchObject({ action: "Check in", rule: "R3" });
    expect(reason(quiet, facts(), overdueBy(10))).toMatch(/^Check in — R3: no contact since \d{4}-\d\d-\d\d \(30 days, 30 or more\); nothing new is due \(10 days overdue, inside the grace period\)/);
  });

  it("its next contact is today, or on a weekend the next working day, as nextContactDay moves every contact (R17)", () => {
    const thursday = overdueBy(7); // 2026-01-08
    const sunday = overdueBy(10); // 2026-01-11
    const quietSince = (day: number) => account({ lastContactDay: day - 30 });
    expect(caseContactDay(decideCase(quietSince(thursday), facts(), thursday, defaultPolicy), quietSince(thursday), thursday)).toBe(thursday);
    expect(caseContactDay(decideCase(quietSince(sunday), facts(), sunday, defaultPolicy), quietSince(sunday), sunday)).toBe(sunday + 1);
    expect(caseContactDay(decideCase(quietSince(sunday), facts(), sunday, { ...defaultPolicy, weekend: "none" }), quietSince(sunday), sunday)).toBe(sunday);
  });

  it("while it waits out the grace period, NEXTCONTACT names the check-in's day when that comes before the grace ends", () => {
    // Last contact 25 days before day 10 of the grace period: 29 days of silence, so Wait today;
    // the check-in falls due tomorrow (day 11, a Monday), well before the grace ends (day 30).
    const asOf = overdueBy(10); // Sunday 2026-01-11
    const quiet = account({ lastContactDay: asOf - 29 });
    const waiting = decideCase(quiet, facts(), asOf, defaultPolicy);
    expect(waiting.action).toBe("Wait");
    expect(caseContactDay(waiting, quiet, asOf)).toBe(asOf + 1);
    expect(decideCase(quiet, facts(), asOf + 1, defaultPolicy).action).toBe("Check in");
    // With R3 off, the grace period's end, as before (day 30 is Saturday 31 January: Monday).
    const off = { ...defaultPolicy, maxSilenceDays: 0 };
    expect(caseContactDay(decideCase(quiet, facts(), asOf, off), quiet, asOf)).toBe(overdueBy(32));
  });

  it("29 days of silence still waits; an invoice not yet due checks in too", () => {
    expect(decideCase(account({ lastContactDay: overdueBy(10) - 29 }), facts(), overdueBy(10), defaultPolicy).action).toBe("Wait");
    expect(decideCase(account({ lastContactDay: DUE - 45 }), facts(), DUE - 5, defaultPolicy).action).toBe("Check in");
  });

  it("never contacted, or maxSilenceDays 0: the ladder as it was", () => {
    expect(decideCase(account(), facts(), overdueBy(10), defaultPolicy).action).toBe("Wait");
    expect(decideCase(account({ lastContactDay: DUE - 90 }), facts(), overdueBy(10), { ...defaultPolicy, maxSilenceDays: 0 }).action).toBe("Wait");
  });
});

describe("R4/R13: the channel decides the medium", () => {
  it.each([
    ["phone", "call", "; by phone (R4): call or message, do not e-mail"],
    ["whatsapp", "call", "; by WhatsApp (R4): call or message, do not e-mail"],
    ["letter", "letter", "; by letter (R4, R13): send the letter's text in writing"],
    ["email", "email", ""],
  ] as const)("%s → %s", (channel, medium, clause) => {
    expect(decideCase(account(), facts({ channel }), AS_OF, defaultPolicy)).toMatchObject({ action: "Reminder", channel, medium });
    expect(reason(account(), facts({ channel }))).toBe(`Reminder — R4: 34 days overdue, no reminder sent yet${clause}`);
  });

  it("the policy's channel applies to rows without one; internal steps name no channel", () => {
    expect(decideCase(account(), facts(), AS_OF, { ...defaultPolicy, channel: "letter" }).medium).toBe("letter");
    expect(reason(account({ remindersSent: 3 }), facts({ channel: "phone" }))).not.toContain("by phone");
  });
});

describe("R14/R15: case by case", () => {
  const asOf = overdueBy(35);
  it("$250 from a ten-year customer who never missed: gentle, 15 more days of grace", () => {
    const loyal = facts({ customerSinceDay: asOf - 3650, customerTotal: 250, currency: "USD" });
    const decision = decideCase(account({ balance: 250 }), loyal, asOf, defaultPolicy);
    expect(decision).toMatchObject({ action: "Wait", rule: "R1", pace: "gentle" });
    expect(reason(account({ balance: 250 }), loyal, asOf)).toBe("Wait — R1: 35 days overdue, inside the 45-day grace period until 2026-02-15; long-standing customer owing little: 15 more days of grace (R15)");
  });

  it("$15,000 from a new customer who has paid nothing: firm, reminded from day 15", () => {
    const fresh = facts({ customerSinceDay: overdueBy(15) - 60, customerTotal: 15_000, currency: "USD" });
    const decision = decideCase(account({ balance: 15_000 }), fresh, overdueBy(15), defaultPolicy);
    expect(decision).toMatchObject({ action: "Reminder", pace: "firm", paceCause: "newLarge" });
    expect(reason(account({ balance: 15_000 }), fresh, overdueBy(15))).toContain("new customer with a large balance: 15 fewer days of grace (R15)");
    expect(chooseNextAction(account({ balance: 15_000 }), overdueBy(15), defaultPolicy).action).toBe("Wait");
  });

  it("a repeat late payer (R24) escalates faster whatever the tenure", () => {
    const late = facts({ customerSinceDay: AS_OF - 3650, customerTotal: 100, history: { latePayments: 2, brokenPromises: 1, reminders: 6 } });
    expect(decideCase(account({ balance: 100 }), late, overdueBy(20), defaultPolicy)).toMatchObject({ action: "Reminder", pace: "firm", paceCause: "repeatLate" });
  });

  it("unknown tenure, or caseByCaseDays 0: the standard pace", () => {
    expect(decideCase(account({ balance: 15_000 }), facts(), overdueBy(15), defaultPolicy).pace).toBe("standard");
    const off = { ...defaultPolicy, caseByCaseDays: 0 };
    expect(decideCase(account({ balance: 250 }), facts({ customerSinceDay: AS_OF - 3650 }), overdueBy(35), off).action).toBe("Reminder");
  });
});

describe("properties of decideCase", () => {
  const policies = fc.record({
    minimumAmount: fc.integer({ min: 0, max: 500 }),
    maxSilenceDays: fc.integer({ min: 0, max: 120 }),
    caseByCaseDays: fc.integer({ min: 0, max: 30 }),
  }).map((changes): Policy => ({ ...defaultPolicy, ...changes }));
  const accounts = fc.record({
    balance: fc.double({ min: -1000, max: 1e6, noNaN: true }),
    remindersSent: fc.integer({ min: 0, max: 8 }),
    lastContact: fc.option(fc.integer({ min: -400, max: 0 })),
    days: fc.integer({ min: -60, max: 800 }),
  });
  const caseFacts = fc.record({
    channel: fc.constantFrom(null, "email", "phone", "letter", "sms", "whatsapp", "fax" as const),
    since: fc.option(fc.integer({ min: 0, max: 8000 })),
    total: fc.option(fc.double({ min: -1000, max: 1e6, noNaN: true })),
  });

  it("never doubles as a next-contact rule: with no facts it is the ladder, unless R3 fires", () => {
    fc.assert(fc.property(accounts, policies, ({ balance, remindersSent, lastContact, days }, policy) => {
      const asOf = DUE + days;
      const a = account({ balance, remindersSent, lastContactDay: lastContact === null ? null : asOf + lastContact });
      const ladder = chooseNextAction(a, asOf, { ...policy, minimumAmount: 0 });
      const decided = decideCase(a, noCaseFacts, asOf, { ...policy, minimumAmount: 0, caseByCaseDays: 0 });
      if (decided.action !== "Check in") expect(decided.action).toBe(ladder.action);
      else expect(ladder).toMatchObject({ action: "Wait", trigger: "grace" });
    }));
  });

  it("a reason always names its step, and a customer-facing step off e-mail names the channel", () => {
    fc.assert(fc.property(accounts, caseFacts, policies, ({ balance, remindersSent, lastContact, days }, f, policy) => {
      const asOf = DUE + days;
      const a = account({ balance, remindersSent, lastContactDay: lastContact === null ? null : asOf + lastContact });
      const input = facts({ channel: f.channel, customerSinceDay: f.since === null ? null : asOf - f.since, customerTotal: f.total });
      const decision = decideCase(a, input, asOf, policy);
      const text = describeCase(decision, a, policy);
      expect(text.startsWith(decision.action)).toBe(true);
      if (decision.action === "Below minimum") expect(decision.total).toBeLessThan(policy.minimumAmount);
      if (decision.action === "Reminder" && decision.channel !== "email") expect(text).toContain("(R4");
    }));
  });
});
