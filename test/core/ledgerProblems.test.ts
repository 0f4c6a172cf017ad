import { findHeaderRow } from "../../src/core/columns";
import { readLedger } from "../../src/core/ledger";
import { ledgerSeverity, type LedgerProblem, type LedgerProblemCode } from "../../src/core/ledgerProblems";
import { summarizeReceivables } from "../../src/core/receivables";
import { defaultPolicy } from "../../src/core/policy";
import { AS_OF } from "./agingSheets";

/** One row per problem; columns: 0 customer … 9 terms, 10 status, 11 channel, 12 credit limit. */
const cells: readonly (readonly unknown[])[] = [
  ["Customer", "Invoice", "Invoice date", "Due date", "Days overdue", "Balance", "Last contact", "Reminders sent", "Margin", "Terms", "Status", "Channel", "Credit limit"],
  ["", "X1", "", "05/01/2026", "", 100],
  ["Acme", "X2", "", "05/01/2026", "", ""],
  ["Acme", "X3", "", "05/01/2026", "", "lots"],
  ["Acme", "X4", "", "", "", 100],
  ["Acme", "X5", "", "31/02/2026", "", 100],
  ["Acme", "X6", "", "", "many", 100],
  ["Acme", "X7", "", "05/01/2026", "", 100, "soon"],
  ["Acme", "X8", "", "05/01/2026", "", 100, "", "two"],
  ["Acme", "X9", "", "05/01/2026", "", 100, "", "", "high"],
  ["Acme", "X10", "05/01/2026", "", "", 100, "", "", "", "monthly", "", "", "no limit"],
  ["Acme", "D-1", "", "05/01/2026", "", "1,5"],
  ["Beta", "d-1 ", "", "05/01/2026", "", "2.5"],
  ["Beta", "X13", "", "05/01/2026", "", 100, "13/01/2026", "", "", "", "angry"],
  ["Beta", "X14", "", "05/01/2026", "", 100, "01/14/2026", "", "", "", "", "pigeon"],
  ["Subtotal", "", "", "", "", 999],
  ["Grand total", "", "", "", "", 999],
];

const header = findHeaderRow(cells);
if (!header.ok) throw new Error(header.message);
const ledger = readLedger({ cells }, header, { dateSystem: 1900, asOf: AS_OF });
const summary = summarizeReceivables(ledger.invoices, AS_OF, defaultPolicy, { statusColumn: 10 });
/** The currency problems need a sheet that is not English (a bare "$" is only asked about there). */
const latvianCells = [
  ["Klients", "Apmaksas termiņš", "Atlikums", "Valūta", "Piezīmes"],
  ["SIA Koks", "2026-01-05", 100, "dollars?"],
  ["SIA Koks", "2026-01-06", 100, "$"],
  ["SIA Koks", "2026-01-07", 100, "EUR", "Klients solīja samaksāt"],
];
const latvianHeader = findHeaderRow(latvianCells);
if (!latvianHeader.ok) throw new Error(latvianHeader.message);
const latvianLedger = readLedger({ cells: latvianCells }, latvianHeader, { dateSystem: 1900, asOf: AS_OF });
const problems: readonly LedgerProblem[] = [...ledger.problems, ...(summary.ok ? summary.problems : []), ...latvianLedger.problems];

describe("every ledger problem code", () => {
  it.each<[LedgerProblemCode, number, number | null, string]>([
    ["dateOrderConflict", 0, null, "dates are written both day-first (25/01) and month-first (01/25); read day-first (dd/mm/yyyy), the others are not dates"],
    ["decimalConflict", 0, null, 'amounts are written with both "." and "," as the decimal separator; read with "."'],
    ["noCustomer", 1, 0, "Customer is blank: fill in the customer, or put the row under a customer heading"],
    ["noBalance", 2, 5, "Balance is blank: the row has no amount to collect"],
    ["badBalance", 3, 5, 'Balance must be an amount, not "lots"'],
    ["noDueDate", 4, 3, "the due date is blank, and no days overdue or invoice date stands in for it"],
    ["badDueDate", 5, 3, 'Due date must be a date, not "31/02/2026"'],
    ["badDaysOverdue", 6, 4, 'Days overdue must be a whole number of days, not "many"'],
    ["badDate", 7, 6, 'Last contact must be a date, not "soon"; left out'],
    ["badCount", 8, 7, 'Reminders sent must be a whole number, not "two"; read as 0'],
    ["badMargin", 9, 8, 'Margin must be a rate such as 25% or 0.25, not "high"; left out'],
    ["badCreditLimit", 10, 12, 'Credit limit must be an amount of 0 or more, not "no limit"; the policy\'s creditLimit applies'],
    ["dueFromInvoiceDate", 10, 2, 'the due date is taken to be Invoice date: no due date and no terms such as "Net 30"'],
    ["duplicateInvoice", 11, 1, 'invoice number "D-1" appears 2 times, for Acme, Beta'],
    ["duplicateInvoice", 12, 1, 'invoice number "D-1" appears 2 times, for Acme, Beta'],
    ["unknownStatus", 13, 10, 'status has an unknown word "angry": use disputed, promise to pay <date>, unreachable, hardship, settlement offered, sales asked or do not contact (or the Indonesian, Latvian or Thai words), separated by commas; free text belongs in a notes column; its next action is not counted'],
    ["badDate", 14, 6, 'Last contact must be a date, not "01/14/2026"; left out'],
    ["unknownChannel", 14, 11, 'channel has an unknown word "pigeon": use email, phone, letter, sms, whatsapp, fax (or telepon, surat, tālrunis, โทรศัพท์…); the policy\'s channel is used'],
    ["subtotalMismatch", 15, 5, "the subtotal says 999.00, but the invoices since the last heading or total add up to 604.00"],
    ["grandTotalMismatch", 16, 5, "the grand total says 999.00, but the invoices read add up to 604.00"],
  ])("%s on row %d, column %j", (code, row, column, message) => {
    expect(problems).toContainEqual({ code, severity: ledgerSeverity[code], row, column, message });
  });

  it.each<[LedgerProblemCode, number, number | null, string]>([
    ["unknownCurrency", 1, 3, 'Valūta must name a currency (an ISO code such as EUR, or a symbol such as €), not "dollars?"'],
    ["currencyQuestion", 0, 2, "Which currency is '$'? The amounts show '$' but the headers are not English, so '$' is not assumed to be US dollars: choose the currency"],
    ["undatedPromise", 3, 4, "Piezīmes says 'solīja samaksāt', a promise to pay without a date: it is not awaited (R7) and the reminders go on; write its date after the words or in a Promise date column"],
  ])("%s on the Latvian sheet's row %d, column %j", (code, row, column, message) => {
    expect(problems).toContainEqual({ code, severity: ledgerSeverity[code], row, column, message });
  });

  it("covers the whole catalog, and nothing unexpected", () => {
    expect(new Set(problems.map((problem) => problem.code))).toEqual(new Set(Object.keys(ledgerSeverity)));
    expect(problems).toHaveLength(20 + 3);
  });

  it("keeps error rows out of the invoices and warning rows in", () => {
    expect(ledger.invoices.map((invoice) => invoice.invoiceNumber)).toEqual(["X7", "X8", "X9", "X10", "D-1", "d-1", "X13", "X14"]);
    expect(ledger.invoices.map((invoice) => invoice.balance)).toEqual([100, 100, 100, 100, 1.5, 2.5, 100, 100]);
  });

  it("sorts problems by row, then column", () => {
    const places = ledger.problems.map((problem) => [problem.row, problem.column ?? -1]);
    expect(places).toEqual([...places].sort(([rowA = 0, columnA = 0], [rowB = 0, columnB = 0]) => rowA - rowB || columnA - columnB));
  });

  it("names the same customer when an invoice number repeats within one customer", () => {
    const twice = [["Customer", "Invoice", "Due date", "Balance"], ["Acme", "A-1", "2026-01-05", 10], ["Acme", "A-1", "2026-01-06", 20]];
    const found = findHeaderRow(twice);
    if (!found.ok) throw new Error(found.message);
    expect(readLedger({ cells: twice }, found, { dateSystem: 1900, asOf: AS_OF }).problems.map((problem) => [problem.row, problem.message])).toEqual([
      [1, 'invoice number "A-1" appears 2 times for Acme: is it counted twice?'],
      [2, 'invoice number "A-1" appears 2 times for Acme: is it counted twice?'],
    ]);
  });

  it("does not treat a credit note (negative balance) as a problem", () => {
    const credit = [["Customer", "Invoice", "Due date", "Balance"], ["Acme", "CN-1", "2026-01-05", "(250.00)"]];
    const found = findHeaderRow(credit);
    if (!found.ok) throw new Error(found.message);
    const read = readLedger({ cells: credit }, found, { dateSystem: 1900, asOf: AS_OF });
    expect(read.problems).toEqual([]);
    expect(read.invoices[0]?.balance).toBe(-250);
  });
});
