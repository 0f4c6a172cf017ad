import { applyUserMapping } from "../../src/core/columnMapping";
import { findHeaderRow, mapHeaderRow, missingFields } from "../../src/core/columns";
import { indonesianSheet, latvianSheet, quickBooksDesktopSheet, quickBooksSheet, thaiSheet, xeroSheet } from "./agingSheets";

/** The column of each mapped field, for compact expectations. */
function columnsOf(search: ReturnType<typeof findHeaderRow>): Record<string, number> {
  if (!search.ok) throw new Error(search.message);
  return Object.fromEntries(Object.entries(search.mapping).map(([field, mapped]) => [field, mapped.column]));
}

describe("findHeaderRow on real layouts", () => {
  it.each([
    ["QuickBooks", quickBooksSheet, 4, { invoiceDate: 1, invoice: 3, customer: 4, dueDate: 5, daysOverdue: 6, amount: 7, balance: 8 }],
    ["Xero", xeroSheet, 4, { customer: 0, invoiceDate: 1, invoice: 2, dueDate: 4, daysOverdue: 5, amount: 6, balance: 7 }],
    ["Indonesian", indonesianSheet, 4, { customer: 0, invoice: 1, invoiceDate: 2, dueDate: 3, balance: 4, email: 5, phone: 6, terms: 7 }],
    ["Latvian", latvianSheet, 3, { customer: 0, invoice: 1, invoiceDate: 2, dueDate: 3, amount: 4, balance: 5, email: 6, language: 7 }],
    ["Thai", thaiSheet, 2, { customer: 0, invoice: 1, invoiceDate: 2, dueDate: 3, balance: 4, email: 5, phone: 6 }],
  ])("%s: header on row %d", (_name, cells, row, columns) => {
    const search = findHeaderRow(cells);
    expect(search).toMatchObject({ ok: true, row, customerFromHeadings: false, missing: [] });
    expect(columnsOf(search)).toEqual(columns);
  });

  it("lists the headers it could not map", () => {
    const search = findHeaderRow(quickBooksSheet);
    expect(search.ok && search.unmapped).toEqual([{ column: 2, header: "Transaction Type" }]);
  });

  it("finds a header on row 6 under title lines, the company name and an 'As of' line", () => {
    const cells = [
      ["Aged Receivables Summary"],
      ["Customer Balance Detail"],
      ["Nusantara Trading Co."],
      ["As of 31 January 2026"],
      [],
      ["Printed 1 Feb 2026", "", "", "Page 1"],
      ["Customer", "Invoice no.", "Due date", "Balance", "Email"],
      ["Acme", "A-1", "2026-01-05", 100, "ap@acme.test"],
    ];
    const search = findHeaderRow(cells);
    expect(search).toMatchObject({ ok: true, row: 6, score: 5 });
    expect(columnsOf(search)).toEqual({ customer: 0, invoice: 1, dueDate: 2, balance: 3, email: 4 });
  });

  it("reads headers with line breaks, odd case and unit hints", () => {
    const row = ["CUSTOMER\nNAME", "invoice\r\nNO.", "Due\nDate", "OPEN  BALANCE (USD)", "Reminders\nSent:", "Margin %"];
    const { mapping } = mapHeaderRow(row);
    expect(Object.fromEntries(Object.entries(mapping).map(([field, mapped]) => [field, [mapped.column, mapped.confidence]]))).toEqual({
      customer: [0, 1],
      invoice: [1, 1],
      dueDate: [2, 1],
      balance: [3, 1],
      remindersSent: [4, 1],
      margin: [5, 1],
    });
    expect(mapping.balance?.header).toBe("OPEN  BALANCE (USD)");
  });

  it("prefers the balance to the original amount, and each column gets one field", () => {
    const { mapping } = mapHeaderRow(["Name", "Num", "Due Date", "Amount", "Amount Due"]);
    expect(mapping.amount?.column).toBe(3);
    expect(mapping.balance?.column).toBe(4);
  });

  it("takes an exact header over one that only contains a synonym", () => {
    const { mapping } = mapHeaderRow(["Customer reference", "Customer", "Due date", "Balance"]);
    expect(mapping.customer).toEqual({ column: 1, confidence: 1, header: "Customer" });
    expect(mapping.invoice).toEqual({ column: 0, confidence: 0.7, header: "Customer reference" });
  });

  it("accepts a header without a customer column when customer headings group the invoices", () => {
    const search = findHeaderRow(quickBooksDesktopSheet);
    expect(search).toMatchObject({ ok: true, row: 2, customerFromHeadings: true, missing: [] });
    expect(columnsOf(search)).toEqual({ invoiceDate: 2, invoice: 3, terms: 4, dueDate: 5, daysOverdue: 6, balance: 7 });
  });
});

describe("findHeaderRow without a usable header", () => {
  it("returns a value naming what is missing, with the best partial row", () => {
    const search = findHeaderRow([["Report"], ["Customer", "Notes", "Phone"], ["Acme", "call back", "555"]]);
    expect(search).toMatchObject({ ok: false, code: "noHeader", best: { row: 1, missing: [["balance", "amount"], ["dueDate", "daysOverdue", "invoiceDate"]] } });
    expect(!search.ok && search.message).toBe(
      "no header row in the first 30 rows names a customer, a balance or amount, and a due date, days overdue or invoice date",
    );
  });

  it("handles an empty sheet", () => expect(findHeaderRow([])).toMatchObject({ ok: false, best: null }));

  it("looks only at the first rows asked for", () => {
    const cells = [[], [], [], ["Customer", "Due date", "Balance"]];
    expect(findHeaderRow(cells, 3)).toMatchObject({ ok: false });
    expect(findHeaderRow(cells, 4)).toMatchObject({ ok: true, row: 3 });
  });

  it("does not take a customer heading layout without heading rows", () => {
    const cells = [["Num", "Due Date", "Open Balance"], ["1001", 46027, 500]];
    expect(findHeaderRow(cells)).toMatchObject({ ok: false });
  });
});

describe("missingFields", () => {
  it.each([
    [{ customer: 0, balance: 1, dueDate: 2 }, []],
    [{ customer: 0, amount: 1, daysOverdue: 2 }, []],
    [{ customer: 0, amount: 1, invoiceDate: 2 }, []],
    [{ balance: 1, dueDate: 2 }, [["customer"]]],
    [{}, [["customer"], ["balance", "amount"], ["dueDate", "daysOverdue", "invoiceDate"]]],
  ])("%j lacks %j", (mapping, missing) => expect(missingFields(mapping)).toEqual(missing));
});

describe("applyUserMapping", () => {
  const headers = ["Client", "Ref", "Due", "Left", "Notes"];

  it("makes a mapping from the user's columns, with their header texts", () => {
    expect(applyUserMapping({ customer: 0, invoice: 1, dueDate: 2, balance: 3 }, headers)).toEqual({
      ok: true,
      mapping: {
        customer: { column: 0, confidence: 1, header: "Client" },
        invoice: { column: 1, confidence: 1, header: "Ref" },
        dueDate: { column: 2, confidence: 1, header: "Due" },
        balance: { column: 3, confidence: 1, header: "Left" },
      },
    });
  });

  it.each([
    [
      { customer: 0, dueDate: 2, balance: 2 },
      [{ code: "duplicateColumn", fields: ["dueDate", "balance"], column: 2, message: "Due is chosen for due date and balance: a column holds one field" }],
    ],
    [
      { customer: 0, dueDate: 2 },
      [{ code: "missingField", fields: ["balance", "amount"], column: null, message: "a balance or amount column is required" }],
    ],
    [
      { dueDate: 2, balance: 3 },
      [{ code: "missingField", fields: ["customer"], column: null, message: "a customer column is required" }],
    ],
    [
      { customer: 0, dueDate: 7, balance: 3 },
      [{ code: "columnOutOfRange", fields: ["dueDate"], column: 7, message: "due date is set to column 8, but the header row has 5 columns" }],
    ],
    [
      { customer: -1, balance: 1.5, invoiceDate: 2 },
      [
        { code: "columnOutOfRange", fields: ["customer"], column: -1, message: "customer is set to column 0, but the header row has 5 columns" },
        { code: "columnOutOfRange", fields: ["balance"], column: 1.5, message: "balance is set to column 2.5, but the header row has 5 columns" },
      ],
    ],
  ])("%j is refused", (choices, problems) => expect(applyUserMapping(choices, headers)).toEqual({ ok: false, problems }));

  it("allows no customer column when customer headings name the customers", () => {
    expect(applyUserMapping({ dueDate: 2, balance: 3 }, headers, true).ok).toBe(true);
  });

  it("names a column without a header by its number", () => {
    const result = applyUserMapping({ customer: 0, balance: 1, dueDate: 1 }, ["", ""]);
    expect(!result.ok && result.problems[0]?.message).toBe("column 2 is chosen for due date and balance: a column holds one field");
  });
});
