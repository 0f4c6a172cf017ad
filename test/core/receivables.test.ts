import { findHeaderRow } from "../../src/core/columns";
import { isoTextOfDay } from "../../src/core/days";
import type { Invoice } from "../../src/core/invoiceRow";
import { readLedger } from "../../src/core/ledger";
import { defaultPolicy } from "../../src/core/policy";
import { accountOfInvoice, summarizeReceivables, type Receivables } from "../../src/core/receivables";
import { noStatus } from "../../src/core/status";
import { AS_OF } from "./agingSheets";
import { onlyCurrency } from "../support/onlyCurrency";

/** Due dates as days before 15 Feb 2026 (AS_OF), as text, so the sheet reads like a hand-made one. */
const due = (daysOverdue: number) => isoTextOfDay(AS_OF - daysOverdue);

/**
 * Worked by hand, as of 15 Feb 2026, default policy (grace 30, contact gap 7):
 * | row | customer | days | balance | facts                       | next action     |
 * | 1   | Acme     |    5 |   1,000 |                             | Wait (R1 grace) |
 * | 2   | Acme     |   60 |   2,000 | 1 reminder, contact 26 d ago| Consequences    |
 * | 3   | Beta     |  100 |   3,000 | Disputed                    | Resolve dispute |
 * | 4   | Beta     |  -14 |    -500 | credit note                 | None            |
 * | 5   | Gamma    |  120 |   1,500 | status "angry"              | (not counted)   |
 * total 7,000; overdue 1,000 + 2,000 + 3,000 + 1,500 = 7,500; over 90 days 4,500 → 4,500 / 7,000;
 * weighted days (1,000×5 + 2,000×60 + 3,000×100 + 1,500×120) / 7,500 = 605,000 / 7,500 = 80.67.
 */
const cells = [
  ["Customer", "Invoice", "Due date", "Balance", "Reminders sent", "Last contact", "Status"],
  ["Acme", "A-1", due(5), 1000, 0, "", ""],
  ["ACME", "A-2", due(60), 2000, 1, due(26), ""],
  ["Beta", "B-1", due(100), 3000, 0, "", "Disputed"],
  ["Beta", "B-CN", due(-14), -500, 0, "", ""],
  ["Gamma", "G-1", due(120), 1500, 0, "", "angry"],
];

function summary(options: Parameters<typeof summarizeReceivables>[3] = {}): Receivables {
  const header = findHeaderRow(cells);
  if (!header.ok) throw new Error(header.message);
  const ledger = readLedger({ cells }, header, { dateSystem: 1900, asOf: AS_OF });
  expect(ledger.problems).toEqual([]);
  const result = summarizeReceivables(ledger.invoices, AS_OF, defaultPolicy, { statusColumn: 6, ...options });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe("summarizeReceivables, worked by hand", () => {
  const figures = summary();
  const usd = onlyCurrency(figures);

  it("totals, with the credit note reducing them", () => {
    expect(figures).toMatchObject({ customers: 3, invoices: 5 });
    expect(usd).toMatchObject({ currency: "USD", total: 7000, overdue: 7500, customers: 3, invoices: 5 });
    expect(usd.over90Share).toBeCloseTo(4500 / 7000, 10);
    expect(usd.averageDaysOverdue).toBeCloseTo(605_000 / 7500, 10);
  });

  it("totals per aging bucket", () => {
    expect(usd.buckets).toEqual([
      { label: "Current", amount: -500, invoices: 1 },
      { label: "1-30", amount: 1000, invoices: 1 },
      { label: "31-60", amount: 2000, invoices: 1 },
      { label: "61-90", amount: 0, invoices: 0 },
      { label: "91-120", amount: 4500, invoices: 2 },
      { label: "120+", amount: 0, invoices: 0 },
    ]);
  });

  it("totals per custom bucket", () => {
    expect(onlyCurrency(summary({ bucketEdges: [45, 90] })).buckets).toEqual([
      { label: "Current", amount: -500, invoices: 1 },
      { label: "1-45", amount: 1000, invoices: 1 },
      { label: "46-90", amount: 2000, invoices: 1 },
      { label: "90+", amount: 4500, invoices: 2 },
    ]);
  });

  it("the customers who owe most past due, ties by name, one customer whatever the case", () => {
    expect(usd.topCustomers).toEqual([
      { customer: "Acme", overdue: 3000, invoices: 2 },
      { customer: "Beta", overdue: 3000, invoices: 1 },
      { customer: "Gamma", overdue: 1500, invoices: 1 },
    ]);
    expect(onlyCurrency(summary({ topCount: 1 })).topCustomers).toEqual([{ customer: "Acme", overdue: 3000, invoices: 2 }]);
  });

  it("counts the next actions, and reports the unknown status instead of guessing", () => {
    expect(figures.actions).toEqual({ Wait: 1, Consequences: 1, "Resolve dispute": 1, None: 1 });
    expect(figures.problems.map((problem) => [problem.code, problem.row, problem.column])).toEqual([["unknownStatus", 5, 6]]);
  });
});

const invoice: Invoice = {
  row: 1,
  customer: "Acme",
  invoiceNumber: "A-1",
  invoiceDay: null,
  dueDay: AS_OF - 40,
  balance: 100,
  email: null,
  phone: null,
  lastContactDay: null,
  remindersSent: 2,
  statusText: "hardship; sales asked",
  promiseDay: AS_OF + 3,
  currency: null,
  language: null,
  channel: null,
  terms: null,
  margin: null,
  escalationContact: null,
  accountOwner: null,
  customerSinceDay: null,
  policySet: null,
};

describe("summarizeReceivables edge cases", () => {
  it("refuses bucket edges that are not increasing whole days", () => {
    expect(summarizeReceivables([], AS_OF, defaultPolicy, { bucketEdges: [60, 30] })).toEqual({
      ok: false,
      message: "bucket edges must be whole numbers of days above 0, in increasing order",
    });
  });

  it("has no currency, share or average without any invoice", () => {
    expect(summarizeReceivables([], AS_OF, defaultPolicy)).toMatchObject({ ok: true, customers: 0, invoices: 0, currencies: [], actions: {} });
  });

  it("has no share or average without anything owed", () => {
    const credit = { ...invoice, statusText: null, currency: "EUR", balance: -100 };
    const result = summarizeReceivables([credit], AS_OF, defaultPolicy);
    expect(result.ok && result.currencies).toEqual([expect.objectContaining({ currency: "EUR", total: -100, over90Share: null, averageDaysOverdue: null, topCustomers: [] })]);
  });
});

describe("accountOfInvoice", () => {

  it("gives the ladder the invoice's facts", () => {
    expect(accountOfInvoice(invoice)).toEqual({
      dueDay: AS_OF - 40,
      balance: 100,
      remindersSent: 2,
      lastContactDay: null,
      promiseDay: AS_OF + 3,
      status: { ...noStatus, hardship: true, salesAsked: true },
    });
  });

  it("returns the unknown word of a status", () => expect(accountOfInvoice({ ...invoice, statusText: "Paid" })).toBe("Paid"));
  it("reads a blank status as none", () => expect(accountOfInvoice({ ...invoice, statusText: null })).toMatchObject({ status: noStatus }));
});
