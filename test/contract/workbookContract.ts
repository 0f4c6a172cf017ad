/*
 * The adapter contract: one suite, declared once, run against the Office.js adapter (over the
 * fake Excel) and the .xlsx adapter (over ExcelJS, each answer checked again after save() and
 * re-open). Whatever the pane relies on is asserted here, on all four fixture workbooks, so the
 * two adapters cannot drift apart. Expected values come from the fixtures read independently
 * (ExcelJS through fromXlsx) and from src/core (the engine's answers).
 */
import { findHeaderRow } from "../../src/core/columns";
import { serialFromDay } from "../../src/core/days";
import { readLedger, type Ledger } from "../../src/core/ledger";
import { defaultPolicy, type Policy } from "../../src/core/policy";
import { policyForSheet } from "../../src/core/policyForSheet";
import { readPolicyTable } from "../../src/core/policyTable";
import { summarizeReceivables, type Receivables } from "../../src/core/receivables";
import type { ContactEntry, ReminderRecord } from "../../src/mail/reminderRecord";
import { cellAddress } from "../../src/workbook/a1";
import { isFailure, type AgingData } from "../../src/workbook/agingData";
import { planArColumns, type ArColumnPlan } from "../../src/workbook/arColumnPlan";
import { withoutOwnColumns } from "../../src/workbook/ownCells";
import type { WorkbookPort } from "../../src/workbook/port";
import { markTarget } from "../../src/app/contactPlan";
import { recordContacts } from "../../src/app/recordContacts";
import { restoreState } from "../../src/app/restoreState";
import { invoiceLabel } from "../../src/mail/reminderRecord";
import { fromXlsx } from "../support/fakeExcel/fromXlsx";
import { customerTotalOf, engineAnswers } from "../excel/engineAnswers";
import { contractFixtures } from "./contractFixtures";
import { onlyCurrency } from "../support/onlyCurrency";
import { singleCurrency } from "../../src/core/currency/currencyReading";

/** A cell as the contract inspects it. */
export interface InspectedCell {
  readonly value: unknown;
  readonly formula: string | null;
  readonly numberFormat: string;
}

/** What the contract reads of a workbook besides the port. */
export interface Inspect {
  sheetNames(): string[];
  cell(sheet: string, row: number, column: number): InspectedCell;
  tableNames(): string[];
  names(): string[];
}

/** An adapter over a fixture: its port, the user's selection, and inspection. */
export interface Harness {
  readonly port: WorkbookPort;
  select(sheet: string, areas: readonly { top: number; left: number; rows: number; columns: number }[]): void;
  readonly inspect: Inspect;
  /** The workbook as it would be found again: the same one in Excel; saved and re-opened for a file. */
  reopen(): Promise<Harness>;
  /** Puts a value into a cell as the user typing it would. */
  typeInto(sheet: string, row: number, column: number, value: string | number): void;
}

export type HarnessFactory = (fixturePath: string) => Promise<Harness>;

const AS_OF = Date.parse("2026-02-15") / 86_400_000;
const AS_OF_SERIAL = serialFromDay(AS_OF, 1900);

interface Analysis {
  readonly data: AgingData;
  readonly headerRow: number;
  readonly ledger: Ledger;
  readonly summary: Receivables;
  readonly policy: Policy;
  readonly plan: ArColumnPlan;
}

/**
 * Declares the contract suite for one adapter.
 *
 * @example
 * declareWorkbookContract("Office.js adapter", officeHarness)
 */
export function declareWorkbookContract(adapter: string, open: HarnessFactory): void {
  describe.each(contractFixtures.map((fixture) => [fixture.file, fixture] as const))(`${adapter} contract: %s`, (_file, fixture) => {
    const start = async (): Promise<Harness> => {
      const harness = await open(fixture.path);
      harness.select(fixture.sheet, [{ top: fixture.cell.row, left: fixture.cell.column, rows: 1, columns: 1 }]);
      return harness;
    };
    const analyze = async (harness: Harness): Promise<Analysis> => {
      const data = await harness.port.readAgingData(fixture.scope);
      if (isFailure(data)) throw new Error(data.error);
      // As the pane and the command line search it: the desk's own AR columns are not the list's fields.
      const header = findHeaderRow(withoutOwnColumns(data.values, data.ownColumns));
      if (!header.ok) throw new Error(header.message);
      const ledger = readLedger({ cells: data.values, numberFormats: data.numberFormats }, header, { dateSystem: 1900, asOf: AS_OF });
      const summary = summarizeReceivables(ledger.invoices, AS_OF, defaultPolicy);
      if (!summary.ok) throw new Error(summary.message);
      const policy = policyForSheet(defaultPolicy, ledger);
      const plan = planArColumns(data, header.row, header.mapping, ledger.invoices.map((invoice) => invoice.row), singleCurrency(ledger.currency));
      return { data, headerRow: header.row, ledger, summary, policy, plan };
    };

    it("readAgingData finds the list and gives its values as the file holds them", async () => {
      const harness = await start();
      const data = await harness.port.readAgingData(fixture.scope);
      if (isFailure(data)) throw new Error(data.error);
      expect({ sheetName: data.sheetName, address: data.address, tableName: data.tableName }).toEqual({ sheetName: fixture.sheet, address: fixture.address, tableName: fixture.tableName });
      const state = await fromXlsx(fixture.path);
      const sheet = state.sheets.find((item) => item.name === fixture.sheet);
      const expected = data.values.map((row, r) => row.map((_, c) => sheet?.values[data.top + r]?.[data.left + c] ?? ""));
      expect(data.values).toEqual(expected);
      // Formats of filled cells (an empty cell's own format is not in fromXlsx's reading).
      const filled = (grid: readonly (readonly string[])[]) => grid.map((row, r) => row.map((format, c) => (data.values[r]?.[c] === "" ? "" : format)));
      const formats = data.numberFormats.map((row, r) => row.map((_, c) => sheet?.numberFormats?.[data.top + r]?.[data.left + c] ?? "General"));
      expect(filled(data.numberFormats)).toEqual(filled(formats));
    });

    it("readAgingData honours cancel and reports progress", async () => {
      const harness = await start();
      const done: number[] = [];
      expect(await harness.port.readAgingData(fixture.scope, { report: (rows) => done.push(rows), cancelled: true })).toEqual({ error: "Cancelled." });
      const reports: number[] = [];
      await harness.port.readAgingData(fixture.scope, { report: (rows) => reports.push(rows), cancelled: false });
      expect(reports[0]).toBe(0);
      expect(reports.at(-1)).toBeGreaterThan(0);
    });

    it("readSelection gives the selected invoice rows and the areas outside the list", async () => {
      const harness = await start();
      const { data, headerRow } = await analyze(harness);
      const firstRow = data.top + headerRow + 1;
      harness.select(fixture.sheet, [
        { top: firstRow, left: data.left, rows: 2, columns: 2 },
        { top: firstRow + 1, left: data.left + 1, rows: 2, columns: 1 },
        { top: data.top + data.values.length + 3, left: data.left, rows: 1, columns: 1 },
      ]);
      const selected = await harness.port.readSelection(data, headerRow);
      if (isFailure(selected)) throw new Error(selected.error);
      const sheetRef = data.address.slice(0, data.address.lastIndexOf("!"));
      const outsideCell = `${sheetRef}!${cellAddress(data.top + data.values.length + 3, data.left)}`;
      expect(selected).toEqual({
        rows: [headerRow + 1, headerRow + 2, headerRow + 3],
        hiddenRows: 0,
        outside: [outsideCell],
        address: `${sheetRef}!${cellAddress(firstRow, data.left)}:${cellAddress(firstRow + 1, data.left + 1)}, ${sheetRef}!${cellAddress(firstRow + 1, data.left + 1)}:${cellAddress(firstRow + 2, data.left + 1)}, ${outsideCell}`,
      });
    });

    it("keeps a saved mapping in the workbook, and only a valid one", async () => {
      const harness = await start();
      const mapping = { headerRow: 2, columns: { customer: 0, dueDate: 3, balance: 5 } };
      expect(await harness.port.loadSavedMapping("AR!A1")).toBeNull();
      expect(await harness.port.saveMapping("AR!A1", mapping)).toBeUndefined();
      expect(await harness.port.saveMapping("AR!Other", { headerRow: 0, columns: { customer: 1 } })).toBeUndefined();
      const again = await harness.reopen();
      expect(await again.port.loadSavedMapping("AR!A1")).toEqual(mapping);
      expect(await again.port.loadSavedMapping("AR!Other")).toEqual({ headerRow: 0, columns: { customer: 1 } });
      expect(again.inspect.sheetNames()).not.toContain("Dunning Settings");
    });

    it("writes the policy sheet and its names, reads it back, and refuses to drop rows silently", async () => {
      const harness = await start();
      const { policy } = await analyze(harness);
      expect(await harness.port.readPolicySheet()).toBeNull();
      expect(await harness.port.writePolicySheet(policy, AS_OF_SERIAL)).toBeUndefined();
      const again = await harness.reopen();
      expect(again.inspect.names()).toEqual(expect.arrayContaining(["DunningPolicy", "DunningAsOf"]));
      expect(again.inspect.tableNames()).toContain("DunningPolicyTable");
      expect(again.inspect.cell("Dunning Policy", 1, 1)).toEqual({ value: AS_OF_SERIAL, formula: null, numberFormat: "yyyy-mm-dd" });
      const read = readPolicyTable((await again.port.readPolicySheet()) ?? []);
      expect(read).toEqual({ ok: true, policy });
      const fewer = { ...policy, collectProbability: policy.collectProbability.slice(0, -1) };
      const refused = await again.port.writePolicySheet(fewer, null);
      const stale: unknown = expect.stringMatching(/^collectProb/);
      expect(refused).toMatchObject({ ok: false, conflicts: [{ value: stale }] });
      expect(await again.port.writePolicySheet({ ...policy, graceDays: 12 }, null)).toBeUndefined();
      expect(readPolicyTable((await again.port.readPolicySheet()) ?? [])).toMatchObject({ ok: true, policy: { graceDays: 12 } });
      expect(again.inspect.cell("Dunning Policy", 1, 1).value).toBe(AS_OF_SERIAL);
    });

    it("writes the AR columns whose values are the engine's answers, and overwrites only with consent", async () => {
      const harness = await start();
      const { data, plan, ledger, policy } = await analyze(harness);
      expect(await harness.port.writePolicySheet(policy, AS_OF_SERIAL)).toBeUndefined();
      expect(await harness.port.writeArColumns(plan, { confirmOverwrite: false })).toEqual({ ok: true, columns: 6, rows: plan.lastRow - plan.headerRow });
      const again = await harness.reopen();
      expectEngineAnswers(again.inspect, data.top, plan, ledger, policy);
      expect(again.inspect.cell(plan.sheetName, plan.headerRow, plan.columns[0]?.column ?? 0).value).toBe("Days overdue");
      const invoiceRow = data.top + (ledger.invoices[0]?.row ?? 0);
      expect(again.inspect.cell(plan.sheetName, invoiceRow, plan.columns[2]?.column ?? 0).formula).toMatch(/^=AR\.NEXTACTION\(.*,DunningAsOf,DunningPolicy(,,,,SUMIFS\(.*\))?\)$/);
      for (const skipped of plan.skippedRows) expect(again.inspect.cell(plan.sheetName, skipped, plan.columns[0]?.column ?? 0).formula).toBeNull();
      if (fixture.tableName) expect(again.inspect.tableNames()).toContain(fixture.tableName);
      // A second run finds its own columns and refreshes them without asking (issue 12.7).
      const reread = await analyze(again);
      expect(reread.plan.columns.map((column) => [column.reused, column.own])).toEqual(plan.columns.map(() => [true, true]));
      expect(reread.plan.columns.map((column) => column.column)).toEqual(plan.columns.map((column) => column.column));
      expect(await again.port.writeArColumns(reread.plan, { confirmOverwrite: false })).toMatchObject({ ok: true, columns: 6 });
      const third = await again.reopen();
      expectEngineAnswers(third.inspect, data.top, reread.plan, ledger, policy);
      // What the user typed into an AR cell is theirs: that cell alone is in the way, until consent.
      const nextAction = reread.plan.columns[2]?.column ?? 0;
      third.typeInto(plan.sheetName, invoiceRow, nextAction, "call Monday");
      const fourth = await third.reopen();
      const refused = await fourth.port.writeArColumns((await analyze(fourth)).plan, { confirmOverwrite: false });
      expect(refused).toEqual({ ok: false, conflicts: [{ address: expect.stringMatching(new RegExp(`!${cellAddress(invoiceRow, nextAction)}$`)) as unknown, value: "call Monday" }] });
      expect(await fourth.port.writeArColumns((await analyze(fourth)).plan, { confirmOverwrite: true })).toMatchObject({ ok: true, columns: 6 });
    });

    it("adds the summary sheet with bucket figures equal to the engine's summary", async () => {
      const harness = await start();
      const { plan, data, summary, policy } = await analyze(harness);
      expect(await harness.port.writePolicySheet(policy, AS_OF_SERIAL)).toBeUndefined();
      expect(await harness.port.writeArColumns(plan, { confirmOverwrite: false })).toMatchObject({ ok: true });
      expect(await harness.port.createSummarySheet(summary, data, plan)).toBeUndefined();
      expect(await harness.port.createSummarySheet(summary, data, null)).toBeUndefined();
      const again = await harness.reopen();
      expect(again.inspect.sheetNames()).toEqual(expect.arrayContaining(["AR Summary", "AR Summary 2"]));
      // Live SUMIFS skip text amounts (Excel's rule too): only the static summary has them then.
      for (const sheet of fixture.textAmounts ? ["AR Summary 2"] : ["AR Summary", "AR Summary 2"]) {
        onlyCurrency(summary).buckets.forEach((bucket, i) => {
          expect(again.inspect.cell(sheet, 12 + i, 0).value).toBe(bucket.label);
          expect(again.inspect.cell(sheet, 12 + i, 1).value).toBeCloseTo(bucket.amount, 2);
          expect(again.inspect.cell(sheet, 12 + i, 2).value).toBe(bucket.invoices);
        });
        expect(again.inspect.cell(sheet, 4, 1).value).toBeCloseTo(onlyCurrency(summary).total, 2);
      }
      expect(again.inspect.cell("AR Summary", 12, 1).formula).toMatch(/^=SUMIFS\(/);
      expect(again.inspect.cell("AR Summary 2", 12, 1).formula).toBeNull();
    });

    it("keeps the latest reminder batch, replacing one only with consent, texts as text", async () => {
      const harness = await start();
      const batch = [reminder("=cmd|' /C calc'!A0", "d-1"), reminder("Beta", "d-2")];
      expect(await harness.port.writeRemindersSheet(batch, { confirmReplace: false })).toEqual({ ok: true, address: "Reminders!A1:L3", rows: 2 });
      const again = await harness.reopen();
      expect(await again.port.writeRemindersSheet([reminder("Gamma", "d-3")], { confirmReplace: false })).toEqual({ ok: false, existingRows: 2 });
      expect(again.inspect.cell("Reminders", 1, 6)).toEqual({ value: "=cmd|' /C calc'!A0", formula: null, numberFormat: "@" });
      expect(await again.port.writeRemindersSheet([reminder("Gamma", "d-3")], { confirmReplace: true })).toEqual({ ok: true, address: "Reminders!A1:L2", rows: 1 });
      const third = await again.reopen();
      expect(third.inspect.tableNames()).toContain("DunningReminders");
      expect(third.inspect.cell("Reminders", 1, 6).value).toBe("Gamma");
      expect(third.inspect.cell("Reminders", 2, 6).value).toBe("");
      expect(third.inspect.cell("Reminders", 1, 7)).toEqual({ value: 1250.5, formula: null, numberFormat: "#,##0.00" });
    });

    it("appends to the Contact Log only, skipping draft ids it holds", async () => {
      const harness = await start();
      expect(await harness.port.appendContactLog([contact("Acme", "d-1"), contact("Beta", "d-2"), contact("Acme", "d-1")])).toEqual({ ok: true, appended: ["d-1", "d-2"], alreadyLogged: [] });
      const again = await harness.reopen();
      expect(await again.port.appendContactLog([contact("Beta", "d-2"), contact("-5 Co", "d-3")])).toEqual({ ok: true, appended: ["d-3"], alreadyLogged: ["d-2"] });
      const third = await again.reopen();
      expect(third.inspect.tableNames()).toContain("DunningContactLog");
      expect([1, 2, 3, 4].map((row) => third.inspect.cell("Contact Log", row, 1).value)).toEqual(["Acme", "Beta", "-5 Co", ""]);
      expect(third.inspect.cell("Contact Log", 3, 1)).toEqual({ value: "-5 Co", formula: null, numberFormat: "@" });
      expect(third.inspect.cell("Contact Log", 1, 0)).toEqual({ value: 46058.4375, formula: null, numberFormat: "yyyy-mm-dd hh:mm" });
    });

    it("records contacts through the row-patch primitives: identity checked, missing columns created, formulas asked about", async () => {
      const harness = await start();
      const { data, headerRow, ledger } = await analyze(harness);
      const header = findHeaderRow(data.values);
      if (!header.ok) throw new Error(header.message);
      const target = markTarget(data, headerRow, header.mapping);
      const invoice = ledger.invoices.find((item) => target.identity.customer !== null && item.customer === data.values[item.row]?.[target.identity.customer - data.left]);
      if (target.identity.customer === null || !invoice) return; // the list has no customer column (QuickBooks' headings): nothing to check by
      const cell = (column: number | null) => (column === null ? null : data.values[invoice.row]?.[column - data.left]);
      const identity = { customer: cell(target.identity.customer), invoiceNumber: cell(target.identity.invoiceNumber), dueDate: cell(target.identity.dueDate), balance: cell(target.identity.balance) };
      const row = data.top + invoice.row;
      const mark = { row, identity, contactSerial: AS_OF_SERIAL, state: null };
      expect(await recordContacts(harness.port, target, [{ ...mark, identity: { ...identity, customer: "Not this one" } }], { confirmOverwrite: false })).toEqual({ ok: false, moved: [{ row, field: "customer", expected: "Not this one", found: identity.customer }] });
      const created = [target.desk.lastContact === null ? "Last contact" : null, target.desk.remindersSent === null ? "Reminders sent" : null].filter((item) => item !== null);
      const before = target.desk.remindersSent === null ? "" : harness.inspect.cell(data.sheetName, row, target.desk.remindersSent).value;
      const upper = typeof identity.customer === "string" ? ` ${identity.customer.toUpperCase()} ` : identity.customer;
      expect(await recordContacts(harness.port, target, [{ ...mark, identity: { ...identity, customer: upper } }], { confirmOverwrite: false })).toMatchObject({ ok: true, createdColumns: created, balanceChanged: [] });
      const again = await harness.reopen();
      const end = Math.max(...data.values.map((values) => values.length)) + data.left - 1;
      const lastContact = target.desk.lastContact ?? end + 1;
      const count = target.desk.remindersSent ?? end + 1 + (target.desk.lastContact === null ? 1 : 0);
      expect(again.inspect.cell(data.sheetName, row, lastContact).value).toBe(AS_OF_SERIAL);
      expect(again.inspect.cell(data.sheetName, row, count).value).toBe(typeof before === "number" ? before + 1 : 1);
      if (target.desk.lastContact === null) expect(again.inspect.cell(data.sheetName, target.headerRow, lastContact).value).toBe("Last contact");
      // The primitives alike in both adapters: the cells as read, the header row's end.
      expect(await again.port.readCells(data.sheetName, [row], [lastContact])).toEqual([[{ value: AS_OF_SERIAL, formula: null, numberFormat: expect.stringMatching(/[dy]/) as unknown }]]);
      expect(await again.port.rowEnd(data.sheetName, target.headerRow, data.tableName)).toBeGreaterThanOrEqual(count);
      // A sent Ask sales note is no contact: it is recorded in the desk's own Dunning status column.
      const reread = await analyze(again);
      const header2 = findHeaderRow(reread.data.values);
      if (!header2.ok) throw new Error(header2.message);
      const target2 = markTarget(reread.data, reread.headerRow, header2.mapping);
      const asked = await recordContacts(again.port, target2, [{ ...mark, contactSerial: null, state: { salesAsked: AS_OF } }], { confirmOverwrite: false });
      expect(asked).toMatchObject({ ok: true, createdColumns: ["Dunning status"] });
      const third = await again.reopen();
      const statusColumn = (await third.port.rowEnd(data.sheetName, target.headerRow, data.tableName)) as number;
      expect(third.inspect.cell(data.sheetName, target.headerRow, statusColumn).value).toBe("Dunning status");
      expect(third.inspect.cell(data.sheetName, row, statusColumn).value).toBe("sales asked 2026-02-15");
      expect(third.inspect.cell(data.sheetName, row, lastContact).value).toBe(AS_OF_SERIAL);
    });

    it("restores an invoice's state from the Contact Log where the list holds less, once", async () => {
      const harness = await start();
      const { data, headerRow, ledger } = await analyze(harness);
      const header = findHeaderRow(data.values);
      if (!header.ok) throw new Error(header.message);
      const invoice = ledger.invoices[0];
      if (!invoice) throw new Error("no invoice");
      const logged = (daysAgo: number, stage: string, draftId: string): ContactEntry => ({ ...contact(invoice.customer, draftId), loggedAt: AS_OF_SERIAL - daysAgo + 0.4, stage, invoices: invoiceLabel(invoice.invoiceNumber, invoice.dueDay) });
      expect(await harness.port.appendContactLog([logged(30, "Reminder", "2026-01-16-a"), logged(20, "Consequences", "2026-01-26-b"), logged(1, "Ask sales", "2026-02-14-c")])).toMatchObject({ ok: true });
      expect(await restoreState(harness.port, { list: data, headerRow, mapping: header.mapping, invoices: ledger.invoices, dateSystem: 1900, confirmOverwrite: false, dryRun: false })).toMatchObject({ ok: true, log: true, invoices: 1 });
      const again = await harness.reopen();
      const reread = await analyze(again);
      // Found again by what identifies it (a file re-opened has no selection: the block read may start elsewhere).
      const restored = reread.ledger.invoices.find((item) => item.customer === invoice.customer && item.invoiceNumber === invoice.invoiceNumber && item.dueDay === invoice.dueDay);
      expect(restored?.remindersSent).toBe(Math.max(invoice.remindersSent, 2));
      expect(restored?.lastContactDay).toBe(Math.max(invoice.lastContactDay ?? 0, AS_OF - 20));
      expect(restored?.statusText).toContain("sales asked 2026-02-14");
      const header2 = findHeaderRow(reread.data.values);
      if (!header2.ok) throw new Error(header2.message);
      expect(await restoreState(again.port, { list: reread.data, headerRow: reread.headerRow, mapping: header2.mapping, invoices: reread.ledger.invoices, dateSystem: 1900, confirmOverwrite: false, dryRun: false })).toEqual({ ok: true, log: true, invoices: 0, cells: [], createdColumns: [] });
    });

    it("keeps templates by stage and language, as text", async () => {
      const harness = await start();
      expect(await harness.port.readTemplates()).toEqual([]);
      expect(await harness.port.saveTemplate({ stage: "firstReminder", language: "en", subject: "=Overdue", body: "Dear {customer}" })).toBeUndefined();
      expect(await harness.port.saveTemplate({ stage: "finalNotice", language: "id", subject: "Tagihan", body: "Yth." })).toBeUndefined();
      expect(await harness.port.saveTemplate({ stage: "FirstReminder ", language: "EN", subject: "-5% off", body: "Hello" })).toBeUndefined();
      const again = await harness.reopen();
      expect(await again.port.readTemplates()).toEqual([
        { stage: "FirstReminder ", language: "EN", subject: "-5% off", body: "Hello" },
        { stage: "finalNotice", language: "id", subject: "Tagihan", body: "Yth." },
      ]);
      expect(await again.port.removeTemplate("firstreminder", "en")).toBeUndefined();
      const third = await again.reopen();
      expect(await third.port.readTemplates()).toEqual([{ stage: "finalNotice", language: "id", subject: "Tagihan", body: "Yth." }]);
      expect(third.inspect.tableNames()).toContain("DunningTemplates");
    });
  });
}

/** Every invoice row's AR cells hold what src/core says (rows whose status has an unknown word aside). */
function expectEngineAnswers(inspect: Inspect, top: number, plan: ArColumnPlan, ledger: Ledger, policy: Policy): void {
  let checked = 0;
  const summed = plan.columns.some((column) => column.formula.includes("SUMIFS("));
  for (const invoice of ledger.invoices) {
    // With the customer-total SUMIFS, the formulas weigh the customer's total in its currency.
    const expected = engineAnswers(invoice, AS_OF, policy, summed ? customerTotalOf(invoice, ledger.invoices) : null);
    if (!expected) continue;
    const actual = Object.fromEntries(plan.columns.filter((column) => column.key !== "reason").map((column) => [column.key, inspect.cell(plan.sheetName, top + invoice.row, column.column).value]));
    expect({ row: invoice.row, ...actual }).toEqual({ row: invoice.row, ...expected });
    checked += 1;
  }
  expect(checked).toBeGreaterThan(0);
}

function reminder(customer: string, draftId: string): ReminderRecord {
  return { to: "ap@example.com", cc: "", subject: "Payment reminder", text: "Dear …", html: "<p>Dear …</p>", stage: "firstReminder", customer, amount: 1250.5, currency: "EUR", language: "en", invoices: "INV-1", draftId };
}

function contact(customer: string, draftId: string): ContactEntry {
  return { loggedAt: 46058.4375, customer, invoices: "INV-1", stage: "firstReminder", channel: "email", subject: "Payment reminder", amount: 1250.5, currency: "EUR", offer: null, note: "", draftId };
}
