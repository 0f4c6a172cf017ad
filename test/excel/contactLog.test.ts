import { appendContactLog, contactLogLayout, excelMessages, type ContactLogEntry } from "../../src/excel";
import { createFakeExcel, type FakeWorkbookState } from "../support/fakeExcel";

const SHEET = "Contact Log";
const FEB_5_AT_10_30 = 46_058 + 10.5 / 24;

function entry(draftId: string, extra: Partial<ContactLogEntry> = {}): ContactLogEntry {
  return { loggedAt: FEB_5_AT_10_30, customer: "Acme", invoices: "INV-1, INV-2", stage: "Reminder", channel: "email", subject: "Payment reminder", amount: 1250.5, currency: "EUR", offer: null, note: "", draftId, ...extra };
}

function install(state: FakeWorkbookState = { sheets: [{ name: "AR", values: [["Customer"]] }] }) {
  const fake = createFakeExcel(state);
  fake.install();
  return fake;
}

function log(fake: ReturnType<typeof install>): unknown[][] {
  const table = fake.book.tableNamed(contactLogLayout.name);
  if (!table) throw new Error("no table");
  return fake.values(table.sheet.name, table.top + 1, table.left, table.rows - 1, table.columns);
}

describe("appendContactLog", () => {
  it("creates the sheet and the Table on first use, with dates, amounts and texts formatted", async () => {
    const fake = install();
    fake.resetStats();
    const result = await appendContactLog([entry("d1", { offer: 900, customer: "=cmd|' /C calc'!A0", note: "-called twice" }), entry("d2")]);
    expect(result).toEqual({ ok: true, appended: ["d1", "d2"], alreadyLogged: [] });
    expect(fake.stats.syncs).toBe(2);
    expect(fake.values(SHEET, 0, 0, 1, 11)).toEqual([["Logged at", "Customer", "Invoices", "Stage", "Channel", "Subject", "Amount", "Currency", "Offer", "Note", "Draft id"]]);
    expect(fake.cell(SHEET, 1, 0)).toEqual({ value: FEB_5_AT_10_30, formula: null, numberFormat: "yyyy-mm-dd hh:mm" });
    expect(fake.cell(SHEET, 1, 1)).toEqual({ value: "=cmd|' /C calc'!A0", formula: null, numberFormat: "@" });
    expect(fake.cell(SHEET, 1, 9)).toEqual({ value: "-called twice", formula: null, numberFormat: "@" });
    expect(fake.cell(SHEET, 1, 8)).toEqual({ value: 900, formula: null, numberFormat: "#,##0.00" });
    expect(fake.cell(SHEET, 2, 8)).toEqual({ value: "", formula: null, numberFormat: "#,##0.00" });
    expect(fake.cell(SHEET, 2, 6).numberFormat).toBe("#,##0.00");
  });

  it("is append-only: existing rows stay as they are, a second append goes below", async () => {
    const fake = install();
    await appendContactLog([entry("d1"), entry("d2")]);
    const before = log(fake);
    fake.resetStats();
    expect(await appendContactLog([entry("d3", { customer: "+Beta", note: "0012" })])).toEqual({ ok: true, appended: ["d3"], alreadyLogged: [] });
    // Find the Table, read its header, then its Draft id and Undoes columns (found by name), write the chunk.
    expect(fake.stats.syncs).toBe(4);
    const after = log(fake);
    expect(after.slice(0, 2)).toEqual(before);
    expect(after[2]).toEqual([FEB_5_AT_10_30, "+Beta", "INV-1, INV-2", "Reminder", "email", "Payment reminder", 1250.5, "EUR", "", "0012", "d3", "", ""]);
    expect(fake.cell(SHEET, 3, 1)).toMatchObject({ formula: null, numberFormat: "@" });
  });

  it("logs a draft marked twice once, also within one batch", async () => {
    const fake = install();
    expect(await appendContactLog([entry("d1"), entry("d1"), entry("d2")])).toEqual({ ok: true, appended: ["d1", "d2"], alreadyLogged: [] });
    expect(await appendContactLog([entry("d2"), entry("d3"), entry(" d1 ")])).toEqual({ ok: true, appended: ["d3"], alreadyLogged: ["d2", " d1 "] });
    fake.resetStats();
    expect(await appendContactLog([entry("d3")])).toEqual({ ok: true, appended: [], alreadyLogged: ["d3"] });
    expect(log(fake).map((row) => row[10])).toEqual(["d1", "d2", "d3"]);
    expect(fake.stats.syncs).toBe(3);
  });

  it("migrates a version-1 log: Marked by and Undoes are added at its end, its rows stay", async () => {
    const v1 = contactLogLayout.olderVersions[0] ?? [];
    const old = [46_000.5, "Acme", "INV-1", "Reminder", "Email", "Payment reminder", 10, "EUR", "", "", "2026-01-01-3f9a2c1e"];
    const fake = install({ sheets: [{ name: SHEET, values: [[...v1], old], tables: [{ name: contactLogLayout.name, top: 0, left: 0, rows: 2, columns: 11 }] }] });
    expect(await appendContactLog([entry("d1", { markedBy: "Dana" })])).toEqual({ ok: true, appended: ["d1"], alreadyLogged: [] });
    expect(fake.values(SHEET, 0, 0, 1, 13)[0]?.slice(10)).toEqual(["Draft id", "Marked by", "Undoes"]);
    expect(log(fake)).toEqual([[...old, "", ""], [FEB_5_AT_10_30, "Acme", "INV-1, INV-2", "Reminder", "email", "Payment reminder", 1250.5, "EUR", "", "", "d1", "Dana", ""]]);
  });

  it("counts a draft taken back by an undo row as not logged, so it can be marked again", async () => {
    install();
    await appendContactLog([entry("d1")]);
    expect(await appendContactLog([entry("d1", { undoes: "d1" })])).toEqual({ ok: true, appended: ["d1"], alreadyLogged: [] });
    expect(await appendContactLog([entry("d1")])).toEqual({ ok: true, appended: ["d1"], alreadyLogged: [] });
    expect(await appendContactLog([entry("d1")])).toEqual({ ok: true, appended: [], alreadyLogged: ["d1"] });
  });

  it("appends long batches in byte-sized chunks", async () => {
    const fake = install();
    await appendContactLog([entry("first")]);
    const entries = Array.from({ length: 1_500 }, (_, i) => entry(`d${i}`, { note: "n".repeat(4_000) }));
    fake.resetStats();
    expect(await appendContactLog(entries)).toMatchObject({ ok: true, appended: entries.map((item) => item.draftId) });
    expect(fake.stats.syncs).toBeGreaterThanOrEqual(2 + 3);
    expect(fake.stats.maxSyncBytes).toBeLessThanOrEqual(2_000_000);
    expect(log(fake)).toHaveLength(1_501);
  });

  it("refuses a text too long for a cell, a user's sheet called Contact Log, and a changed Table", async () => {
    install();
    expect(await appendContactLog([entry("d1", { customer: "Beta", note: "x".repeat(40_000) })])).toEqual({ error: excelMessages.cellTooLong("Beta", "Note") });
    const user = install({ sheets: [{ name: "Contact Log", values: [["Called Acme on Monday"]] }] });
    expect(await appendContactLog([entry("d1")])).toEqual({ error: excelMessages.sheetWithoutTable("Contact Log", "DunningContactLog") });
    expect(user.cell(SHEET, 1, 0).value).toBe("");
    install({ sheets: [{ name: "Log", values: [["Customer", "Draft id"], ["Acme", "d0"]], tables: [{ name: "DunningContactLog", top: 0, left: 0, rows: 2, columns: 2 }] }] });
    expect(await appendContactLog([entry("d1")])).toMatchObject({ error: expect.stringContaining("no longer has the columns") as string });
  });

  it("fills the blank row a Table keeps when all its rows were deleted", async () => {
    const headers = [...contactLogLayout.headers];
    const fake = install({ sheets: [{ name: SHEET, values: [headers, new Array(11).fill("")], tables: [{ name: "DunningContactLog", top: 0, left: 0, rows: 2, columns: 11 }] }] });
    expect(await appendContactLog([entry("d1")])).toEqual({ ok: true, appended: ["d1"], alreadyLogged: [] });
    expect(log(fake).map((row) => row[10])).toEqual(["d1"]);
  });
});
