// The restore from the Contact Log through the .xlsx adapter (issue 12 item 2): a fresh export
// without the desk's columns gets them back, right of the list, from the log; a user's newer
// value stays; a formula in the way is asked about; a dry run (the pane's offer) writes nothing.
import ExcelJS from "exceljs";
import { analyzeAgingList, type AgingList } from "../../src/app/agingList";
import { locateAgingList } from "../../src/app/locateAgingList";
import { restoreState } from "../../src/app/restoreState";
import { dayFromIsoText, type Day } from "../../src/core/days";
import { defaultPolicy } from "../../src/core/policy";
import { contactLogLayout } from "../../src/workbook/contactLogLayout";
import { openWorkbookFile, type FileWorkbook } from "../../src/xlsx";

const AS_OF = dayFromIsoText("2026-03-02") as Day;
const FEB_5 = 46_058;
const logRow = (loggedAt: number, customer: string, invoices: string, stage: string, draftId: string, undoes = "") =>
  [loggedAt, customer, invoices, stage, "Email", "Subject", 100, "EUR", null, "", draftId, "Dana", undoes];
const log = [
  logRow(FEB_5 - 10 + 0.4, "Acme GmbH", "RE-1, RE-2", "Reminder", "2026-01-26-a"),
  logRow(FEB_5 + 0.4, "Acme GmbH", "RE-1, RE-2", "Consequences", "2026-02-05-b"),
  logRow(FEB_5 + 7.4, "Acme GmbH", "RE-1", "Ask sales", "2026-02-12-c"),
  logRow(FEB_5 + 8.4, "Beta AG", "RE-3", "Reminder", "2026-02-13-d"),
  logRow(FEB_5 + 8.6, "Beta AG", "RE-3", "Reminder", "2026-02-13-d", "2026-02-13-d"),
];

/** Yesterday's export again: three invoices, no desk columns; `extra` adds columns of the user's. */
async function freshExport(extra: { header: string; values: unknown[] } | null = null): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("AR");
  sheet.addRow(["Customer", "Invoice", "Due date", "Balance", ...(extra ? [extra.header] : [])]);
  const rows = [["Acme GmbH", "RE-1", 45_990, 1000], ["Acme GmbH", "RE-2", 45_995, 500], ["Beta AG", "RE-3", 46_000, 300]];
  rows.forEach((cells, index) => sheet.addRow([...cells, ...(extra ? [extra.values[index]] : [])]));
  const logSheet = workbook.addWorksheet("Contact Log");
  logSheet.addTable({ name: contactLogLayout.name, ref: "A1", headerRow: true, columns: contactLogLayout.headers.map((name) => ({ name })), rows: log });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function opened(bytes: Uint8Array): Promise<{ book: FileWorkbook; list: AgingList }> {
  const book = await openWorkbookFile(bytes);
  if (!book.ok) throw new Error(book.error);
  const located = await locateAgingList(book, "AR");
  if (!located.ok) throw new Error(located.message);
  const list = analyzeAgingList(located, defaultPolicy, AS_OF);
  if (!list.ok) throw new Error(list.message);
  return { book, list };
}

const restore = (book: FileWorkbook, list: AgingList, changes: { confirmOverwrite?: boolean; dryRun?: boolean } = {}) =>
  restoreState(book.port, { list: list.data, headerRow: list.headerRow, mapping: list.mapping, invoices: list.ledger.invoices, dateSystem: 1900, confirmOverwrite: false, dryRun: false, ...changes });

async function savedRows(book: FileWorkbook): Promise<unknown[][]> {
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load((await book.save()).buffer as ArrayBuffer);
  const sheet = saved.getWorksheet("AR");
  return [1, 2, 3, 4].map((row) => ((sheet?.getRow(row).values ?? []) as unknown[]).slice(1));
}

describe("restoreState over an .xlsx file", () => {
  it("gives a fresh export its Last contact, Reminders sent and Dunning status back, in columns of the desk's own", async () => {
    const { book, list } = await opened(await freshExport());
    const dry = await restore(book, list, { dryRun: true });
    expect(dry).toMatchObject({ ok: true, log: true, invoices: 2, createdColumns: ["Last contact", "Reminders sent", "Dunning status"] });
    expect((await savedRows(book))[0]).toEqual(["Customer", "Invoice", "Due date", "Balance"]); // the offer wrote nothing
    expect(await restore(book, list)).toMatchObject({ ok: true, invoices: 2, createdColumns: ["Last contact", "Reminders sent", "Dunning status"] });
    const rows = await savedRows(book);
    expect(rows[0]).toEqual(["Customer", "Invoice", "Due date", "Balance", "Last contact", "Reminders sent", "Dunning status"]);
    // Acme's two invoices: two reminders, the last on 5 Feb; sales asked on one of them only (as logged).
    expect(rows[1]?.slice(4).map(shown)).toEqual(["2026-02-05", 2, "sales asked 2026-02-12"]);
    expect(rows[2]?.slice(4).map(shown)).toEqual(["2026-02-05", 2]);
    // Beta's one reminder was undone: nothing to restore.
    expect(rows[3]?.slice(4)).toEqual([]);
  });

  it("restores nothing twice: a second run finds the list holding it all", async () => {
    const { book, list } = await opened(await freshExport());
    await restore(book, list);
    const again = await opened(await book.save());
    expect(await restore(again.book, again.list)).toEqual({ ok: true, log: true, invoices: 0, cells: [], createdColumns: [] });
  });

  it("keeps a user's higher count, and fills only what is less", async () => {
    const { book, list } = await opened(await freshExport({ header: "Reminders sent", values: [5, 1, ""] }));
    const restored = await restore(book, list);
    expect(restored).toMatchObject({ ok: true, invoices: 2, createdColumns: ["Last contact", "Dunning status"] });
    const rows = await savedRows(book);
    expect(rows[0]).toEqual(["Customer", "Invoice", "Due date", "Balance", "Reminders sent", "Last contact", "Dunning status"]);
    expect(rows.slice(1).map((row) => row[4])).toEqual([5, 2, ""]);
  });

  it("asks before replacing a formula in a cell it would fill, and replaces it when told", async () => {
    const { book, list } = await opened(await freshExport({ header: "Reminders sent", values: [{ formula: "1+0", result: 1 }, 2, ""] }));
    expect(await restore(book, list)).toEqual({ ok: false, conflicts: [{ address: "AR!E2", value: "=1+0" }] });
    expect(await restore(book, list, { confirmOverwrite: true })).toMatchObject({ ok: true, invoices: 2 });
    expect((await savedRows(book))[1]?.[4]).toBe(2);
  });

  it("does nothing without a Contact Log", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("AR").addRows([["Customer", "Invoice", "Due date", "Balance"], ["Acme GmbH", "RE-1", 45_990, 1000]]);
    const { book, list } = await opened(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(await restore(book, list)).toEqual({ ok: true, log: false, invoices: 0, cells: [], createdColumns: [] });
  });
});

/** A saved cell as the test compares it: dates as ISO days. */
function shown(value: unknown): unknown {
  return value instanceof Date ? value.toISOString().slice(0, 10) : value;
}
