import type { DecimalReading } from "./decimalSeparator";
import type { Field } from "./columnSynonyms";
import type { DateOrderReading } from "./dateText";
import { amountLimitMessage, dateMessage } from "./cellMessages";
import type { DateProblem, DateSystem } from "./days";
import { quoted, shownValue } from "./problems";

/**
 * Errors keep a row out of the invoices; warnings leave it in (or concern the whole sheet).
 * Each code has one message below, so the pane, the log and the tests word it the same way.
 */
export const ledgerSeverity = {
  noCustomer: "error",
  noBalance: "error",
  badBalance: "error",
  noDueDate: "error",
  badDueDate: "error",
  badDaysOverdue: "error",
  badDate: "warning",
  badCount: "warning",
  badMargin: "warning",
  badCreditLimit: "warning",
  dueFromInvoiceDate: "warning",
  duplicateInvoice: "warning",
  subtotalMismatch: "warning",
  grandTotalMismatch: "warning",
  dateOrderConflict: "warning",
  decimalConflict: "warning",
  unknownStatus: "warning",
  unknownChannel: "warning",
  undatedPromise: "warning",
  unknownCurrency: "error",
  currencyQuestion: "warning",
} as const satisfies Record<string, "error" | "warning">;

export type LedgerProblemCode = keyof typeof ledgerSeverity;

/** A problem found while reading a sheet, with the cell the pane should select (0-based, in `cells`). */
export interface LedgerProblem {
  readonly code: LedgerProblemCode;
  readonly severity: "error" | "warning";
  readonly row: number;
  /** Null when the problem is the row's or the sheet's, not one cell's. */
  readonly column: number | null;
  readonly message: string;
  /** The row's customer (its cell or its group heading), when the analysis knows it: the problem list names it. */
  readonly customer?: string | null;
}

/**
 * A problem with its severity from the catalog.
 *
 * @example
 * ledgerProblem("noBalance", 7, 4, ledgerMessages.noBalance("Open Balance"))
 * //=> { code: "noBalance", severity: "error", row: 7, column: 4, message: "Open Balance is blank: …" }
 */
export function ledgerProblem(code: LedgerProblemCode, row: number, column: number | null, message: string): LedgerProblem {
  return { code, severity: ledgerSeverity[code], row, column, message };
}

const amountFormat = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** The message of each problem code; `subject` is the column's header text. */
export const ledgerMessages = {
  noCustomer: (subject: string) => `${subject} is blank: fill in the customer, or put the row under a customer heading`,
  noBalance: (subject: string) => `${subject} is blank: the row has no amount to collect`,
  badBalance: (subject: string, value: unknown, reason: "notAnAmount" | "tooLargeAmount" = "notAnAmount") =>
    reason === "tooLargeAmount" ? amountLimitMessage(subject, value) : `${subject} must be an amount, not ${shownValue(value)}`,
  unknownCurrency: (subject: string, text: string) => `${subject} must name a currency (an ISO code such as EUR, or a symbol such as €), not ${shownValue(text)}`,
  noDueDate: () => "the due date is blank, and no days overdue or invoice date stands in for it",
  badDueDate: (subject: string, value: unknown, reason: DateProblem = "notADate", system: DateSystem = 1900) => dateMessage(subject, value, reason, system),
  badDaysOverdue: (subject: string, value: unknown) => `${subject} must be a whole number of days, not ${shownValue(value)}`,
  badDate: (subject: string, value: unknown, reason: DateProblem = "notADate", system: DateSystem = 1900) => `${dateMessage(subject, value, reason, system)}; left out`,
  badCount: (subject: string, value: unknown) => `${subject} must be a whole number, not ${shownValue(value)}; read as 0`,
  badMargin: (subject: string, value: unknown) => `${subject} must be a rate such as 25% or 0.25, not ${shownValue(value)}; left out`,
  badCreditLimit: (subject: string, value: unknown) => `${subject} must be an amount of 0 or more, not ${shownValue(value)}; the policy's creditLimit applies`,
  dueFromInvoiceDate: (subject: string) => `the due date is taken to be ${subject}: no due date and no terms such as "Net 30"`,
  duplicateInvoice: (number: string, count: number, customers: readonly string[]) =>
    customers.length === 1
      ? `invoice number ${shownValue(number)} appears ${count} times for ${cut(customers[0] ?? "")}: is it counted twice?`
      : `invoice number ${shownValue(number)} appears ${count} times, for ${customers.map(cut).join(", ")}`,
  subtotalMismatch: (label: string | null, stated: number, computed: number) =>
    label === null
      ? `the subtotal says ${amountFormat.format(stated)}, but the invoices since the last heading or total add up to ${amountFormat.format(computed)}`
      : `the total for ${label} says ${amountFormat.format(stated)}, but its invoices add up to ${amountFormat.format(computed)}`,
  grandTotalMismatch: (stated: number, computed: number) =>
    `the grand total says ${amountFormat.format(stated)}, but the invoices read add up to ${amountFormat.format(computed)}`,
  dateOrderConflict: (reading: DateOrderReading) =>
    `dates are written both day-first (25/01) and month-first (01/25); read ${orderText(reading)}, the others are not dates`,
  decimalConflict: (reading: DecimalReading) =>
    `amounts are written with both "." and "," as the decimal separator; read with "${reading.separator}"`,
  unknownStatus: (word: string) => `${quoted.unknownStatus(word)}; its next action is not counted`,
  unknownChannel: (word: string) => `${quoted.unknownChannel(word, "email, phone, letter, sms, whatsapp, fax")}; the policy's channel is used`,
  // R7 awaits a promise until its date: one without a date is not awaited, and the user must see that.
  undatedPromise: (subject: string, words: string) =>
    `${subject} says '${words}', a promise to pay without a date: it is not awaited (R7) and the reminders go on; write its date after the words or in a Promise date column`,
} as const;

/** What a header search or a user's mapping can get wrong. */
export const mappingMessages = {
  noHeader: (rows: number) =>
    `no header row in the first ${rows} rows names a customer, a balance or amount, and a due date, days overdue or invoice date`,
  missingField: (names: readonly Field[]) => `a ${names.map((name) => fieldNames[name]).join(" or ")} column is required`,
  duplicateColumn: (header: string, names: readonly Field[]) =>
    `${header} is chosen for ${names.map((name) => fieldNames[name]).join(" and ")}: a column holds one field`,
  columnOutOfRange: (name: Field, column: number, width: number) =>
    `${fieldNames[name]} is set to column ${column + 1}, but the header row has ${width} columns`,
} as const;

/** The fields as the pane names them. */
export const fieldNames: Readonly<Record<Field, string>> = {
  customer: "customer",
  invoice: "invoice number",
  invoiceDate: "invoice date",
  dueDate: "due date",
  balance: "balance",
  amount: "amount",
  daysOverdue: "days overdue",
  email: "email",
  phone: "phone",
  lastContact: "last contact",
  remindersSent: "reminders sent",
  status: "status",
  dunningStatus: "dunning status",
  notes: "notes (free text)",
  promiseDate: "promise date",
  currency: "currency",
  language: "language",
  channel: "channel",
  terms: "terms",
  margin: "margin",
  escalationContact: "escalation contact (cc)",
  accountOwner: "account owner",
  customerSince: "customer since",
  policySet: "policy set",
  creditLimit: "credit limit",
};

/**
 * How the sheet's numeric dates were read, for the pane.
 *
 * @example
 * describeDateOrder({ order: "dayFirst", basis: "assumed", conflicting: false })
 * //=> "dates read day-first (dd/mm/yyyy), assumed: no date shows the order"
 */
export function describeDateOrder(reading: DateOrderReading): string {
  return `dates read ${orderText(reading)}, ${basisText[reading.basis]("date", "order")}`;
}

/**
 * How the sheet's amounts written as text were read, for the pane.
 *
 * @example
 * describeDecimalSeparator({ separator: ",", basis: "inferred", conflicting: false })
 * //=> "amounts read with \",\" as the decimal separator, inferred from the amounts"
 */
export function describeDecimalSeparator(reading: DecimalReading): string {
  return `amounts read with "${reading.separator}" as the decimal separator, ${basisText[reading.basis]("amount", "separator")}`;
}

const basisText = {
  inferred: (kind: string) => `inferred from the ${kind}s`,
  told: () => "as chosen",
  assumed: (kind: string, what: string) => `assumed: no ${kind} shows the ${what}`,
} as const;

function orderText(reading: DateOrderReading): string {
  return reading.order === "dayFirst" ? "day-first (dd/mm/yyyy)" : "month-first (mm/dd/yyyy)";
}

/** A name as a message quotes it: 32,767 characters of a cell would make a message nobody reads (issue 13). */
function cut(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
