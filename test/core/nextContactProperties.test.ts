import fc from "fast-check";
import { chooseNextAction } from "../../src/core/nextAction";
import { nextContactDay } from "../../src/core/nextContact";
import { defaultPolicy, type Policy } from "../../src/core/policy";
import { readPolicyTable } from "../../src/core/policyTable";
import { noStatus, type StatusFlags } from "../../src/core/status";
import { isWorkingDay, weekdayOf } from "../../src/core/workingDays";
import type { Account } from "../../src/core/nextAction";

const AS_OF = Date.UTC(2026, 1, 4) / 86_400_000;

const status: fc.Arbitrary<StatusFlags> = fc.record({
  disputed: fc.boolean(), hardship: fc.boolean(), unreachable: fc.boolean(),
  settlementOffered: fc.boolean(), salesAsked: fc.boolean(), doNotContact: fc.boolean(),
  // Recorded ladder state (issue 12): a day sales was asked, an offer's deadline, or none.
  salesAskedDay: fc.option(fc.integer({ min: AS_OF - 60, max: AS_OF }), { nil: null }),
  offeredUntil: fc.option(fc.integer({ min: AS_OF - 30, max: AS_OF + 30 }), { nil: null }),
  // Steps recorded in one click: a promise's day, an agreed plan.
  promisedDay: fc.option(fc.integer({ min: AS_OF - 30, max: AS_OF + 30 }), { nil: null }),
  plan: fc.option(fc.record({
    day: fc.integer({ min: AS_OF - 90, max: AS_OF }), total: fc.integer({ min: 1, max: 100_000 }), count: fc.integer({ min: 1, max: 12 }),
    first: fc.integer({ min: AS_OF - 90, max: AS_OF + 30 }), interval: fc.oneof(fc.constant({ months: 1 }), fc.constant({ days: 14 })),
  }), { nil: null }),
});
const account: fc.Arbitrary<Account> = fc.record({
  dueDay: fc.integer({ min: AS_OF - 800, max: AS_OF + 60 }),
  balance: fc.oneof(fc.constant(0), fc.integer({ min: -500, max: 100_000 })),
  remindersSent: fc.integer({ min: 0, max: 8 }),
  lastContactDay: fc.option(fc.integer({ min: AS_OF - 60, max: AS_OF }), { nil: null }),
  promiseDay: fc.option(fc.integer({ min: AS_OF - 30, max: AS_OF + 30 }), { nil: null }),
  status: fc.oneof(fc.constant(noStatus), status),
});
const policy: fc.Arbitrary<Policy> = fc
  .record({
    gap: fc.integer({ min: 0, max: 14 }),
    extra: fc.integer({ min: 0, max: 14 }),
    weekend: fc.constantFrom("Sat Sun", "Fri Sat", "Sun", "none"),
    holidays: fc.uniqueArray(fc.integer({ min: AS_OF - 5, max: AS_OF + 40 }), { maxLength: 8 }),
    courtesyReminder: fc.boolean(),
  })
  .map(({ gap, extra, weekend, holidays, courtesyReminder }) => ({
    ...defaultPolicy,
    minContactGapDays: gap,
    cadenceDays: gap + extra,
    weekend,
    courtesyReminder,
    holidays: holidays.sort((a, b) => a - b).map((day) => ({ day, name: "holiday" })),
  }));
const asOf = fc.integer({ min: AS_OF - 3, max: AS_OF + 10 });

describe("nextContactDay, for any account and policy (R17, R19)", () => {
  it("is never a weekend day nor a holiday of the policy", () => {
    fc.assert(
      fc.property(account, asOf, policy, (a, today, p) => {
        const day = nextContactDay(a, today, p);
        return day === null || (isWorkingDay(day, p) && !p.holidays.some((holiday) => holiday.day === day));
      }),
    );
  });

  it("is never before the gap floor nor before today", () => {
    fc.assert(
      fc.property(account, asOf, policy, (a, today, p) => {
        const day = nextContactDay(a, today, p);
        return day === null || (day >= today && (a.lastContactDay === null || day >= a.lastContactDay + p.minContactGapDays));
      }),
    );
  });

  it("is none for a customer marked do not contact, or with nothing owed", () => {
    fc.assert(
      fc.property(account, asOf, policy, (a, today, p) => {
        const flagged = { ...a, status: { ...a.status, doNotContact: true } };
        return nextContactDay(flagged, today, p) === null && nextContactDay({ ...a, balance: 0 }, today, p) === null;
      }),
    );
  });

  it("agrees with NEXTACTION: a wait ends on the next contact day, a contact step is due by the next working day", () => {
    fc.assert(
      fc.property(account, asOf, policy, (a, today, p) => {
        const decision = chooseNextAction(a, today, p);
        if (decision.trigger === "contactGap" || decision.trigger === "cadence" || decision.trigger === "workday") {
          return decision.until === nextContactDay(a, today, p) && (decision.until ?? 0) > today;
        }
        return true;
      }),
    );
  });
});

describe("the weekend and holiday settings", () => {
  it.each([
    ["Sat Sun", "Sat Sun"],
    ["friday, saturday", "Fri Sat"],
    // The four languages' day names (issue 12 leftovers): a Jakarta, Riga or Bangkok desk writes its own.
    ["Sabtu, Minggu", "Sat Sun"],
    ["Jumat Sabtu", "Fri Sat"],
    ["sab min", "Sat Sun"],
    ["sestdiena svētdiena", "Sat Sun"],
    ["Sestdiena, Svetdiena", "Sat Sun"],
    ["Se Sv", "Sat Sun"],
    ["piektd. sestd.", "Fri Sat"],
    ["วันเสาร์ วันอาทิตย์", "Sat Sun"],
    ["เสาร์, อาทิตย์", "Sat Sun"],
    ["ศ. ส.", "Fri Sat"],
    ["none", "none"],
    ["", "none"],
  ])("weekend %j reads as %j", (text, expected) => {
    const read = readPolicyTable([["weekend", text]]);
    expect(read.ok && read.policy.weekend).toBe(expected);
  });

  it.each(["Sat Funday", "Mon Tue Wed Thu Fri Sat Sun", 6, "Sa Su", "sabtuan", "วันหยุด", "senin selasa rabu kamis jumat sabtu minggu"])("weekend %j is refused with the reason", (value) => {
    const read = readPolicyTable([["weekend", value]]);
    expect(read.ok).toBe(false);
    expect(!read.ok && read.problem).toMatch(/^policy setting weekend must/);
  });

  it("holiday rows are read by date, named by their value, kept in date order", () => {
    const read = readPolicyTable([["holiday 2026-12-26", "Boxing Day"], ["Holiday 2026-12-25", "Christmas Day"], ["holiday 2027-01-01", null]]);
    if (!read.ok) throw new Error(read.problem);
    expect(read.policy.holidays.map((holiday) => [weekdayOf(holiday.day), holiday.name])).toEqual([[5, "Christmas Day"], [6, "Boxing Day"], [5, "holiday"]]);
  });

  it.each([["holiday 2026-02-30", "x"], ["holiday 2026-12-25", "two\nlines"]])("a bad holiday row %j is refused", (name, value) => {
    const read = readPolicyTable([[name, value]]);
    expect(!read.ok && read.problem).toMatch(/^policy setting holiday 2026-/);
  });

  it("a duplicate holiday row is refused like any duplicate setting", () => {
    expect(readPolicyTable([["holiday 2026-12-25", "a"], ["holiday 2026-12-25", "b"]]).ok).toBe(false);
  });
});
