// Issue 12 item 1: Record (promise, plan, dispute opened/resolved, call) through the .xlsx
// adapter — the Contact Log first, then the desk's Dunning status cell — and its undo, which
// appends an "Undoes" row and gives the cells their earlier contents back.
import ExcelJS from "exceljs";
import { analyzeAgingList, type AgingList } from "../../src/app/agingList";
import { locateAgingList } from "../../src/app/locateAgingList";
import { recordStep, type RecordRequest } from "../../src/app/recordStep";
import { readStepForm, stepKindOf } from "../../src/app/stepForm";
import { undoMarkSent } from "../../src/app/undoMarkSent";
import { dayFromIsoText, serialFromDay, type Day } from "../../src/core/days";
import { defaultPolicy } from "../../src/core/policy";
import { contactLogLayout } from "../../src/workbook/contactLogLayout";
import { openWorkbookFile, type FileWorkbook } from "../../src/xlsx";

const TODAY = dayFromIsoText("2026-02-15") as Day;
const SERIAL = serialFromDay(TODAY, 1900);

async function book(status: string): Promise<FileWorkbook> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("AR");
  sheet.addRow(["Customer", "Invoice", "Due date", "Balance", "Last contact", "Reminders sent", "Dunning status"]);
  sheet.addRow(["Acme", "INV-1", new Date(Date.UTC(2026, 0, 1)), 900, null, 2, status]);
  sheet.addRow(["Beta", "INV-2", new Date(Date.UTC(2026, 0, 2)), 50, null, null, null]);
  const opened = await openWorkbookFile(new Uint8Array(await workbook.xlsx.writeBuffer()));
  if (!opened.ok) throw new Error(opened.error);
  return opened;
}

async function listOf(file: FileWorkbook): Promise<AgingList> {
  const located = await locateAgingList(file, null);
  if (!located.ok) throw new Error(located.message);
  const list = analyzeAgingList(located, defaultPolicy, TODAY, null);
  if (!list.ok) throw new Error(list.message);
  return list;
}

function request(list: AgingList, kind: string, fields: Parameters<typeof readStepForm>[1] = {}, customers = ["Acme"]): RecordRequest {
  const form = readStepForm(stepKindOf(kind) ?? "call", fields, TODAY);
  if (!form.ok) throw new Error(form.message);
  const invoices = list.ledger.invoices.filter((invoice) => customers.includes(invoice.customer));
  return { record: form.record, invoices, list: list.data, headerRow: list.headerRow, mapping: list.mapping, loggedAt: SERIAL + 0.4, day: TODAY, daySerial: SERIAL, note: "", markedBy: " Dana ", confirmOverwrite: false };
}

/** The Contact Log's rows as [Customer, Invoices, Stage, Subject, Note, Marked by, Undoes]. */
async function logRows(file: FileWorkbook): Promise<unknown[][]> {
  const rows = await file.port.readTable(contactLogLayout.name);
  if (!Array.isArray(rows)) throw new Error("no log");
  const header = rows[0] ?? [];
  const at = (name: string) => header.indexOf(name);
  return rows.slice(1).map((row) => ["Customer", "Invoices", "Stage", "Subject", "Note", "Marked by", "Undoes"].map((name) => row[at(name)]));
}

async function cells(file: FileWorkbook, row: number): Promise<unknown[]> {
  const read = await file.port.readCells("AR", [row], [4, 5, 6]);
  if (!Array.isArray(read)) throw new Error(read.error);
  return (read[0] ?? []).map((cell) => cell.value);
}

describe("recordStep through the .xlsx adapter", () => {
  it("writes a plan beside an earlier desk entry, logs it with who recorded it, and the reader sees the plan", async () => {
    const file = await book("sales asked 2026-02-01");
    const list = await listOf(file);
    const outcome = await recordStep(file.port, request(list, "plan", { instalments: "3", first: "2026-03-01", every: "monthly" }));
    expect(outcome).toMatchObject({ logged: true, appended: [expect.stringMatching(/^2026-02-15-/)], rows: { ok: true, createdColumns: [] } });
    expect(await cells(file, 1)).toEqual(["", 2, "sales asked 2026-02-01; plan agreed 2026-02-15: 900.00 in 3 instalments monthly from 2026-03-01"]);
    expect(await logRows(file)).toEqual([["Acme", "INV-1", "Payment plan agreed", "plan agreed 2026-02-15: 900.00 in 3 instalments monthly from 2026-03-01", "", "Dana", ""]]);
    const again = await listOf(file);
    expect(again.ledger.invoices[0]?.statusText).toMatch(/plan agreed/);
  });

  it("a call sets Last contact and one more reminder; undo appends an Undoes row and restores the cells", async () => {
    const file = await book("");
    const list = await listOf(file);
    const outcome = await recordStep(file.port, request(list, "call", {}, ["Acme", "Beta"]));
    if (!outcome.logged || outcome.batch === null) throw new Error(JSON.stringify(outcome));
    expect(await cells(file, 1)).toEqual([SERIAL, 3, "called 2026-02-15"]);
    expect(await cells(file, 2)).toEqual([SERIAL, 1, "called 2026-02-15"]);
    const undone = await undoMarkSent(file.port, outcome.batch, SERIAL + 0.5, "Dana");
    expect(undone).toMatchObject({ ok: true, restored: 6, changedSince: [] });
    expect(await cells(file, 1)).toEqual(["", 2, ""]);
    const log = await logRows(file);
    expect(log.map((row) => [row[0], row[2], row[4], row[6] !== ""])).toEqual([["Acme", "Call", "", false], ["Beta", "Call", "", false], ["Acme", "Call", "Call undone", true], ["Beta", "Call", "Call undone", true]]);
  });

  it("a promise replaces an earlier plan; a Dunning status the user wrote is foreign: nothing written without consent", async () => {
    const file = await book("plan agreed 2026-02-01: 900.00 in 3 instalments monthly from 2026-02-10");
    const list = await listOf(file);
    await recordStep(file.port, request(list, "promise", { payBy: "2026-02-20" }));
    expect((await cells(file, 1))[2]).toBe("promised 2026-02-15 to pay by 2026-02-20");
    const theirs = await book("call back Monday");
    const outcome = await recordStep(theirs.port, request(await listOf(theirs), "dispute"));
    expect(outcome).toMatchObject({ logged: true, rows: { ok: false, conflicts: [{ address: "AR!G2" }] } });
    expect((await cells(theirs, 1))[2]).toBe("call back Monday");
  });
});

describe("readStepForm", () => {
  it.each([
    ["promise", { payBy: "2026-02-15" }, { kind: "promise", payBy: TODAY, amount: null }],
    ["promise", { payBy: " 2026-03-01 ", amount: "250.5" }, { kind: "promise", amount: 250.5 }],
    ["plan", { instalments: "4", first: "2026-03-01", every: "" }, { kind: "plan", count: 4, interval: { months: 1 } }],
    ["plan", { instalments: "4", first: "2026-03-01", every: "14 days" }, { kind: "plan", interval: { days: 14 } }],
    ["plan", { instalments: "2", first: "2026-03-01", every: "Quarterly" }, { kind: "plan", interval: { months: 3 } }],
    ["resolved", {}, { kind: "disputeResolved" }],
  ])("%s %j", (kind, fields, record) => expect(readStepForm(stepKindOf(kind) ?? "call", fields, TODAY)).toMatchObject({ ok: true, record }));

  it.each([
    ["promise", { payBy: "15.03.2026" }, /needs the date it runs to/],
    ["promise", { payBy: "2026-02-14" }, /2026-02-14 has passed/],
    ["promise", { payBy: "2026-03-01", amount: "1,5" }, /amount must be a number above 0/],
    ["plan", { instalments: "121", first: "2026-03-01" }, /from 1 to 120/],
    ["plan", { instalments: "2.5", first: "2026-03-01" }, /from 1 to 120/],
    ["plan", { instalments: "2" }, /first instalment/],
    ["plan", { instalments: "2", first: "2026-03-01", every: "0" }, /interval must be/],
  ])("refuses %s %j", (kind, fields, message) => expect(readStepForm(stepKindOf(kind) ?? "call", fields, TODAY)).toMatchObject({ ok: false, message: expect.stringMatching(message) as unknown }));
});
