// Mark as sent's writes to aging rows (issue 13 item 4), through the Office adapter over the fake
// Excel; the contract suite runs the same flow over the .xlsx adapter.
import { recordContacts, type MarkTarget, type RowMark } from "../../src/app/recordContacts";
import { officeWorkbook } from "../../src/excel";
import { createFakeExcel, type FakeSheetState } from "../support/fakeExcel";

const FEB_5 = 46_058;
const values = [
  ["Customer", "Invoice", "Due date", "Balance", "Last contact", "Reminders sent"],
  ["Acme", "INV-1", 46_000, 100, 46_000, 1],
  ["Acme", "INV-2", 46_010, 50, "", ""],
  ["Gamma", "INV-3", 46_020, 75, "", "two"],
];
const target: MarkTarget = {
  sheetName: "AR", tableName: null, headerRow: 0,
  identity: { customer: 0, invoiceNumber: 1, dueDate: 2, balance: 3 },
  desk: { lastContact: 4, remindersSent: 5, dunningStatus: null },
};

function install(sheet: Partial<FakeSheetState> = {}) {
  const fake = createFakeExcel({ sheets: [{ name: "AR", values, numberFormats: [[], [undefined, undefined, undefined, undefined, "dd/mm/yyyy"]], ...sheet }] });
  fake.install();
  return fake;
}

/** A mark of sheet row `row` with the facts the list held there. */
function mark(row: number, changes: Partial<RowMark> = {}): RowMark {
  const cells = values[row] ?? [];
  return { row, identity: { customer: cells[0], invoiceNumber: cells[1], dueDate: cells[2], balance: cells[3] }, contactSerial: FEB_5, state: null, ...changes };
}

const mark_ = (marks: RowMark[], confirmOverwrite = false) => recordContacts(officeWorkbook, target, marks, { confirmOverwrite });

describe("recordContacts: one row-patch plan", () => {
  it("sets the last contact and counts one more reminder", async () => {
    const fake = install();
    const result = await mark_([mark(1), mark(2)]);
    expect(result).toMatchObject({ ok: true, createdColumns: [], balanceChanged: [] });
    expect(fake.cell("AR", 1, 4)).toEqual({ value: FEB_5, formula: null, numberFormat: "dd/mm/yyyy" });
    expect(fake.cell("AR", 2, 4)).toEqual({ value: FEB_5, formula: null, numberFormat: "yyyy-mm-dd" });
    expect(fake.values("AR", 1, 5, 2, 1)).toEqual([[2], [1]]);
  });

  it("writes nothing when two invoices of one customer were swapped since drafting, and says which row moved", async () => {
    const swapped = [values[0], values[2], values[1], values[3]] as unknown[][];
    const fake = install({ values: swapped });
    const result = await mark_([mark(1), mark(2)]);
    expect(result).toEqual({
      ok: false,
      moved: [
        { row: 1, field: "invoice number", expected: "INV-1", found: "INV-2" },
        { row: 1, field: "due date", expected: 46_000, found: 46_010 },
        { row: 2, field: "invoice number", expected: "INV-2", found: "INV-1" },
        { row: 2, field: "due date", expected: 46_010, found: 46_000 },
      ],
    });
    expect(fake.values("AR", 1, 4, 2, 2)).toEqual([["", ""], [46_000, 1]]);
  });

  it("writes a row whose balance changed (a partial payment) and reports it", async () => {
    install({ values: values.map((row, r) => (r === 1 ? ["Acme", "INV-1", 46_000, 60, 46_000, 1] : row)) });
    expect(await mark_([mark(1)])).toMatchObject({ ok: true, balanceChanged: [{ row: 1, before: 100, now: 60 }] });
  });

  // Failed before the fix: Last contact's formula was overwritten while Reminders sent's was skipped.
  it.each([
    ["Last contact", "1,4", "AR!E2"],
    ["Reminders sent", "1,5", "AR!F2"],
  ])("asks before replacing a formula in %s, as any other non-empty cell", async (_column, key, address) => {
    const fake = install({ formulas: { [key]: "=MAX(C4,C2)" } });
    const [row, column] = key.split(",").map(Number) as [number, number];
    expect(await mark_([mark(1)])).toEqual({ ok: false, conflicts: [{ address, value: "=MAX(C4,C2)" }] });
    expect(fake.cell("AR", row, column).formula).toBe("=MAX(C4,C2)");
    expect(await mark_([mark(1)], true)).toMatchObject({ ok: true });
    expect(fake.cell("AR", row, column).formula).toBeNull();
  });

  it("asks before replacing text in a count", async () => {
    const fake = install();
    expect(await mark_([mark(3)])).toEqual({ ok: false, conflicts: [{ address: "AR!F4", value: "two" }] });
    expect(fake.cell("AR", 3, 4).value).toBe("");
  });

  it("records a step that is no contact in a Dunning status column created right of the list", async () => {
    const fake = install();
    const asked = await mark_([mark(2, { contactSerial: null, state: { salesAsked: 20_489 } })]);
    expect(asked).toMatchObject({ ok: true, createdColumns: ["Dunning status"] });
    expect(fake.cell("AR", 0, 6).value).toBe("Dunning status");
    expect(fake.cell("AR", 2, 6)).toMatchObject({ value: "sales asked 2026-02-05", numberFormat: "@" });
    expect(fake.values("AR", 2, 4, 1, 2)).toEqual([["", ""]]); // no contact: neither Last contact nor Reminders sent
    const withStatus = { ...target, desk: { ...target.desk, dunningStatus: 6 } };
    expect(await recordContacts(officeWorkbook, withStatus, [mark(2, { state: { offered: { day: 20_499, until: 20_513 } } })], { confirmOverwrite: false })).toMatchObject({ ok: true, createdColumns: [] });
    expect(fake.cell("AR", 2, 6).value).toBe("sales asked 2026-02-05; offered 2026-02-15 until 2026-03-01");
  });

  it("never rewrites the user's words in the Dunning status column without asking", async () => {
    const withStatus = { ...target, desk: { ...target.desk, dunningStatus: 6 } };
    const fake = install({ values: values.map((row, r) => [...row, r === 0 ? "Dunning status" : r === 2 ? "call Monday" : ""]) });
    expect(await recordContacts(officeWorkbook, withStatus, [mark(2, { contactSerial: null, state: { salesAsked: 20_489 } })], { confirmOverwrite: false })).toEqual({ ok: false, conflicts: [{ address: "AR!G3", value: "call Monday" }] });
    expect(fake.cell("AR", 2, 6).value).toBe("call Monday");
  });

  it("creates missing columns right of the header row's last heading", async () => {
    const fake = install({ values: values.map((row, r) => (r === 0 ? [...row.slice(0, 4), "", "", "", "Notes"] : row.slice(0, 4))) });
    const narrow = { ...target, desk: { lastContact: null, remindersSent: null, dunningStatus: null } };
    expect(await recordContacts(officeWorkbook, narrow, [mark(1)], { confirmOverwrite: false })).toMatchObject({ ok: true, createdColumns: ["Last contact", "Reminders sent"] });
    expect(fake.values("AR", 0, 8, 2, 2)).toEqual([["Last contact", "Reminders sent"], [FEB_5, 1]]);
  });
});

describe("recordContacts after an earlier mark created the columns", () => {
  it("writes into the columns the header row has gained, not into new ones", async () => {
    const fake = install({ values: values.map((row) => row.slice(0, 4)) });
    const narrow = { ...target, desk: { lastContact: null, remindersSent: null, dunningStatus: null } };
    expect(await recordContacts(officeWorkbook, narrow, [mark(1)], { confirmOverwrite: false })).toMatchObject({ ok: true, createdColumns: ["Last contact", "Reminders sent"] });
    // The pane's copy of the list still lacks them (not read again).
    expect(await recordContacts(officeWorkbook, narrow, [mark(1)], { confirmOverwrite: false })).toMatchObject({ ok: true, createdColumns: [] });
    expect(fake.values("AR", 0, 4, 2, 3)).toEqual([["Last contact", "Reminders sent", ""], [FEB_5, 2, ""]]);
  });
});
