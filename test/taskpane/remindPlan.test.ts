import { defaultPolicy } from "../../src/core/policy";
import { readLedger } from "../../src/core/ledger";
import { draftMessages } from "../../src/mail/draftMessages";
import { reminderGroups } from "../../src/mail/reminderGroups";
import { defaultReminderOptions } from "../../src/mail/draftRequest";
import { contactEntries, markTarget, rowMarks } from "../../src/app/contactPlan";
import { applyCells } from "../../src/app/markSent";
import { hostAbilities, missingWaysNote } from "../../src/taskpane/hostAbilities";
import { selectedInvoices } from "../../src/app/selectedInvoices";

const AS_OF = Date.UTC(2026, 1, 15) / 86_400_000;
// A list that starts at C3 of its sheet: title rows above, a column left of it.
const values: unknown[][] = [
  ["Customer", "Invoice", "Due date", "Balance", "Email", "Last contact", "Reminders sent"],
  ["Acme", "INV-1", 46000, 100, "ap@acme.example", "", ""],
  ["Acme", "INV-2", 46010, 50, "ap@acme.example", "", 2],
  ["Total", "", "", 220, "", "", ""],
  ["Beta", "INV-3", 45990, 70, "ap@beta.example", "", "n/a"],
];
const mapping = {
  customer: { column: 0 }, invoice: { column: 1 }, dueDate: { column: 2 }, balance: { column: 3 }, email: { column: 4 }, lastContact: { column: 5 }, remindersSent: { column: 6 },
};
const list = { sheetName: "AR", tableName: null, top: 2, left: 2, values };

function batch() {
  const ledger = readLedger({ cells: values }, { row: 0, mapping }, { dateSystem: 1900, asOf: AS_OF });
  const selection = selectedInvoices(ledger, [1, 2, 3, 4]);
  const groups = reminderGroups(selection.invoices, AS_OF, defaultPolicy, defaultReminderOptions);
  return { selection, messages: draftMessages(groups.drafts, new Map(), "AR", AS_OF).messages };
}

describe("selectedInvoices", () => {
  it("takes the invoices on the selected rows and says why a total row is not one", () => {
    const { selection } = batch();
    expect(selection.invoices.map((invoice) => invoice.invoiceNumber)).toEqual(["INV-1", "INV-2", "INV-3"]);
    expect(selection.leftOut).toEqual([{ row: 3, customer: null, column: null, reason: "a total row" }]);
  });
});

describe("the Mark-as-sent plan", () => {
  it("puts the aging columns in sheet coordinates", () => {
    expect(markTarget(list, 0, mapping)).toEqual({
      sheetName: "AR", tableName: null, headerRow: 2,
      identity: { customer: 2, invoiceNumber: 3, dueDate: 4, balance: 5 },
      desk: { lastContact: 7, remindersSent: 8, dunningStatus: null },
    });
    expect(markTarget(list, 0, { customer: { column: 0 } }).desk).toEqual({ lastContact: null, remindersSent: null, dunningStatus: null });
  });

  it("marks only the rows of the messages the log took, with the facts read there", () => {
    const { messages } = batch();
    const acme = messages.find((message) => message.draft.customer === "Acme");
    if (!acme) throw new Error("no Acme draft");
    const target = markTarget(list, 0, mapping);
    expect(rowMarks(list, target, messages, new Set([acme.record.draftId]), 46068, AS_OF)).toEqual([
      { row: 3, identity: { customer: "Acme", invoiceNumber: "INV-1", dueDate: 46000, balance: 100 }, contactSerial: 46068, state: null },
      { row: 4, identity: { customer: "Acme", invoiceNumber: "INV-2", dueDate: 46010, balance: 50 }, contactSerial: 46068, state: null },
    ]);
    expect(contactEntries([acme], 46068.5, "")[0]).toMatchObject({ customer: "Acme", invoices: "INV-1, INV-2", channel: "Email" });
  });

  it("patches the pane's copy with the cells written, inside the block only", () => {
    const copy = { ...list, values: values.map((row) => [...row]) };
    applyCells(copy, [{ row: 3, column: 7, value: 46068 }, { row: 3, column: 8, value: 1 }, { row: 4, column: 20, value: "x" }]);
    expect(copy.values[1]?.slice(5)).toEqual([46068, 1]);
    expect(copy.values[2]).toEqual(values[2]);
  });
});

describe("hostAbilities", () => {
  it.each([
    ["OfficeOnline", { download: true, mailto: true }],
    [null, { download: true, mailto: true }],
    ["PC", { download: false, mailto: false }],
    ["Mac", { download: false, mailto: false }],
  ])("%s → %j", (platform, abilities) => {
    expect(hostAbilities(platform)).toEqual(abilities);
  });

  it("says which path to use where a way out is missing", () => {
    expect(missingWaysNote(hostAbilities("OfficeOnline"))).toBeNull();
    expect(missingWaysNote(hostAbilities("PC"))).toBe("This Excel cannot download files or open your mail app from a pane: use Write to Reminders sheet (for mail merge) or Copy.");
  });
});
