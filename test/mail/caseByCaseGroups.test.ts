import fc from "fast-check";
import { defaultPolicy } from "../../src/core/policy";
import { draftFiles } from "../../src/mail/draftFiles";
import { draftMessages } from "../../src/mail/draftMessages";
import { defaultReminderOptions } from "../../src/mail/draftRequest";
import { reminderGroups } from "../../src/mail/reminderGroups";
import { contactEntry } from "../../src/mail/reminderRecord";
import { asOf, invoice } from "./mailFixtures";

const group = (rows: Parameters<typeof reminderGroups>[0], policy = defaultPolicy, options = defaultReminderOptions) => reminderGroups(rows, asOf, policy, options);

describe("R4/R13: the Channel column decides the medium in Remind", () => {
  it("a phone customer is not e-mailed but listed for a call, with the number", () => {
    const groups = group([invoice({ customer: "PT Sinar", channel: "Telepon", phone: "+62 21 5550 123" }), invoice({ customer: "Acme" })]);
    expect(groups.drafts.map((draft) => draft.customer)).toEqual(["Acme"]);
    expect(groups.calls).toMatchObject([{ customer: "PT Sinar", medium: "call", channel: "phone", phone: "+62 21 5550 123", to: null, stage: "Reminder" }]);
    expect(groups.skipped).toEqual([]);
  });

  it("a letter customer gets the letter text even with an address; the call's file has the number first", () => {
    const groups = group([invoice({ customer: "SIA Koks", channel: "vēstule" }), invoice({ customer: "Somchai", channel: "โทรศัพท์", phone: "081 234 5678" })]);
    expect(groups.letters).toMatchObject([{ customer: "SIA Koks", medium: "letter", to: null }]);
    const drafted = draftMessages([...groups.letters, ...groups.calls], new Map(), "AR", asOf);
    const { files } = draftFiles(drafted.messages, { name: "AR", address: "ar@seller.example" }, asOf);
    expect(files.map((file) => file.name)).toEqual(["Letter - SIA Koks (USD).txt", "Call - Somchai (USD).txt"]);
    expect(files[1]?.text.startsWith("Call 081 234 5678\r\n")).toBe(true);
    expect(drafted.messages.map((message) => contactEntry(message.record, message.draft, 46_058, "").channel)).toEqual(["Letter", "Phone"]);
  });

  it("the internal note to sales stays an e-mail whatever the customer's channel", () => {
    expect(group([invoice({ channel: "phone", remindersSent: 3 })]).drafts).toMatchObject([{ stage: "Ask sales", medium: "email", to: "sales@seller.example" }]);
  });
});

describe("the minimum amount applies to the customer's total per currency", () => {
  const policy = { ...defaultPolicy, minimumAmount: 50 };

  it("one invoice of 30 is not dunned, and says why", () => {
    const groups = group([invoice({ balance: 30 })], policy);
    expect(groups.drafts).toEqual([]);
    expect(groups.skipped).toMatchObject([{ code: "belowMinimum", message: "the customer owes 30.00 USD in all, below the minimum amount of 50.00 USD: not dunned" }]);
  });

  it("two invoices of 30 add up to 60 and are drafted together; a credit note can bring the total under", () => {
    expect(group([invoice({ balance: 30 }), invoice({ balance: 30 })], policy).drafts).toMatchObject([{ total: 60 }]);
    expect(group([invoice({ balance: 30 }), invoice({ balance: 30 }), invoice({ balance: -20 })], policy).skipped.map((row) => row.code)).toEqual(["belowMinimum", "belowMinimum", "creditOnly"]);
  });

  it("per currency: Rp 40,000 under IDR's row, while the same customer's USD is dunned", () => {
    const rows = [invoice({ balance: 40_000, currency: "IDR" }), invoice({ balance: 40, currency: "USD" })];
    const groups = group(rows, { ...defaultPolicy, minimumAmounts: { IDR: 50_000 } });
    expect(groups.drafts.map((draft) => draft.currency)).toEqual(["USD"]);
    expect(groups.skipped.map((row) => row.code)).toEqual(["belowMinimum"]);
  });
});

describe("R3 and R14/R15 in Remind", () => {
  it("R3: a customer in the grace period, silent for 40 days, gets the courtesy check-in", () => {
    const quiet = invoice({ dueDay: asOf - 10, lastContactDay: asOf - 40 });
    expect(group([quiet]).drafts).toMatchObject([{ action: "Check in", rule: "R3", stage: "Courtesy reminder" }]);
  });

  it("R3: no check-in while another row of the customer was contacted inside the contact gap (R17, per customer)", () => {
    const quiet = invoice({ row: 2, invoiceNumber: "Q-1", dueDay: asOf - 10, lastContactDay: asOf - 40 });
    const called = invoice({ row: 3, invoiceNumber: "Q-2", dueDay: asOf - 5, lastContactDay: asOf - 2 });
    const groups = group([quiet, called]);
    expect(groups.drafts).toEqual([]);
    expect(groups.skipped.map((row) => [row.row, row.code])).toEqual([[2, "contactGap"], [3, "contactGap"]]);
    expect(group([quiet, called], defaultPolicy, { ...defaultReminderOptions, overrideGap: true }).drafts).toMatchObject([{ action: "Check in", rule: "R3" }]);
  });

  it("R15: a ten-year customer owing $250 waits; a new customer owing $15,000 is reminded at 20 days", () => {
    const loyal = invoice({ customer: "Old Friend", balance: 250, dueDay: asOf - 40, customerSinceDay: asOf - 3650 });
    const fresh = invoice({ customer: "Newco", balance: 15_000, dueDay: asOf - 20, customerSinceDay: asOf - 60 });
    const groups = group([loyal, fresh]);
    expect(groups.drafts.map((draft) => draft.customer)).toEqual(["Newco"]);
    expect(groups.skipped).toMatchObject([{ customer: "Old Friend", code: "notMailStep" }]);
  });

  it("R14/R24: three late invoices make a repeat late payer, reminded from 15 days", () => {
    const late = [invoice({ dueDay: asOf - 60 }), invoice({ dueDay: asOf - 50 }), invoice({ dueDay: asOf - 45 }), invoice({ dueDay: asOf - 16, invoiceNumber: "NEW" })];
    expect(group(late).drafts[0]?.lines.map((line) => line.invoiceNumber)).toContain("NEW");
    expect(group([invoice({ dueDay: asOf - 16 })]).skipped.map((row) => row.code)).toEqual(["notMailStep"]);
  });
});

describe("policy per customer in Remind", () => {
  const strict = { name: "Strict", policy: { ...defaultPolicy, graceDays: 14 } };
  const options = { ...defaultReminderOptions, policySets: [strict] };

  it("a customer naming a set is decided with it; the others with the policy in force", () => {
    const groups = group([invoice({ customer: "Tight", dueDay: asOf - 20, policySet: " strict " }), invoice({ customer: "Loose", dueDay: asOf - 20 })], defaultPolicy, options);
    expect(groups.drafts.map((draft) => draft.customer)).toEqual(["Tight"]);
  });

  it("an unknown set is not guessed: the customer is not drafted, and told why", () => {
    const groups = group([invoice({ policySet: "gentle" })], defaultPolicy, options);
    expect(groups.skipped).toMatchObject([{ code: "unknownPolicySet", message: 'the customer\'s policy set "gentle" is not a column of the policy sheet (its sets: Strict): add it there, or correct the cell' }]);
  });
});

describe("properties: every selected row is drafted, called, lettered or skipped — never lost", () => {
  it("holds for any channel, balance, tenure and minimum", () => {
    const rows = fc.array(
      fc.record({
        customer: fc.constantFrom("Acme", "Beta", "PT Sinar"),
        balance: fc.integer({ min: -500, max: 20_000 }),
        channel: fc.constantFrom(null, "email", "telepon", "surat", "WhatsApp", "pigeon"),
        since: fc.option(fc.integer({ min: 0, max: 5000 })),
        due: fc.integer({ min: -30, max: 200 }),
      }),
      { minLength: 1, maxLength: 8 },
    );
    fc.assert(fc.property(rows, fc.integer({ min: 0, max: 1000 }), (facts, minimumAmount) => {
      const invoices = facts.map((f) => invoice({ customer: f.customer, balance: f.balance, channel: f.channel, customerSinceDay: f.since === null ? null : asOf - f.since, dueDay: asOf - f.due }));
      const groups = group(invoices, { ...defaultPolicy, minimumAmount });
      const drafted = new Set([...groups.drafts, ...groups.letters, ...groups.calls].flatMap((draft) => draft.lines.map((line) => line.row)));
      const skipped = new Set(groups.skipped.map((row) => row.row));
      for (const row of invoices) expect(drafted.has(row.row) || skipped.has(row.row)).toBe(true);
      for (const call of groups.calls) expect(call.to).toBeNull();
    }));
  });
});
