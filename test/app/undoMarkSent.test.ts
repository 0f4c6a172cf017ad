// Undo of Mark as sent (issue 17 item 3): the log stays append-only, the three cells come back
// where they still hold what the mark wrote, and a changed cell is reported, not overwritten.
import { recordContacts, type MarkTarget, type RowMark } from "../../src/app/recordContacts";
import { undoMarkSent, type MarkedBatch } from "../../src/app/undoMarkSent";
import { officeWorkbook, contactLogLayout } from "../../src/excel";
import type { ContactEntry } from "../../src/mail/reminderRecord";
import { createFakeExcel } from "../support/fakeExcel";

const FEB_5 = 46_058;
const values = [
  ["Customer", "Invoice", "Due date", "Balance", "Last contact", "Reminders sent", "Dunning status"],
  ["Acme", "INV-1", 46_000, 100, 46_000, 1, ""],
  ["Beta", "INV-2", 46_010, 50, "", "", ""],
];
const target: MarkTarget = { sheetName: "AR", tableName: null, headerRow: 0, identity: { customer: 0, invoiceNumber: 1, dueDate: 2, balance: 3 }, desk: { lastContact: 4, remindersSent: 5, dunningStatus: 6 } };
const entry = (draftId: string, customer: string): ContactEntry => ({ loggedAt: FEB_5 + 0.4, customer, invoices: "INV-1", stage: "Reminder", channel: "Email", subject: "Payment reminder", amount: 100, currency: "EUR", offer: null, note: "", draftId, markedBy: "Dana" });

function mark(row: number, changes: Partial<RowMark> = {}): RowMark {
  const cells = values[row] ?? [];
  return { row, identity: { customer: cells[0], invoiceNumber: cells[1], dueDate: cells[2], balance: cells[3] }, contactSerial: FEB_5, state: null, ...changes };
}

async function markedBatch(): Promise<{ fake: ReturnType<typeof createFakeExcel>; batch: MarkedBatch }> {
  const fake = createFakeExcel({ sheets: [{ name: "AR", values }] });
  fake.install();
  const entries = [entry("d-acme", "Acme"), entry("d-beta", "Beta")];
  expect(await officeWorkbook.appendContactLog(entries)).toMatchObject({ ok: true, appended: ["d-acme", "d-beta"] });
  const marks = [mark(1), mark(2, { contactSerial: null, state: { salesAsked: 20_489 } })];
  const recorded = await recordContacts(officeWorkbook, target, marks, { confirmOverwrite: false });
  if (!("cells" in recorded)) throw new Error(JSON.stringify(recorded));
  return { fake, batch: { target, entries, cells: recorded.cells, identities: new Map(marks.map((item) => [item.row, item.identity])) } };
}

function log(fake: ReturnType<typeof createFakeExcel>): unknown[][] {
  const table = fake.book.tableNamed(contactLogLayout.name);
  if (!table) throw new Error("no log");
  return fake.values(table.sheet.name, table.top + 1, table.left, table.rows - 1, table.columns);
}

describe("undoMarkSent", () => {
  it("appends an Undoes row per message and restores Last contact, Reminders sent and Dunning status", async () => {
    const { fake, batch } = await markedBatch();
    expect(fake.values("AR", 1, 4, 2, 3)).toEqual([[FEB_5, 2, ""], ["", "", "sales asked 2026-02-05"]]);
    expect(await undoMarkSent(officeWorkbook, batch, FEB_5 + 0.5, "Dana")).toEqual({ ok: true, undone: ["d-acme", "d-beta"], restored: 3, changedSince: [] });
    expect(fake.values("AR", 1, 4, 2, 3)).toEqual([[46_000, 1, ""], ["", "", ""]]);
    const rows = log(fake);
    expect(rows).toHaveLength(4); // append-only: the marking rows stay
    expect(rows.map((row) => [row[10], row[11], row[12]])).toEqual([["d-acme", "Dana", ""], ["d-beta", "Dana", ""], ["d-acme", "Dana", "d-acme"], ["d-beta", "Dana", "d-beta"]]);
    // Undone drafts can be marked again.
    expect(await officeWorkbook.appendContactLog([entry("d-acme", "Acme")])).toMatchObject({ appended: ["d-acme"] });
  });

  it("leaves a cell changed since marking and reports it", async () => {
    const { fake, batch } = await markedBatch();
    fake.book.sheetNamed("AR")?.setValue(1, 5, 7);
    const result = await undoMarkSent(officeWorkbook, batch, FEB_5 + 0.5, "");
    expect(result).toEqual({ ok: true, undone: ["d-acme", "d-beta"], restored: 2, changedSince: ["AR!F2"] });
    expect(fake.values("AR", 1, 4, 1, 2)).toEqual([[46_000, 7]]);
  });

  it("restores nothing when a row moved, but still logs the undo", async () => {
    const { fake, batch } = await markedBatch();
    fake.book.sheetNamed("AR")?.setValue(1, 1, "INV-9");
    expect(await undoMarkSent(officeWorkbook, batch, FEB_5 + 0.5, "")).toMatchObject({ ok: false, moved: [{ row: 1, field: "invoice number" }], undone: ["d-acme", "d-beta"] });
    expect(fake.values("AR", 1, 4, 1, 2)).toEqual([[FEB_5, 2]]);
    expect(log(fake)).toHaveLength(4);
  });
});
