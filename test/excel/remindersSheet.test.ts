import { excelMessages, remindersLayout, writeRemindersSheet, type ReminderSheetRow } from "../../src/excel";
import { createFakeExcel, type FakeWorkbookState } from "../support/fakeExcel";

const SHEET = "Reminders";

function reminder(customer: string, extra: Partial<ReminderSheetRow> = {}): ReminderSheetRow {
  return {
    to: `ap@${customer.toLowerCase().replace(/\W/g, "")}.example`,
    cc: "",
    subject: `Payment reminder: ${customer}`,
    text: `Dear ${customer}, …`,
    html: `<p>Dear ${customer}, …</p>`,
    stage: "Reminder",
    customer,
    amount: 1250.5,
    currency: "EUR",
    language: "en",
    invoices: "INV-1, INV-2",
    draftId: `d-${customer}`,
    ...extra,
  };
}

function install(state: FakeWorkbookState = { sheets: [{ name: "AR", values: [["Customer"]] }] }) {
  const fake = createFakeExcel(state);
  fake.install();
  return fake;
}

/** The Table's body as Excel would read it. */
function body(fake: ReturnType<typeof install>): unknown[][] {
  const table = fake.book.tableNamed(remindersLayout.name);
  if (!table) throw new Error("no table");
  return fake.values(table.sheet.name, table.top + 1, table.left, table.rows - 1, table.columns);
}

describe("writeRemindersSheet", () => {
  it("creates the sheet and the Table with the header in row 1", async () => {
    const fake = install();
    fake.resetStats();
    expect(await writeRemindersSheet([reminder("Acme"), reminder("Beta")], { confirmReplace: false })).toEqual({ ok: true, address: "Reminders!A1:L3", rows: 2 });
    expect(fake.book.tableNamed("DunningReminders")).toMatchObject({ top: 0, left: 0, rows: 3, columns: 12 });
    expect(fake.values(SHEET, 0, 0, 1, 12)).toEqual([["To", "Cc", "Subject", "Text", "HTML", "Stage", "Customer", "Amount", "Currency", "Language", "Invoices", "Draft id"]]);
    expect(fake.cell(SHEET, 1, 7)).toEqual({ value: 1250.5, formula: null, numberFormat: "#,##0.00" });
    expect(fake.cell(SHEET, 2, 6)).toEqual({ value: "Beta", formula: null, numberFormat: "@" });
    // One sync finds the sheet and the Table, one writes the batch.
    expect(fake.stats.syncs).toBe(2);
  });

  it("keeps formula-looking and number-looking texts as text, in the first chunk and in appended ones", async () => {
    const fake = install();
    const rows = [reminder("Acme"), reminder("-Acme", { subject: '=HYPERLINK("http://x.example","pay")', invoices: "0012" }), reminder("+Beta", { cc: "@team" })];
    await writeRemindersSheet(rows, { confirmReplace: false });
    expect(fake.cell(SHEET, 2, 2)).toEqual({ value: '=HYPERLINK("http://x.example","pay")', formula: null, numberFormat: "@" });
    expect(fake.cell(SHEET, 2, 6).value).toBe("-Acme");
    expect(fake.cell(SHEET, 2, 10).value).toBe("0012");
    // Replacing writes through rows.add: the same texts stay text there too.
    await writeRemindersSheet([reminder("Gamma"), ...rows], { confirmReplace: true });
    expect(fake.cell(SHEET, 3, 2)).toEqual({ value: '=HYPERLINK("http://x.example","pay")', formula: null, numberFormat: "@" });
    expect(fake.cell(SHEET, 4, 1)).toEqual({ value: "@team", formula: null, numberFormat: "@" });
  });

  it("asks before replacing a batch, then leaves exactly the new batch", async () => {
    const fake = install();
    await writeRemindersSheet(["A", "B", "C", "D"].map((name) => reminder(name)), { confirmReplace: false });
    fake.resetStats();
    expect(await writeRemindersSheet([reminder("X")], { confirmReplace: false })).toEqual({ ok: false, existingRows: 4 });
    expect(body(fake).map((row) => row[6])).toEqual(["A", "B", "C", "D"]);
    expect(fake.stats.syncs).toBe(2);
    expect(await writeRemindersSheet([reminder("X"), reminder("Y")], { confirmReplace: true })).toEqual({ ok: true, address: "Reminders!A1:L3", rows: 2 });
    expect(body(fake).map((row) => row[6])).toEqual(["X", "Y"]);
    expect(fake.values(SHEET, 3, 0, 2, 12).flat().every((cell) => cell === "")).toBe(true);
    expect(await writeRemindersSheet([], { confirmReplace: true })).toEqual({ ok: true, address: "Reminders!A1:L2", rows: 0 });
    expect(body(fake)).toEqual([new Array(12).fill("")]);
    // An emptied Table holds no batch: no confirmation needed.
    expect(await writeRemindersSheet([reminder("Z")], { confirmReplace: false })).toMatchObject({ ok: true, rows: 1 });
    expect(body(fake).map((row) => row[6])).toEqual(["Z"]);
  });

  it("writes a 3,000-row batch of 12 KB bodies in chunks under the byte budget, one sync each", async () => {
    const fake = install();
    const html = `<p>${"x".repeat(12_000)}</p>`;
    const rows = Array.from({ length: 3_000 }, (_, i) => reminder(`Customer ${i}`, { html }));
    const reports: number[] = [];
    fake.resetStats();
    const result = await writeRemindersSheet(rows, { confirmReplace: false }, { cancelled: false, report: (done) => reports.push(done) });
    expect(result).toEqual({ ok: true, address: "Reminders!A1:L3001", rows: 3_000 });
    // 36 MB in ~2 MB chunks: 19 chunks, each its own sync, plus the one read.
    expect(reports.length - 1).toBeGreaterThanOrEqual(18);
    expect(fake.stats.syncs).toBe(1 + reports.length - 1);
    expect(fake.stats.maxSyncBytes).toBeLessThanOrEqual(2_000_000);
    expect(body(fake)).toHaveLength(3_000);
    expect(fake.cell(SHEET, 3_000, 6).value).toBe("Customer 2999");
    // Replacing it also goes chunk by chunk through rows.add.
    fake.resetStats();
    expect(await writeRemindersSheet(rows.slice(0, 2_000), { confirmReplace: true })).toMatchObject({ ok: true, rows: 2_000 });
    expect(fake.stats.maxSyncBytes).toBeLessThanOrEqual(2_000_000);
    expect(body(fake)).toHaveLength(2_000);
  });

  it("stops between chunks when cancelled", async () => {
    const fake = install();
    const rows = Array.from({ length: 600 }, (_, i) => reminder(`C${i}`, { html: "y".repeat(12_000) }));
    const progress = { cancelled: false, report: (done: number) => void (progress.cancelled = done > 0) };
    expect(await writeRemindersSheet(rows, { confirmReplace: false }, progress)).toEqual({ error: excelMessages.cancelled });
    expect(body(fake).length).toBeGreaterThan(0);
    expect(body(fake).length).toBeLessThan(600);
  });

  it("refuses a text over Excel's 32,767-character cell limit and writes nothing", async () => {
    const fake = install();
    const result = await writeRemindersSheet([reminder("Acme"), reminder("Beta", { html: "z".repeat(32_768) })], { confirmReplace: false });
    expect(result).toEqual({ error: excelMessages.cellTooLong("Beta", "HTML") });
    expect(fake.book.sheetNamed(SHEET)).toBeUndefined();
    expect(await writeRemindersSheet([reminder("Beta", { html: "z".repeat(32_767) })], { confirmReplace: false })).toMatchObject({ ok: true });
  });

  it("never writes into a user's sheet called Reminders, but uses an empty one", async () => {
    const fake = install({ sheets: [{ name: "Reminders", values: [["my own list"]] }] });
    expect(await writeRemindersSheet([reminder("Acme")], { confirmReplace: true })).toEqual({ error: excelMessages.sheetWithoutTable("Reminders", "DunningReminders") });
    expect(fake.cell(SHEET, 0, 0).value).toBe("my own list");
    const empty = install({ sheets: [{ name: "Reminders", values: [] }] });
    expect(await writeRemindersSheet([reminder("Acme")], { confirmReplace: false })).toMatchObject({ ok: true, rows: 1 });
    expect(empty.cell(SHEET, 1, 6).value).toBe("Acme");
  });

  it("refuses a DunningReminders Table whose columns were changed", async () => {
    install({ sheets: [{ name: "Reminders", values: [["To", "Subject"], ["a@b.example", "Hi"]], tables: [{ name: "DunningReminders", top: 0, left: 0, rows: 2, columns: 2 }] }] });
    expect(await writeRemindersSheet([reminder("Acme")], { confirmReplace: true })).toMatchObject({ error: expect.stringContaining("no longer has the columns") as string });
  });
});
