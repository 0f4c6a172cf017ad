import { invoiceRepeats } from "../../src/core/duplicateInvoices";
import { defaultPolicy } from "../../src/core/policy";
import { summarizeReceivables } from "../../src/core/receivables";
import { defaultReminderOptions } from "../../src/mail/draftRequest";
import { reminderGroups } from "../../src/mail/reminderGroups";
import { asOf, invoice } from "./mailFixtures";

describe("one invoice, one bill (issue 12 item 3)", () => {
  it("an identical repeat of a customer's invoice is drafted once; the repeat is listed as not drafted", () => {
    const rows = [invoice({ row: 3, invoiceNumber: "A-1" }), invoice({ row: 4, invoiceNumber: "B-2", balance: 300 }), invoice({ row: 9, invoiceNumber: "a-1 ", customer: "ACME" })];
    const groups = reminderGroups(rows, asOf, defaultPolicy, defaultReminderOptions);
    expect(groups.drafts.map((draft) => [draft.total, draft.lines.map((line) => line.row)])).toEqual([[1500, [3, 4]]]);
    expect(groups.skipped).toEqual([expect.objectContaining({ row: 9, customer: "ACME", code: "repeatedInvoice" })]);
    expect(groups.skipped[0]?.message).toBe('repeats invoice "A-1" of an earlier row, with the same amount and due date: billed once, on its first row');
  });

  it("repeats whose amounts differ are drafted not at all, both rows listed", () => {
    const rows = [invoice({ row: 3, invoiceNumber: "A-1" }), invoice({ row: 9, invoiceNumber: "A-1", balance: 1250 })];
    const groups = reminderGroups(rows, asOf, defaultPolicy, defaultReminderOptions);
    expect(groups.drafts).toEqual([]);
    expect(groups.skipped.map((row) => [row.row, row.code])).toEqual([[3, "conflictingInvoice"], [9, "conflictingInvoice"]]);
  });

  it("the same number for two different customers is two bills", () => {
    const rows = [invoice({ row: 3, invoiceNumber: "1001" }), invoice({ row: 9, invoiceNumber: "1001", customer: "Beta", email: "ap@beta.example" })];
    expect(invoiceRepeats(rows).size).toBe(0);
    expect(reminderGroups(rows, asOf, defaultPolicy, defaultReminderOptions).drafts).toHaveLength(2);
  });

  it("the analysis counts a repeat once", () => {
    const rows = [invoice({ row: 3, invoiceNumber: "A-1" }), invoice({ row: 9, invoiceNumber: "A-1" })];
    const figures = summarizeReceivables(rows, asOf, defaultPolicy);
    expect(figures.ok && [figures.invoices, figures.currencies[0]?.total]).toEqual([1, 1200]);
  });
});
