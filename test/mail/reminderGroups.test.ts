import { withCustomerJobs } from "../../src/core/customerJob";
import type { Invoice } from "../../src/core/invoiceRow";
import { defaultPolicy } from "../../src/core/policy";
import { defaultReminderOptions } from "../../src/mail/draftRequest";
import type { DraftRequest } from "../../src/mail/draftRequest";
import { invoiceTables } from "../../src/mail/invoiceTable";
import { reminderGroups } from "../../src/mail/reminderGroups";
import { en } from "../../src/mail/templates/en";
import { asOf, invoice, stageFacts } from "./mailFixtures";

const options = defaultReminderOptions;

describe("reminderGroups: stages", () => {
  it.each(stageFacts)("$stage", ({ stage, facts, policy }) => {
    const groups = reminderGroups([invoice(facts)], asOf, policy, options);
    expect(groups.skipped).toEqual([]);
    expect(groups.drafts.map((draft) => draft.stage)).toEqual([stage]);
  });

  it("Ask sales goes to the account owner, without the escalation contact", () => {
    const [draft] = reminderGroups([invoice({ remindersSent: 3 })], asOf, defaultPolicy, options).drafts;
    expect(draft).toMatchObject({ stage: "Ask sales", to: "sales@seller.example", cc: [] });
  });

  it.each([
    ["Reminder", 0, []],
    ["Consequences", 1, ["cfo@acme.example"]],
    ["Incentive", 2, ["cfo@acme.example"]],
  ])("%s: escalation contact in copy from Consequences on", (_stage, remindersSent, cc) => {
    const [draft] = reminderGroups([invoice({ remindersSent })], asOf, defaultPolicy, options).drafts;
    expect(draft?.cc).toEqual(cc);
  });

  it("figures: incentive discount, settlement amount, 3 monthly instalments, final notice step", () => {
    const draftOf = (facts: Parameters<typeof invoice>[0]) => reminderGroups([invoice(facts)], asOf, defaultPolicy, options).drafts[0];
    const incentive = draftOf({ remindersSent: 2, balance: 1000, dueDay: asOf - 75 });
    expect(incentive).toMatchObject({ offer: 940, discount: 60, payBy: asOf + 10 });
    const settlement = draftOf({ remindersSent: 4, statusText: "sales asked", balance: 10000, dueDay: asOf - 120 });
    expect(settlement).toMatchObject({ stage: "Settlement offer", offer: 5000, deadline: asOf + 14 });
    const plan = draftOf({ remindersSent: 3, statusText: "hardship", balance: 1000 });
    expect(plan?.schedule?.map((item) => item.amount)).toEqual([333.33, 333.33, 333.34]);
    const notice = draftOf({ remindersSent: 5, statusText: "sales asked, offered", dueDay: asOf - 150, balance: 10000 });
    expect(notice).toMatchObject({ stage: "Final notice", action: "Agency", nextStep: "Agency" });
  });

  it("instalment count is a parameter", () => {
    const rows = [invoice({ remindersSent: 3, statusText: "hardship", balance: 1000 })];
    const [draft] = reminderGroups(rows, asOf, defaultPolicy, { ...options, instalments: 4 }).drafts;
    expect(draft?.schedule).toHaveLength(4);
  });
});

describe("reminderGroups: grouping", () => {
  it("one draft per customer and currency; credit notes reduce the total; partial balance is the balance", () => {
    const rows = [
      invoice({ balance: 700.5 }),
      invoice({ balance: -200, invoiceNumber: "CN-9" }),
      invoice({ customer: " acme ", balance: 300, currency: "eur" }),
      invoice({ customer: "Beta", email: "pay@beta.example" }),
    ];
    const groups = reminderGroups(rows, asOf, defaultPolicy, options);
    expect(groups.drafts.map((d) => [d.customer, d.currency, d.total, d.lines.length])).toEqual([
      ["Acme", "USD", 500.5, 2],
      ["acme", "EUR", 300, 1],
      ["Beta", "USD", 1200, 1],
    ]);
  });

  it("the stage is the most advanced invoice's: latest in the ladder, ties by days overdue", () => {
    const rows = [invoice({ remindersSent: 0, dueDay: asOf - 90 }), invoice({ remindersSent: 1, dueDay: asOf - 35 })];
    const [draft] = reminderGroups(rows, asOf, defaultPolicy, options).drafts;
    expect(draft?.stage).toBe("Consequences");
  });

  it("ties in the ladder go to the invoice most overdue (its settlement amount)", () => {
    const rows = [invoice({ remindersSent: 2, dueDay: asOf - 40 }), invoice({ remindersSent: 2, dueDay: asOf - 100 })];
    const [draft] = reminderGroups(rows, asOf, defaultPolicy, options).drafts;
    expect(draft).toMatchObject({ stage: "Incentive", action: "Incentive" });
    expect(draft?.discount).toBeGreaterThan(2400 * 0.05);
  });

  it("language per customer from its rows, else the default", () => {
    const rows = [invoice({ language: "Thai" }), invoice({ customer: "Beta", language: "de" })];
    const groups = reminderGroups(rows, asOf, defaultPolicy, { ...options, defaultLanguage: "lv" });
    expect(groups.drafts.map((draft) => draft.language)).toEqual(["th", "lv"]);
  });
});

describe("reminderGroups: rows not drafted, with a reason", () => {
  it.each([
    ["paid", { balance: 0 }],
    ["creditOnly", { balance: -50 }],
    ["disputed", { statusText: "disputed" }],
    ["promisePending", { promiseDay: asOf + 3 }],
    ["contactGap", { lastContactDay: asOf - 3 }],
    ["notMailStep", { statusText: "unreachable" }],
    ["notMailStep", { dueDay: asOf - 10 }],
    ["badCurrency", { currency: "dollars" }],
    // Issue 10: a bare "$" the user has not answered is asked, never drafted as the policy's currency.
    ["currencyNotChosen", { currency: null }],
    ["noOwner", { remindersSent: 3, accountOwner: null }],
  ] as const)("%s %j", (code, facts) => {
    const groups = reminderGroups([invoice(facts)], asOf, defaultPolicy, options);
    expect(groups.drafts).toEqual([]);
    expect(groups.skipped.map((row) => row.code)).toEqual([code]);
    expect(groups.skipped[0]?.message).not.toBe("");
  });

  // Issue 12.8: the pane promises "use the phone or letter text": the text is there.
  it.each(["ap@acme\r\nBcc: x@y.example", "ap@acme", "ap@acme.example, nope"])("an invalid address %j: the text is drafted as a letter, and the row is listed with the cell's text", (email) => {
    const row = invoice({ email });
    const groups = reminderGroups([row], asOf, defaultPolicy, options);
    expect(groups.drafts).toEqual([]);
    expect(groups.letters.map((draft) => [draft.stage, draft.to])).toEqual([["Reminder", null]]);
    expect(groups.skipped).toEqual([{ row: row.row, customer: "Acme", code: "badEmail", message: expect.stringContaining("phone call or a letter") as unknown }]);
    expect(groups.skipped[0]?.message).toContain(`"${email.replace(/[\r\n]+/g, " ")}"`);
  });

  it.each(["ap@acme.example, cfo@acme.example", "ap@acme.example;cfo@acme.example", " ap@acme.example ; cfo@acme.example ; ap@acme.example "])("several addresses %j: one email to all of them", (email) => {
    const groups = reminderGroups([invoice({ email, escalationContact: null })], asOf, defaultPolicy, options);
    expect(groups.letters).toEqual([]);
    expect(groups.drafts.map((draft) => draft.to)).toEqual(["ap@acme.example, cfo@acme.example"]);
    expect(groups.skipped).toEqual([]);
  });

  it("an unknown word in a Status cell keeps the row out, naming the word (it could hide a dispute)", () => {
    const groups = reminderGroups([invoice({ statusText: "angry" })], asOf, defaultPolicy, options);
    expect(groups.drafts).toEqual([]);
    expect(groups.letters).toEqual([]);
    expect(groups.skipped.map((row) => row.code)).toEqual(["unknownStatus"]);
    expect(groups.skipped[0]?.message).toMatch(/unknown word "angry"/);
  });

  it.each([
    ["a Latvian Status word", { statusText: "apstrīdēts" }],
    ["an Indonesian note", { notesText: "Pelanggan sengketa harga, minta revisi" }],
    ["a Thai note", { notesText: "ลูกค้าโต้แย้งยอด" }],
  ] as const)("a dispute in %s is not dunned (R8)", (_where, facts) => {
    const groups = reminderGroups([invoice(facts)], asOf, defaultPolicy, options);
    expect(groups.drafts).toEqual([]);
    expect(groups.skipped.map((row) => row.code)).toEqual(["disputed"]);
  });

  it("a note without status words is no status: the row is drafted", () => {
    const groups = reminderGroups([invoice({ notesText: "Kirim ulang faktur ke bagian keuangan" })], asOf, defaultPolicy, options);
    expect(groups.drafts.map((draft) => draft.stage)).toEqual(["Reminder"]);
  });

  it("no email: the text is offered as a letter, and the row says so", () => {
    const groups = reminderGroups([invoice({ email: null })], asOf, defaultPolicy, options);
    expect(groups.drafts).toEqual([]);
    expect(groups.letters.map((draft) => [draft.stage, draft.to])).toEqual([["Reminder", null]]);
    expect(groups.skipped[0]?.message).toMatch(/phone call or a letter/);
  });

  it("R17: the gap counts the latest contact of any of the customer's rows; overrideGap drafts anyway", () => {
    const rows = [invoice({ lastContactDay: asOf - 2 }), invoice({ lastContactDay: asOf - 30 })];
    const refused = reminderGroups(rows, asOf, defaultPolicy, options);
    expect(refused.skipped.map((row) => row.code)).toEqual(["contactGap", "contactGap"]);
    expect(refused.skipped[0]?.message).toMatch(/last contact 2026-02-02 .*next contact from 2026-02-12/);
    const confirmed = reminderGroups(rows, asOf, defaultPolicy, { ...options, overrideGap: true });
    expect(confirmed.drafts.map((draft) => draft.stage)).toEqual(["Reminder"]);
  });

  it.each([
    [6, "contactGap"],
    [7, "contactGap"],
    [9, "contactGap"],
    [10, null],
  ])("R17 boundary (gap 7 the floor, cadence 10 the plan): last contact %i days ago → %s", (daysAgo, code) => {
    const groups = reminderGroups([invoice({ lastContactDay: asOf - daysAgo, remindersSent: 1 })], asOf, defaultPolicy, options);
    expect(groups.skipped[0]?.code ?? null).toBe(code);
  });

  it("a disputed row is left out while the customer's other invoices are drafted", () => {
    const rows = [invoice({ statusText: "disputed" }), invoice({})];
    const groups = reminderGroups(rows, asOf, defaultPolicy, options);
    expect(groups.drafts[0]?.lines).toHaveLength(1);
    expect(groups.skipped.map((row) => row.code)).toEqual(["disputed"]);
  });

  it("credit notes that cover the open invoices: nothing to ask", () => {
    const groups = reminderGroups([invoice({ balance: 100 }), invoice({ balance: -100 })], asOf, defaultPolicy, options);
    expect(groups.skipped.map((row) => row.code)).toEqual(["creditCovers", "creditCovers"]);
  });

  // The hostile corpus's 5e-324 balance was "covered by credit notes" that do not exist.
  it("a balance below one cent and no credit note: says so, not that credit notes cover it", () => {
    const groups = reminderGroups([invoice({ balance: 5e-324 }), invoice({ balance: 0.004 })], asOf, defaultPolicy, options);
    expect(groups.skipped.map((row) => [row.code, row.message])).toEqual([
      ["lessThanACent", "the amount overdue rounds to nothing (less than one cent): nothing to ask"],
      ["lessThanACent", "the amount overdue rounds to nothing (less than one cent): nothing to ask"],
    ]);
  });
});

describe("reminderGroups: QuickBooks Customer:Job names, as the ledger reads them (withCustomerJobs)", () => {
  const read = (rows: Invoice[]) => withCustomerJobs(rows);

  it("groups a customer's jobs in one message, each invoice line keeping its job", () => {
    const rows = read([
      invoice({ customer: "Acme Corp:Warehouse fit-out", invoiceNumber: "1184" }),
      invoice({ customer: "Acme Corp:Office move", invoiceNumber: "1161" }),
      invoice({ customer: "Birch Dental", invoiceNumber: "1179" }),
    ]);
    const groups = reminderGroups(rows, asOf, defaultPolicy, options);
    expect(groups.drafts.map((draft) => draft.customer)).toEqual(["Acme Corp", "Birch Dental"]);
    expect(groups.drafts[0]?.lines.map((line) => [line.invoiceNumber, line.job])).toEqual([["1184", "Warehouse fit-out"], ["1161", "Office move"]]);
    expect(invoiceTables(groups.drafts[0] as DraftRequest, en.labels).tables.flatMap((table) => table.cells.slice(1, -1)).map((cells) => cells[0])).toEqual(["1184 (Warehouse fit-out)", "1161 (Office move)"]);
  });

  it("still writes one message per customer and currency", () => {
    const rows = read([invoice({ customer: "Acme Corp:Warehouse fit-out" }), invoice({ customer: "Acme Corp:Office move", currency: "EUR" })]);
    expect(reminderGroups(rows, asOf, defaultPolicy, options).drafts.map((draft) => [draft.customer, draft.currency])).toEqual([["Acme Corp", "USD"], ["Acme Corp", "EUR"]]);
  });

  it("keeps a disputed job out of its customer's message", () => {
    const rows = read([invoice({ customer: "Acme Corp:Warehouse fit-out" }), invoice({ customer: "Acme Corp:Office move", notesText: "disputed - missing delivery note" })]);
    const groups = reminderGroups(rows, asOf, defaultPolicy, options);
    expect(groups.drafts.map((draft) => [draft.customer, draft.lines.length])).toEqual([["Acme Corp", 1]]);
    expect(groups.skipped.map((row) => [row.customer, row.code])).toEqual([["Acme Corp", "disputed"]]);
  });

  it("applies the minimum amount to the customer's total over its jobs, not to each job", () => {
    // 30 + 30 owed by Acme Corp over two jobs: above a minimum of 50, so it is asked for; Birch's 30 alone is not.
    const rows = read([
      invoice({ customer: "Acme Corp:Warehouse fit-out", invoiceNumber: "1184", balance: 30 }),
      invoice({ customer: "Acme Corp:Office move", invoiceNumber: "1161", balance: 30 }),
      invoice({ customer: "Birch Dental", invoiceNumber: "1179", balance: 30 }),
    ]);
    const groups = reminderGroups(rows, asOf, { ...defaultPolicy, minimumAmount: 50 }, options);
    expect(groups.drafts.map((draft) => [draft.customer, draft.lines.length])).toEqual([["Acme Corp", 2]]);
    expect(groups.skipped.map((row) => [row.customer, row.code])).toEqual([["Birch Dental", "belowMinimum"]]);
  });

  it("leaves names with a colon whole where the list shows no Customer:Job hierarchy", () => {
    const rows = read([invoice({ customer: "Re: Acme" }), invoice({ customer: "Studio:54" })]);
    expect(reminderGroups(rows, asOf, defaultPolicy, options).drafts.map((draft) => draft.customer)).toEqual(["Re: Acme", "Studio:54"]);
  });
});
