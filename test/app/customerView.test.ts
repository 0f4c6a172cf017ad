import { customerView, type CustomerViewOptions } from "../../src/app/customerView";
import { defaultPolicy } from "../../src/core/policy";
import { readPolicySets } from "../../src/core/policySets";
import { asOf, invoice } from "../mail/mailFixtures";

const options: CustomerViewOptions = { defaultCurrency: "USD", policySets: [] };
const view = (rows: Parameters<typeof customerView>[0], policy = defaultPolicy, given = options) => customerView(rows, asOf, policy, given);

describe("customerView: one line per customer and currency", () => {
  it("splits a customer's currencies and keeps list order, names matched ignoring case and spaces", () => {
    const lines = view([
      invoice({ customer: "Acme", currency: "USD", balance: 1000 }),
      invoice({ customer: "Birch", currency: "EUR", balance: 500 }),
      invoice({ customer: " ACME ", currency: "EUR", balance: 300 }),
      invoice({ customer: "acme", currency: "usd", balance: 200 }),
      invoice({ customer: "Acme", currency: null, balance: 50 }),
    ]);
    expect(lines.map((line) => [line.customer, line.currency, line.invoices, line.open])).toEqual([
      ["Acme", "USD", 3, 1250], ["Birch", "EUR", 1, 500], ["ACME", "EUR", 1, 300],
    ]);
  });

  it("deducts credit notes, and splits overdue from not yet due", () => {
    const [line] = view([
      invoice({ balance: 1000, dueDay: asOf - 40 }),
      invoice({ balance: 400, dueDay: asOf + 10 }),
      invoice({ balance: -150, dueDay: asOf - 5, invoiceNumber: "CN-1" }),
    ]);
    expect(line).toMatchObject({ open: 1250, overdue: 850, notYetDue: 400, oldestDaysOverdue: 40 });
  });

  it("counts a repeated invoice number once (one invoice, one bill)", () => {
    const [line] = view([invoice({ invoiceNumber: "INV-7", balance: 900 }), invoice({ invoiceNumber: "INV-7", balance: 900 }), invoice({ invoiceNumber: "INV-8", balance: 100 })]);
    expect(line).toMatchObject({ invoices: 2, open: 1000 });
  });

  it("groups QuickBooks Customer:Job names under the customer", () => {
    const lines = view([
      invoice({ customer: "Acme Corp:Warehouse fit-out", balance: 700 }),
      invoice({ customer: "Acme Corp:Office move", balance: 300 }),
      invoice({ customer: "Birch Dental", balance: 50 }),
    ]);
    expect(lines.map((line) => [line.customer, line.open])).toEqual([["Acme Corp", 1000], ["Birch Dental", 50]]);
  });

  it("takes the most advanced step of its open invoices, with the reason and the next contact day", () => {
    const [line] = view([
      invoice({ remindersSent: 0, dueDay: asOf - 40 }),
      invoice({ remindersSent: 2, dueDay: asOf - 60, lastContactDay: asOf - 12 }),
    ]);
    expect(line).toMatchObject({ action: "Incentive", rule: "R6", remindersSent: 2, lastContactDay: asOf - 12, nextContactDay: asOf });
    expect(line?.reason).toMatch(/^Incentive — R6/);
  });

  it("times the step from the latest contact on any row: a contact 3 days ago makes the customer wait (R17)", () => {
    const [line] = view([invoice({ remindersSent: 1 }), invoice({ lastContactDay: asOf - 3, dueDay: asOf + 20 })]);
    expect(line).toMatchObject({ action: "Wait", lastContactDay: asOf - 3 });
    expect(line?.nextContactDay).toBeGreaterThan(asOf);
  });

  it("reads promises: open (not yet due), kept (paid), broken (passed unpaid), with the balance they cover", () => {
    expect(view([invoice({ promiseDay: asOf + 5, balance: 800 }), invoice({ balance: 200 })])[0]?.promise).toEqual({ amount: 800, day: asOf + 5, state: "open" });
    expect(view([invoice({ promiseDay: asOf - 3, balance: 800 })])[0]?.promise).toEqual({ amount: 800, day: asOf - 3, state: "broken" });
    expect(view([invoice({ promiseDay: asOf - 3, balance: 0 }), invoice({ balance: 100 })])[0]?.promise).toEqual({ amount: 0, day: asOf - 3, state: "kept" });
    expect(view([invoice({})])[0]?.promise).toBeNull();
  });

  it("flags dispute, hardship, the channel and a repeat late payer (R24)", () => {
    const [line] = view([
      invoice({ statusText: "disputed", dueDay: asOf - 100 }),
      invoice({ statusText: "hardship", dueDay: asOf - 80 }),
      invoice({ dueDay: asOf - 50, channel: "Telepon" }),
    ]);
    expect(line).toMatchObject({ disputed: true, hardship: true, repeatLate: true, channel: "phone" });
  });

  it("puts a customer on credit hold over its credit limit (column, else policy) or past creditHoldDays", () => {
    expect(view([invoice({ balance: 6000, creditLimit: 5000 })])[0]?.creditHold).toEqual({ cause: "limit", limit: 5000 });
    expect(view([invoice({ balance: 6000 })], { ...defaultPolicy, creditLimit: 5000 })[0]?.creditHold).toEqual({ cause: "limit", limit: 5000 });
    expect(view([invoice({ balance: 6000, creditLimit: 10000 })], { ...defaultPolicy, creditLimit: 5000 })[0]?.creditHold).toBeNull();
    expect(view([invoice({ dueDay: asOf - 91 })])[0]?.creditHold).toEqual({ cause: "age", days: 91, limitDays: 90 });
    expect(view([invoice({ dueDay: asOf - 91 })], { ...defaultPolicy, creditHoldDays: 0 })[0]?.creditHold).toBeNull();
    expect(view([invoice({ dueDay: asOf - 90 })])[0]?.creditHold).toBeNull();
  });

  it("adds up the value at stake of its open invoices; a disputed one adds nothing", () => {
    const [line] = view([
      invoice({ balance: 10000, dueDay: asOf - 60 }),
      invoice({ balance: 10000, dueDay: asOf - 60, statusText: "disputed" }),
      invoice({ balance: -500, dueDay: asOf - 60, invoiceNumber: "CN-2" }),
    ]);
    expect(line?.atStake).toBe(390);
  });

  it("decides no step for a customer with an unknown Status word or policy set, and says why", () => {
    const [unknown] = view([invoice({ statusText: "call back Friday" }), invoice({})]);
    expect(unknown).toMatchObject({ action: "Check the list", unknownStatus: "call back Friday", nextContactDay: null });
    const [set] = view([invoice({ policySet: "gentel" })]);
    expect(set).toMatchObject({ action: "Check the list", unknownSet: "gentel", reason: 'the policy set "gentel" is not a column of the policy sheet' });
  });

  it("follows the customer's named policy set", () => {
    const sets = readPolicySets([["Setting", "Value", "gentle"], ["graceDays", 30, 60]]);
    if (!sets.ok) throw new Error(sets.problem);
    const rows = [invoice({ policySet: "Gentle", dueDay: asOf - 40 })];
    expect(view([invoice({ dueDay: asOf - 40 })], defaultPolicy, { ...options, policySets: sets.sets })[0]?.action).toBe("Reminder");
    expect(view(rows, defaultPolicy, { ...options, policySets: sets.sets })[0]?.action).toBe("Wait");
  });

  it("plans the next 90 days from its most advanced invoice, timed from its latest contact", () => {
    const [line] = view([invoice({ remindersSent: 2, dueDay: asOf - 60, lastContactDay: asOf - 12 }), invoice({ lastContactDay: asOf - 30 })]);
    expect(line?.plan.slice(0, 2)).toEqual([{ day: asOf, action: "Incentive", rule: "R6" }, { day: asOf + 12, action: "Ask sales", rule: "R22" }]);
    expect(view([invoice({ statusText: "call back Friday" })])[0]?.plan).toEqual([]);
  });

  it("answers None for a customer with only credit notes", () => {
    expect(view([invoice({ balance: -100 })])[0]).toMatchObject({ action: "None", open: -100, atStake: 0, oldestDaysOverdue: null, nextContactDay: null });
  });
});
