// After "Mark as sent" (recordContacts) or a policy change, the saved file's AR cells must carry
// the engine's answers for the rows as they are now, not as they were when the columns were
// written (a bug the browser-mode test found: Next action stayed "Reminder" after marking).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyzeAgingList } from "../../src/app/agingList";
import { annotateWorkbook } from "../../src/app/annotateWorkbook";
import { locateAgingList } from "../../src/app/locateAgingList";
import { dayFromIsoText, serialFromDay, type Day } from "../../src/core/days";
import { defaultPolicy, type Policy } from "../../src/core/policy";
import type { AgingList } from "../../src/app/agingList";
import { markTarget } from "../../src/app/contactPlan";
import { recordContacts, type MarkTarget } from "../../src/app/recordContacts";
import { openWorkbookFile, type FileWorkbook } from "../../src/xlsx";
import { engineAnswers } from "../excel/engineAnswers";

const AS_OF = dayFromIsoText("2026-02-15") as Day;
const AS_OF_SERIAL = serialFromDay(AS_OF, 1900);

async function open(bytes: Uint8Array): Promise<FileWorkbook> {
  const book = await openWorkbookFile(bytes);
  if (!book.ok) throw new Error(book.error);
  return book;
}

async function annotatedPlainTable() {
  const book = await open(readFileSync(join(__dirname, "..", "fixtures", "plain-table.xlsx")));
  const located = await locateAgingList(book, null);
  if (!located.ok) throw new Error(located.message);
  const list = analyzeAgingList(located, defaultPolicy, AS_OF);
  if (!list.ok) throw new Error(list.message);
  const annotated = await annotateWorkbook(book.port, list, defaultPolicy, { asOfSerial: AS_OF_SERIAL, keepAsOf: false, replace: false, confirmOverwrite: false });
  if (!annotated.ok) throw new Error(annotated.message);
  return { book, list, plan: annotated.plan };
}

/** The Next action and Reason cells (as cached in the file) against the engine, per invoice row. */
async function actionsAgainstEngine(bytes: Uint8Array) {
  const book = await open(bytes);
  const located = await locateAgingList(book, null);
  if (!located.ok) throw new Error(located.message);
  const list = analyzeAgingList(located, defaultPolicy, AS_OF);
  if (!list.ok) throw new Error(list.message);
  const header = list.data.values[list.headerRow] ?? [];
  const column = (name: string) => list.data.left + header.indexOf(name);
  return list.ledger.invoices.flatMap((invoice) => {
    const expected = engineAnswers(invoice, AS_OF, defaultPolicy);
    if (!expected) return [];
    const row = list.data.top + invoice.row;
    return [{ row, cached: book.cell(list.data.sheetName, row, column("Next action")).value, expected: expected.nextAction, lastContact: invoice.lastContactDay }];
  });
}

/** The aging block's columns for recordContacts (0-based sheet coordinates). */
function contactTarget(list: AgingList): MarkTarget {
  return markTarget({ ...list.data }, list.headerRow, list.mapping);
}

describe("cached AR results after writes", () => {
  it("recomputes Next action on rows marked as contacted", async () => {
    const { book, list } = await annotatedPlainTable();
    const invoices = list.ledger.invoices.filter((invoice) => invoice.lastContactDay === null).slice(0, 5);
    expect(invoices.length).toBeGreaterThan(0);
    const before = await actionsAgainstEngine(await book.save());
    const target = contactTarget(list);
    const cell = (row: number, column: number | null) => (column === null ? null : list.data.values[row]?.[column - list.data.left]);
    const marks = invoices.map((invoice) => {
      const { customer, invoiceNumber, dueDate, balance } = target.identity;
      return { row: list.data.top + invoice.row, identity: { customer: cell(invoice.row, customer), invoiceNumber: cell(invoice.row, invoiceNumber), dueDate: cell(invoice.row, dueDate), balance: cell(invoice.row, balance) }, contactSerial: AS_OF_SERIAL, state: null };
    });
    const recorded = await recordContacts(book.port, target, marks, { confirmOverwrite: false });
    expect(recorded).toMatchObject({ ok: true });
    const after = await actionsAgainstEngine(await book.save());
    const marked = new Set(invoices.map((invoice) => list.data.top + invoice.row));
    const changed = after.filter((row) => marked.has(row.row));
    expect(changed.map((row) => row.lastContact)).toEqual(changed.map(() => AS_OF)); // the marks reached the file
    // The engine's answer moved for the marked rows (contacted today: wait), and the cache followed.
    expect(changed.some((row) => before.find((old) => old.row === row.row)?.expected !== row.expected)).toBe(true);
    for (const row of after) expect({ row: row.row, action: row.cached }).toEqual({ row: row.row, action: row.expected });
  });

  it("follows a policy change, and the grid shows it before saving", async () => {
    const { book, list, plan } = await annotatedPlainTable();
    const strict: Policy = { ...defaultPolicy, graceDays: 3, minContactGapDays: 1 };
    expect(await book.port.writePolicySheet(strict, AS_OF_SERIAL)).toBeUndefined();
    const nextAction = plan.columns.find((column) => column.key === "nextAction");
    if (!nextAction) throw new Error("no Next action column");
    const rows = list.ledger.invoices.flatMap((invoice) => {
      const expected = engineAnswers(invoice, AS_OF, strict);
      const before = engineAnswers(invoice, AS_OF, defaultPolicy);
      if (!expected || !before) return [];
      return [{ changed: expected.nextAction !== before.nextAction, cached: book.cell(list.data.sheetName, list.data.top + invoice.row, nextAction.column).value, expected: expected.nextAction }];
    });
    expect(rows.some((row) => row.changed)).toBe(true); // the policy change matters for this list
    expect(rows.map((row) => row.cached)).toEqual(rows.map((row) => row.expected));
  });
});
