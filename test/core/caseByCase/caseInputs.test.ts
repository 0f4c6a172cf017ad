import fc from "fast-check";
import { channelWords, mediumOf, readChannel, type Channel } from "../../../src/core/channel";
import { isBelowMinimum, minimumAmountOf } from "../../../src/core/minimumAmount";
import { isRepeatLatePayer } from "../../../src/core/paymentHistory";
import { defaultPolicy } from "../../../src/core/policy";
import { readPolicyTable } from "../../../src/core/policyTable";
import { policyAtPace, relationshipPace } from "../../../src/core/relationshipPace";
import { policyRows } from "../../../src/workbook/policyRows";
import { noHistory } from "../../../src/core/paymentHistory";
import type { Invoice } from "../../../src/core/invoiceRow";
import { summarizeReceivables } from "../../../src/core/receivables";

describe("readChannel: the Channel column's words in four languages (R4)", () => {
  it.each([
    ["Email", "email"], ["E-mail", "email"], ["telepon", "phone"], ["Tālrunis", "phone"], ["โทรศัพท์", "phone"],
    ["surat", "letter"], ["Vēstule", "letter"], ["จดหมาย", "letter"], ["SMS", "sms"], ["WhatsApp", "whatsapp"], ["WA", "whatsapp"], ["Fax", "fax"],
  ] as const)("%s → %s", (text, channel) => expect(readChannel(text)).toBe(channel));

  it("a blank is no channel; an unknown word is not guessed", () => {
    expect(readChannel(null)).toBeNull();
    expect(readChannel("  ")).toBeNull();
    expect(readChannel("pigeon")).toBeUndefined();
  });

  it("every listed word reads back as its channel, in any case and spacing", () => {
    const pairs = Object.entries(channelWords).flatMap(([channel, words]) => words.map((word) => [word, channel as Channel] as const));
    fc.assert(fc.property(fc.constantFrom(...pairs), fc.boolean(), ([word, channel], upper) => {
      expect(readChannel(`  ${upper ? word.toUpperCase() : word} `)).toBe(channel);
    }));
  });

  it("phone, SMS and WhatsApp are calls; letters and faxes are written", () => {
    expect((["email", "phone", "letter", "sms", "whatsapp", "fax"] as const).map(mediumOf)).toEqual(["email", "call", "letter", "call", "call", "letter"]);
  });
});

describe("the policy's new settings read and write back", () => {
  it("reads minimumAmount per currency, a channel word, and the case-by-case days", () => {
    const read = readPolicyTable([["minimumAmount", 5], ["minimumAmount IDR", "50000"], ["channel", "Telepon"], ["caseByCaseDays", 10], ["smallBalance THB", 35_000]]);
    expect(read).toMatchObject({ ok: true, policy: { minimumAmount: 5, minimumAmounts: { IDR: 50_000 }, channel: "phone", caseByCaseDays: 10, smallBalances: { THB: 35_000 } } });
  });

  it("refuses a channel it does not know, naming the setting", () => {
    const read = readPolicyTable([["channel", "pigeon"]]);
    expect(read.ok ? "" : read.problem).toMatch(/^policy setting channel must be email, phone, letter/);
  });

  it("writes the per-currency rows the table reads back", () => {
    const policy = { ...defaultPolicy, minimumAmounts: { IDR: 50_000 }, smallBalances: { IDR: 15_000_000 } };
    const rows = policyRows(policy).map((row) => [row.name, row.value]);
    expect(rows).toContainEqual(["minimumAmount IDR", 50_000]);
    expect(readPolicyTable(rows)).toEqual({ ok: true, policy });
  });
});

describe("minimum amount, repeat late payers and the pace (properties)", () => {
  it("below the minimum only when above 0 and under the currency's minimum", () => {
    fc.assert(fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.integer({ min: 0, max: 1000 }), (total, minimum) => {
      const policy = { minimumAmount: minimum, minimumAmounts: {} };
      expect(isBelowMinimum(total, "EUR", policy)).toBe(total > 0 && total < minimum);
      expect(minimumAmountOf({ minimumAmount: minimum, minimumAmounts: { EUR: 7 } }, "EUR")).toBe(7);
    }));
  });

  it("R24: more late payments or broken promises never clear the flag", () => {
    fc.assert(fc.property(fc.nat(20), fc.nat(20), fc.nat(5), fc.nat(5), (late, broken, more, threshold) => {
      const policy = { repeatLateCount: threshold };
      const before = isRepeatLatePayer({ latePayments: late, brokenPromises: broken, reminders: 0 }, policy);
      const after = isRepeatLatePayer({ latePayments: late + more, brokenPromises: broken, reminders: 0 }, policy);
      if (before) expect(after).toBe(true);
      if (threshold === 0) expect(before).toBe(false);
    }));
  });

  it("a gentle pace never has less grace than a firm one, and the policy stays consistent", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 60 }), (graceDays, caseByCaseDays) => {
      const policy = { ...defaultPolicy, graceDays, settlementDays: Math.max(120, graceDays), caseByCaseDays };
      const gentle = policyAtPace(policy, "gentle");
      const firm = policyAtPace(policy, "firm");
      expect(gentle.graceDays).toBeGreaterThanOrEqual(firm.graceDays);
      expect(firm.graceDays).toBeGreaterThanOrEqual(0);
      expect(gentle.settlementDays).toBeGreaterThanOrEqual(gentle.graceDays);
    }));
  });

  it("the pace never turns gentle for a customer owing more than the small balance", () => {
    fc.assert(fc.property(fc.option(fc.nat(9000)), fc.double({ min: 0, max: 1e6, noNaN: true }), (tenure, total) => {
      const { pace } = relationshipPace({ customerSinceDay: tenure === null ? null : 30_000 - tenure, total, currency: "USD", history: noHistory }, 30_000, defaultPolicy);
      if (total > defaultPolicy.smallBalance) expect(pace).not.toBe("gentle");
      if (tenure === null) expect(pace).toBe("standard");
    }));
  });
});

describe("Analyze counts the case-by-case steps as Remind decides them", () => {
  it("a customer below the minimum and a silent one in its grace period", () => {
    const asOf = 20_499;
    const row = (changes: Partial<Invoice>): Invoice => ({
      row: 1, customer: "Acme", invoiceNumber: "A-1", invoiceDay: null, dueDay: asOf - 40, balance: 1200, email: null, phone: null, lastContactDay: null,
      remindersSent: 0, statusText: null, notesText: null, promiseDay: null, currency: "USD", language: null, channel: null, terms: null, margin: null,
      escalationContact: null, accountOwner: null, customerSinceDay: null, policySet: null, ...changes,
    });
    // Four rows of their own (row and invoice number): since issue 12 a repeated number is one bill, counted once.
    const invoices = [
      row({ row: 2, customer: "Small", invoiceNumber: "S-1", balance: 20 }), row({ row: 3, customer: "Small", invoiceNumber: "S-2", balance: 20 }),
      row({ row: 4, customer: "Quiet", invoiceNumber: "Q-1", dueDay: asOf - 5, lastContactDay: asOf - 60 }), row({ row: 5 }),
    ];
    const figures = summarizeReceivables(invoices, asOf, { ...defaultPolicy, minimumAmount: 50 });
    expect(figures.ok && figures.actions).toEqual({ "Below minimum": 2, "Check in": 1, Reminder: 1 });
  });
});
