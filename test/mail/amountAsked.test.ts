import fc from "fast-check";
import { defaultPolicy } from "../../src/core/policy";
import { defaultReminderOptions } from "../../src/mail/draftRequest";
import { languages, type Language } from "../../src/mail/language";
import { reminderGroups } from "../../src/mail/reminderGroups";
import { builtInTemplate, renderReminder } from "../../src/mail/render";
import { languagePacks } from "../../src/mail/templates";
import { asOf, invoice } from "./mailFixtures";

/** Issue 12 item 4: one customer with an overdue invoice, one due in 10 days and a credit note. */
function mixedDraft(language: Language | null = null, stageFacts: Parameters<typeof invoice>[0] = {}) {
  const rows = [
    invoice({ invoiceNumber: "OVER-1", balance: 1000, dueDay: asOf - 40, language, ...stageFacts }),
    invoice({ invoiceNumber: "SOON-2", balance: 700, dueDay: asOf + 10, language, ...stageFacts }),
    invoice({ invoiceNumber: "CN-3", balance: -150, dueDay: asOf - 20, language, ...stageFacts }),
  ];
  const draft = reminderGroups(rows, asOf, defaultPolicy, defaultReminderOptions).drafts[0];
  if (!draft) throw new Error("no draft");
  return draft;
}

function render(language: Language, stageFacts: Parameters<typeof invoice>[0] = {}) {
  const draft = mixedDraft(language, stageFacts);
  const result = renderReminder(builtInTemplate(draft), draft, "Accounts receivable");
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { draft, message: result.message };
}

describe("the letter asks only for what is due (issue 12 item 4)", () => {
  it("the amount asked for is the overdue total less credit notes; the invoice due in 10 days is not in it", () => {
    const draft = mixedDraft();
    expect(draft.total).toBe(850);
    expect(draft.notYetDue).toBe(700);
  });

  it.each(languages)("%s: overdue and not-yet-due invoices are separate tables, in text and HTML, and the letter says what is asked", (language) => {
    const { message } = render(language);
    const labels = languagePacks[language].labels;
    const dueAt = message.text.indexOf(labels.dueTable);
    const soonAt = message.text.indexOf(labels.notYetDueTable);
    expect(dueAt).toBeGreaterThan(0);
    expect(soonAt).toBeGreaterThan(dueAt);
    const dueTable = message.text.slice(dueAt, soonAt);
    expect(dueTable).toContain("OVER-1");
    expect(dueTable).toContain("CN-3");
    expect(dueTable).not.toContain("SOON-2");
    expect(message.text.slice(soonAt)).toContain("SOON-2");
    for (const part of [message.text, message.html]) expect(part).toContain(labels.amountAsked.split("{total}")[0]);
    expect(message.html.match(/<table/g)).toHaveLength(2);
    expect(message.html).toContain(`<caption style="text-align:left;font-weight:bold">${labels.notYetDueTable}</caption>`);
  });

  it("the English letter's figures: $850.00 asked, $700.00 listed, never $1,550.00", () => {
    const { message } = render("en");
    expect(message.subject).toBe("Payment reminder: $850.00 outstanding");
    expect(message.text).toContain("We ask for $850.00: the invoices due for payment, less credit notes.");
    expect(message.text).toMatch(/Total\s+\|\s+\|\s+\|\s+\|\s+\$700\.00/);
    expect(message.text).not.toContain("1,550.00");
  });

  it("an incentive and a settlement are computed on the amount due only", () => {
    expect(mixedDraft(null, { remindersSent: 2 })).toMatchObject({ stage: "Incentive", total: 850 });
    expect((mixedDraft(null, { remindersSent: 2 }).offer ?? 0) <= 850).toBe(true);
  });

  it("a letter without invoices not yet due keeps its one table and no note", () => {
    const draft = reminderGroups([invoice({ invoiceNumber: "OVER-1" })], asOf, defaultPolicy, defaultReminderOptions).drafts[0];
    if (!draft) throw new Error("no draft");
    const result = renderReminder(builtInTemplate(draft), draft, "AR");
    expect(result.ok && result.message.html.match(/<table/g)).toHaveLength(1);
    expect(result.ok && result.message.text).not.toContain(languagePacks.en.labels.notYetDueTable);
  });

  it("a customer whose selected invoices are none due yet gets no letter, and is told why", () => {
    // A promise broken on an invoice not yet due reaches "Broken promise" before the grace check.
    const groups = reminderGroups([invoice({ dueDay: asOf + 10, promiseDay: asOf - 3 }), invoice({ dueDay: asOf - 40, balance: -50 })], asOf, defaultPolicy, defaultReminderOptions);
    expect(groups.drafts).toEqual([]);
    expect(groups.skipped.map((row) => row.code)).toEqual(["nothingDue", "nothingDue"]);
    expect(groups.skipped[0]?.message).toMatch(/none of the customer's selected invoices is due yet/);
  });

  it("for any mix of invoices, no invoice not yet due is in the amount asked for", () => {
    const line = fc.record({ balance: fc.integer({ min: -500, max: 5000 }), days: fc.integer({ min: -60, max: 200 }) });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (lines) => {
        const rows = lines.map(({ balance, days }) => invoice({ balance, dueDay: asOf - days }));
        const groups = reminderGroups(rows, asOf, defaultPolicy, { ...defaultReminderOptions, overrideGap: true });
        return [...groups.drafts, ...groups.letters].every((draft) => {
          const due = draft.lines.filter((l) => l.daysOverdue >= 0 || l.balance < 0);
          return Math.abs(draft.total - due.reduce((sum, l) => sum + l.balance, 0)) < 0.005 && draft.total > 0;
        });
      }),
    );
  });
});
