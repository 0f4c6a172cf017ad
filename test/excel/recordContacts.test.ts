import { excelMessages, recordContacts, type ContactTarget } from "../../src/excel";
import { createFakeExcel, type FakeSheetState } from "../support/fakeExcel";

const FEB_5 = 46_058;
const values = [
  ["Customer", "Balance", "Last contact", "Reminders sent"],
  ["Acme", 100, 46_000, 1],
  ["Beta", 50, "", ""],
  ["Gamma", 75, "", "two"],
  ["Delta", 20, "", ""],
];
const target: ContactTarget = { sheetName: "AR", tableName: null, headerRow: 0, customerColumn: 0, lastContactColumn: 2, remindersSentColumn: 3, lastColumn: 3 };

function install(sheet: Partial<FakeSheetState> = {}) {
  const fake = createFakeExcel({ sheets: [{ name: "AR", values, numberFormats: [[], [undefined, undefined, "dd/mm/yyyy"]], ...sheet }] });
  fake.install();
  return fake;
}

describe("recordContacts", () => {
  it("sets the last contact and counts one more reminder, in one read and one write", async () => {
    const fake = install();
    fake.resetStats();
    const result = await recordContacts(target, [
      { row: 1, customer: "acme ", contactSerial: FEB_5 },
      { row: 2, customer: "Beta", contactSerial: FEB_5 },
    ]);
    expect(result).toEqual({ ok: true, createdColumns: [], skipped: [] });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.cell("AR", 1, 2)).toEqual({ value: FEB_5, formula: null, numberFormat: "dd/mm/yyyy" });
    expect(fake.cell("AR", 2, 2)).toEqual({ value: FEB_5, formula: null, numberFormat: "yyyy-mm-dd" });
    expect(fake.values("AR", 1, 3, 2, 1)).toEqual([[2], [1]]);
  });

  it("leaves a count that is text or a formula alone and reports its row", async () => {
    const fake = install({ formulas: { "4,3": "=1+1" } });
    const updates = [{ row: 3, customer: "Gamma", contactSerial: FEB_5 }, { row: 4, customer: "Delta", contactSerial: FEB_5 }];
    expect(await recordContacts(target, updates)).toEqual({ ok: true, createdColumns: [], skipped: [3, 4] });
    expect(fake.cell("AR", 3, 3).value).toBe("two");
    expect(fake.cell("AR", 4, 3).formula).toBe("=1+1");
    expect(fake.cell("AR", 3, 2).value).toBe(FEB_5);
  });

  it("writes nothing when a row no longer holds its customer (the sheet was sorted)", async () => {
    const fake = install();
    fake.resetStats();
    const result = await recordContacts(target, [
      { row: 1, customer: "Acme", contactSerial: FEB_5 },
      { row: 2, customer: "Gamma", contactSerial: FEB_5 },
      { row: 4, customer: "Beta", contactSerial: FEB_5 },
    ]);
    expect(result).toEqual({ ok: false, moved: [2, 4] });
    expect(fake.stats.syncs).toBe(1);
    expect(fake.values("AR", 1, 2, 2, 2)).toEqual([[46_000, 1], ["", ""]]);
  });

  it("creates the missing columns right of the block", async () => {
    const fake = install({ values: values.map((row) => row.slice(0, 2)) });
    const plain = { ...target, lastContactColumn: null, remindersSentColumn: null, lastColumn: 1 };
    expect(await recordContacts(plain, [{ row: 2, customer: "Beta", contactSerial: FEB_5 }])).toEqual({ ok: true, createdColumns: ["Last contact", "Reminders sent"], skipped: [] });
    expect(fake.values("AR", 0, 2, 3, 2)).toEqual([["Last contact", "Reminders sent"], ["", ""], [FEB_5, 1]]);
    expect(fake.cell("AR", 2, 2).numberFormat).toBe("yyyy-mm-dd");
  });

  it("creates a missing column as a Table column in a Table", async () => {
    const fake = install({ values: values.map((row) => row.slice(0, 3)), tables: [{ name: "Ledger", top: 0, left: 0, rows: 5, columns: 3 }] });
    const inTable = { ...target, tableName: "Ledger", remindersSentColumn: null, lastColumn: 2 };
    fake.resetStats();
    expect(await recordContacts(inTable, [{ row: 4, customer: "Delta", contactSerial: FEB_5 }])).toEqual({ ok: true, createdColumns: ["Reminders sent"], skipped: [] });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.book.tableNamed("Ledger")?.columns).toBe(4);
    expect(fake.values("AR", 0, 3, 5, 1)).toEqual([["Reminders sent"], [""], [""], [""], [1]]);
  });

  it("refuses to create a column over a user's cells, naming the first one", async () => {
    const fake = install({ values: values.map((row, r) => (r === 2 ? ["Beta", 50, "", "note"] : row.slice(0, 2))) });
    const plain = { ...target, lastContactColumn: null, remindersSentColumn: null, lastColumn: 1 };
    expect(await recordContacts(plain, [{ row: 2, customer: "Beta", contactSerial: FEB_5 }])).toEqual({ error: excelMessages.cellsNotEmpty("AR!D3") });
    expect(fake.cell("AR", 0, 2).value).toBe("");
  });

  it("puts created columns right of headings added since the list was read (the AR columns, say)", async () => {
    const fake = install({ values: values.map((row, r) => (r === 0 ? ["Customer", "Balance", "Bucket", "Next action"] : row.slice(0, 2))) });
    const plain = { ...target, lastContactColumn: null, remindersSentColumn: null, lastColumn: 1 };
    expect(await recordContacts(plain, [{ row: 2, customer: "Beta", contactSerial: FEB_5 }])).toEqual({ ok: true, createdColumns: ["Last contact", "Reminders sent"], skipped: [] });
    expect(fake.values("AR", 0, 2, 1, 4)).toEqual([["Bucket", "Next action", "Last contact", "Reminders sent"]]);
    expect(fake.values("AR", 2, 4, 1, 2)).toEqual([[FEB_5, 1]]);
  });

  it("reads scattered rows cell by cell and keeps two syncs", async () => {
    const many = [values[0] ?? [], ...Array.from({ length: 5_000 }, (_, i) => [`C${i + 1}`, 10, "", i % 7])];
    const fake = install({ values: many });
    fake.resetStats();
    const updates = [3, 2_500, 4_999].map((row) => ({ row, customer: `C${row}`, contactSerial: FEB_5 }));
    expect(await recordContacts(target, updates)).toMatchObject({ ok: true, skipped: [] });
    expect(fake.stats.syncs).toBe(2);
    // Only the rows involved travel: 3 rows × 3 columns (values, formulas and formats), not 5,000 rows.
    expect(fake.stats.payloadCells).toBeLessThan(100);
    expect(fake.values("AR", 2_500, 3, 1, 1)).toEqual([[(2_499 % 7) + 1]]);
  });
});
