import { readChannel } from "./channel";
import type { Field } from "./columnSynonyms";
import type { Day } from "./days";
import { detectCurrency, type CurrencyDetection } from "./currency/detectCurrency";
import { readDueDay } from "./dueDay";
import { promiseDayOf, readInvoiceStatus, undatedPromise } from "./invoiceStatus";
import { cellText, isBlankCell, readAmountCell } from "./ledgerCells";
import { fieldNames, ledgerMessages, ledgerProblem, type LedgerProblem } from "./ledgerProblems";
import { cellsOf, marginOf, optionalDay, reminderCount, separatorOf, subjectOf, type Cell, type CellOf, type RowReader, type SheetLine } from "./rowCells";
import type { DecimalSeparator } from "./amountText";

/**
 * One invoice read from a sheet row. The fields `Account` needs (dueDay, balance, remindersSent,
 * lastContactDay, promiseDay) carry the same names; `accountOfInvoice` adds the status read from
 * `statusText` and `notesText` (`readInvoiceStatus`). A negative balance is a credit note. Absent optional facts are null.
 */
export interface Invoice {
  /** 0-based index of the row in the cells read. */
  readonly row: number;
  readonly customer: string;
  readonly invoiceNumber: string | null;
  readonly invoiceDay: Day | null;
  readonly dueDay: Day;
  readonly balance: number;
  readonly email: string | null;
  readonly phone: string | null;
  readonly lastContactDay: Day | null;
  /** 0 when the sheet does not say. */
  readonly remindersSent: number;
  /** A strict Status cell: status words only. */
  readonly statusText: string | null;
  /**
   * A free-text notes, memo or remarks cell: status words are picked out of it; the desk never
   * writes it. Optional so that invoices made elsewhere (tests, older callers) need not name it.
   */
  readonly notesText?: string | null;
  /** The job of a QuickBooks "Customer:Job" name, whose `customer` is then the name before the colon (`withCustomerJobs`). */
  readonly job?: string | null;
  /** The promise date column's day, else the date a promise in the Status or notes cell gives. */
  readonly promiseDay: Day | null;
  /** ISO 4217 code (see `detectCurrency`); null while a bare "$" waits for the user's answer. */
  readonly currency: string | null;
  readonly language: string | null;
  readonly channel: string | null;
  readonly terms: string | null;
  readonly margin: number | null;
  readonly escalationContact: string | null;
  readonly accountOwner: string | null;
  /** R15: when the customer relationship began. */
  readonly customerSinceDay: Day | null;
  /** The policy set the customer follows (a column of the policy sheet), as the cell names it. */
  readonly policySet: string | null;
  /** The customer's credit limit from a Credit limit column; null: the policy's `creditLimit`. */
  readonly creditLimit?: number | null;
}

/**
 * Reads an invoice row. Errors (no customer, no or unreadable balance or due date) keep the row
 * out and say why; unreadable optional facts are warnings and read as absent. The due date comes
 * from the due date column, else `asOf` − days overdue, else the invoice date + terms.
 *
 * @param line - the row
 * @param groupCustomer - the customer of the heading the row stands under, if any
 *
 * @example
 * readInvoiceRow({ row: 5, values: ["Acme", "INV-1", "05/01/2026", 1200], formats: [] }, null, reader)
 * //=> { invoice: { row: 5, customer: "Acme", invoiceNumber: "INV-1", dueDay: 20458, balance: 1200, … }, problems: [] }
 */
export function readInvoiceRow(
  line: SheetLine,
  groupCustomer: string | null,
  reader: RowReader,
): { invoice: Invoice | null; customer: string | null; problems: LedgerProblem[]; currency: CurrencyDetection } {
  const problems: LedgerProblem[] = [];
  const cellOf = cellsOf(line, reader);
  const customer = cellText(cellOf("customer")?.value) ?? groupCustomer;
  if (customer === null) {
    const message = ledgerMessages.noCustomer(subjectOf("customer", reader));
    problems.push(ledgerProblem("noCustomer", line.row, cellOf("customer")?.column ?? null, message));
  }
  const balanceField = cellOf("balance") ? "balance" : "amount";
  const balance = readBalance(cellOf(balanceField), line.row, reader, problems, separatorOf(reader, balanceField));
  const invoiceDay = optionalDay(cellOf("invoiceDate"), line.row, reader, problems);
  const dueDay = readDueDay(cellOf, invoiceDay, line.row, reader, problems);
  const currency = readCurrency(cellOf, line.row, reader, problems);
  const details = { ...readDetails(cellOf, line.row, reader, problems), currency: currency.ok ? currency.code : null };
  if (customer === null || balance === null || dueDay === null || (!currency.ok && currency.reason === "unknownCurrency")) return { invoice: null, customer, problems, currency };
  return { invoice: { row: line.row, customer, invoiceDay, dueDay, balance, ...details }, customer, problems, currency };
}

/** The row's currency (see `detectCurrency`); a currency cell that names none keeps the row out. */
function readCurrency(cellOf: CellOf, row: number, reader: RowReader, problems: LedgerProblem[]): CurrencyDetection {
  const column = cellOf("currency");
  const amounts = [cellOf("balance"), cellOf("amount")].flatMap((cell) => (cell ? [{ value: cell.value, format: cell.format, header: cell.subject }] : []));
  const detection = detectCurrency({ column: column ? { value: column.value, header: column.subject } : null, amounts }, reader.currency);
  if (!detection.ok && detection.reason === "unknownCurrency") {
    problems.push(ledgerProblem("unknownCurrency", row, column?.column ?? null, ledgerMessages.unknownCurrency(column?.subject ?? fieldNames.currency, detection.text)));
  }
  return detection;
}

function readBalance(cell: Cell | undefined, row: number, reader: RowReader, problems: LedgerProblem[], separator: DecimalSeparator): number | null {
  if (!cell || isBlankCell(cell.value)) {
    problems.push(ledgerProblem("noBalance", row, cell?.column ?? null, ledgerMessages.noBalance(cell?.subject ?? fieldNames.balance)));
    return null;
  }
  const amount = readAmountCell(cell.value, separator);
  if (typeof amount === "number") return amount;
  problems.push(ledgerProblem("badBalance", row, cell.column, ledgerMessages.badBalance(cell.subject, cell.value, amount)));
  return null;
}

/** R4: the Channel cell as written; a word the desk does not know is a warning (the policy's channel applies). */
function channelOf(cellOf: CellOf, row: number, problems: LedgerProblem[]): string | null {
  const cell = cellOf("channel");
  const text = cellText(cell?.value);
  if (text !== null && readChannel(text) === undefined) problems.push(ledgerProblem("unknownChannel", row, cell?.column ?? null, ledgerMessages.unknownChannel(text)));
  return text;
}

/**
 * The promise date column, else a promise's date in the status texts, read in the sheet's date
 * order. A promise the row gives no date is a warning on the cell that says it (R7: not awaited).
 */
function promiseDay(cellOf: CellOf, row: number, reader: RowReader, problems: LedgerProblem[]): Day | null {
  const column = optionalDay(cellOf("promiseDate"), row, reader, problems);
  const status = statusText(cellText(cellOf("status")?.value), cellText(cellOf("dunningStatus")?.value));
  const notes = cellText(cellOf("notes")?.value);
  if (column !== null || (status === null && notes === null)) return column;
  const reading = readInvoiceStatus({ status, notes });
  if (!reading.ok) return null;
  const day = promiseDayOf(null, reading, reader.dateOrder);
  const undated = undatedPromise(reading, day);
  if (undated !== null) {
    const cell = cellOf(undated.source);
    problems.push(ledgerProblem("undatedPromise", row, cell?.column ?? null, ledgerMessages.undatedPromise(cell?.subject ?? fieldNames[undated.source], undated.text)));
  }
  return day;
}

type Details = Omit<Invoice, "row" | "customer" | "invoiceDay" | "dueDay" | "balance" | "currency">;

function readDetails(cellOf: CellOf, row: number, reader: RowReader, problems: LedgerProblem[]): Details {
  const text = (field: Field) => cellText(cellOf(field)?.value);
  return {
    invoiceNumber: text("invoice"),
    email: text("email"),
    phone: text("phone"),
    lastContactDay: optionalDay(cellOf("lastContact"), row, reader, problems),
    remindersSent: reminderCount(cellOf("remindersSent"), row, problems),
    statusText: statusText(text("status"), text("dunningStatus")),
    notesText: text("notes"),
    // The Dunning status column too: a promise the desk recorded there counts (issue 12).
    promiseDay: promiseDay(cellOf, row, reader, problems),
    language: text("language"),
    channel: channelOf(cellOf, row, problems),
    terms: text("terms"),
    margin: marginOf(cellOf("margin"), row, problems, separatorOf(reader, "margin")),
    escalationContact: text("escalationContact"),
    accountOwner: text("accountOwner"),
    customerSinceDay: optionalDay(cellOf("customerSince"), row, reader, problems),
    policySet: text("policySet"),
    creditLimit: creditLimitOf(cellOf("creditLimit"), row, reader, problems),
  };
}

/** A Credit limit cell: null when blank, and when unreadable or negative with a warning. */
function creditLimitOf(cell: Cell | undefined, row: number, reader: RowReader, problems: LedgerProblem[]): number | null {
  if (!cell || isBlankCell(cell.value)) return null;
  const amount = readAmountCell(cell.value, separatorOf(reader, "creditLimit"));
  if (typeof amount === "number" && amount >= 0) return amount;
  problems.push(ledgerProblem("badCreditLimit", row, cell.column, ledgerMessages.badCreditLimit(cell.subject, cell.value)));
  return null;
}

/** The user's Status and the desk's Dunning status, read as one status (as the AR formulas join them). */
function statusText(status: string | null, dunningStatus: string | null): string | null {
  if (status === null || dunningStatus === null) return status ?? dunningStatus;
  return `${status}; ${dunningStatus}`;
}
