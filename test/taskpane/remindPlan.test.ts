import { defaultPolicy } from "../../src/core/policy";
import { readLedger } from "../../src/core/ledger";
import { draftMessages } from "../../src/mail/draftMessages";
import { reminderGroups } from "../../src/mail/reminderGroups";
import { defaultReminderOptions } from "../../src/mail/draftRequest";
import { contactColumns, contactEntries, contactRows, patchContacts } from "../../src/taskpane/contactPlan";
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
    expect(contactColumns(list, 0, mapping)).toEqual({
      sheetName: "AR", tableName: null, headerRow: 2, customerColumn: 2, lastContactColumn: 7, remindersSentColumn: 8, lastColumn: 8,
    });
    expect(contactColumns(list, 0, { customer: { column: 0 } })).toMatchObject({ lastContactColumn: null, remindersSentColumn: null });
  });

  it("updates only the rows of the messages the log took, with the customer text read there", () => {
    const { messages } = batch();
    const acme = messages.find((message) => message.draft.customer === "Acme");
    if (!acme) throw new Error("no Acme draft");
    expect(contactRows(list, mapping, messages, new Set([acme.record.draftId]), 46068)).toEqual([
      { row: 3, customer: "Acme", contactSerial: 46068 },
      { row: 4, customer: "Acme", contactSerial: 46068 },
    ]);
    expect(contactEntries([acme], 46068.5, "")[0]).toMatchObject({ customer: "Acme", invoices: "INV-1, INV-2", channel: "Email" });
  });

  it("patches the pane's copy: the date, a count + 1, blank → 1, and leaves text alone", () => {
    const copy = { ...list, values: values.map((row) => [...row]) };
    const rows = [3, 4, 6].map((row) => ({ row, customer: "", contactSerial: 46068 }));
    patchContacts(copy, contactColumns(copy, 0, mapping), rows);
    expect(copy.values.map((row) => [row[5], row[6]]).slice(1)).toEqual([[46068, 1], [46068, 3], ["", ""], [46068, "n/a"]]);
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
