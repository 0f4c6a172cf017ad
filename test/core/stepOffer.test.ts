import fc from "fast-check";
import { ladderStep, type Action } from "../../src/core/ladderStep";
import { defaultPolicy } from "../../src/core/policy";
import { describeDecision } from "../../src/core/reason";
import { stepOffer } from "../../src/core/stepOffer";
import { account, AS_OF } from "./accounts";

const before: Action[] = ["Courtesy reminder", "Reminder", "Consequences", "Broken promise", "Payment plan", "Ask sales", "Follow up", "Wait", "Resolve dispute", "Trace debtor"];
const settlement: Action[] = ["Settlement offer", "Small claims", "Agency", "Attorney", "Write off"];
const anyAction = fc.constantFrom<Action>(...before, "Incentive", ...settlement);
const balance = fc.integer({ min: 1, max: 10_000_000 });
const days = fc.integer({ min: -30, max: 800 });
const margin = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null });

describe("stepOffer: what the step proposes (issue 12 item 6)", () => {
  it("the playbook's figures: 10,000 at a Reminder, 9,009 at the Incentive on day 119, 5,000 at the Settlement offer on day 120", () => {
    expect(stepOffer({ action: "Reminder", daysOverdue: 130 }, 10_000, defaultPolicy, null)).toBe(10_000);
    expect(stepOffer({ action: "Incentive", daysOverdue: 119 }, 10_000, defaultPolicy, null)).toBe(9009);
    expect(stepOffer({ action: "Settlement offer", daysOverdue: 120 }, 10_000, defaultPolicy, null)).toBe(5000);
  });

  it("never above the balance nor below 0; nothing for a balance of 0 or a credit", () => {
    fc.assert(
      fc.property(anyAction, fc.integer({ min: -1000, max: 10_000_000 }), days, margin, (action, owed, age, m) => {
        const offer = stepOffer({ action, daysOverdue: age }, owed, defaultPolicy, m);
        return owed <= 0 ? offer === 0 : offer > 0 && offer <= owed;
      }),
    );
  });

  it("the full balance before the incentive step, whatever the age", () => {
    fc.assert(fc.property(fc.constantFrom(...before), balance, days, margin, (action, owed, age, m) => stepOffer({ action, daysOverdue: age }, owed, defaultPolicy, m) === owed));
  });

  it("monotone along the ladder under the default policy: balance ≥ incentive ≥ settlement", () => {
    fc.assert(
      fc.property(balance, days, margin, fc.constantFrom(...settlement), (owed, age, m, later) => {
        const incentive = stepOffer({ action: "Incentive", daysOverdue: age }, owed, defaultPolicy, m);
        return owed >= incentive && incentive >= stepOffer({ action: later, daysOverdue: age }, owed, defaultPolicy, m);
      }),
    );
  });

  it("continuous within a step: one more day moves the offer by at most 0.1% of the balance and one rounding step", () => {
    fc.assert(
      fc.property(anyAction, balance, days, margin, (action, owed, age, m) => {
        const today = stepOffer({ action, daysOverdue: age }, owed, defaultPolicy, m);
        const tomorrow = stepOffer({ action, daysOverdue: age + 1 }, owed, defaultPolicy, m);
        return Math.abs(today - tomorrow) <= owed * 0.001 + 1;
      }),
    );
  });

  it("the Settlement offer's reason says why the amount falls from the incentive (R6 → R20, R10)", () => {
    const late = account({ balance: 10_000, remindersSent: 4, status: { salesAsked: true }, dueDay: AS_OF - 120 });
    expect(describeDecision(ladderStep(late, AS_OF, defaultPolicy), late, defaultPolicy)).toBe(
      "Settlement offer — R20: 120 days overdue, past the settlement age of 120 days; offer to settle for less: at least 5,000.00 (50% of the balance, R20) or the best legal path's expected net of 4,422.54 (R10), whichever is larger; no longer a discount out of the margin (R6): from this step the debt is counted as lost",
    );
  });
});
