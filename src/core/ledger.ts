import type { DecimalSeparator } from "./amountText";
import { buddhistEraDates, type BuddhistEraReading } from "./buddhistEra";
import { inferDecimalSeparator, type DecimalReading } from "./decimalSeparator";
import type { Field } from "./columnSynonyms";
import type { FieldColumns } from "./columns";
import { inferDateOrder, type DateOrder, type DateOrderReading } from "./dateText";
import type { DateSystem, Day } from "./days";
import { withCustomerJobs } from "./customerJob";
import { duplicateInvoiceProblems } from "./duplicateInvoices";
import { readInvoiceRow, type Invoice } from "./invoiceRow";
import type { RowReader, SheetLine } from "./rowCells";
import { isBlankCell, readAmountCell } from "./ledgerCells";
import { ledgerMessages, ledgerProblem, type LedgerProblem } from "./ledgerProblems";
import { currencyReading, type CurrencyReading } from "./currency/currencyReading";
import type { CurrencyDetection } from "./currency/detectCurrency";
import { headersAreEnglish } from "./currency/englishHeaders";
import { classifyRow, rowLayout, type ReportRow } from "./reportRows";
import { checkTotal, headingGroup, sheetStart, type Group, type ReportTotal, type TotalRow } from "./reportTotals";

/** The sheet as Excel hands it over: values and, optionally, number formats of the same shape. */
export interface LedgerSheet {
  readonly cells: readonly (readonly unknown[])[];
  readonly numberFormats?: readonly (readonly unknown[])[];
}

/** The header row and its mapping: a `findHeaderRow` result, or the user's correction. */
export interface LedgerHeader {
  readonly row: number;
  readonly mapping: FieldColumns;
}

export interface LedgerOptions {
  readonly dateSystem: DateSystem;
  /** The day the ledger is read for: "days overdue" columns count back from it. */
  readonly asOf: Day;
  /** The order for numeric dates that do not show it themselves (default day-first). */
  readonly dateOrder?: DateOrder;
  /** The decimal separator for amounts that do not show it themselves (default "."). */
  readonly decimalSeparator?: DecimalSeparator;
  /** The policy's currency, for rows nothing on the sheet gives one (default USD). */
  readonly currency?: string;
  /** The currency the user chose for the list (mapping step, `--currency`): it overrides all but a currency column. */
  readonly currencyChoice?: string | null;
}

/** A row that is neither an invoice nor a problem: a repeated header, a group heading, a total. */
export interface SkippedRow {
  readonly row: number;
  readonly kind: "header" | "heading" | "total";
  readonly text: string;
}

/** What a sheet holds: its invoices, every problem, the rows passed over, and how it was read. */
export interface Ledger {
  readonly invoices: readonly Invoice[];
  /** Sorted by row; errors kept their row out of `invoices`. */
  readonly problems: readonly LedgerProblem[];
  readonly skipped: readonly SkippedRow[];
  readonly totals: readonly ReportTotal[];
  readonly dateOrder: DateOrderReading;
  readonly decimalSeparator: DecimalReading;
  /** Which currencies the invoices carry and where each was read. */
  readonly currency: CurrencyReading;
  /** Text dates written with Buddhist-era years (read 543 years earlier), or null: the notes state the conversion. */
  readonly buddhistEra: BuddhistEraReading | null;
  /** The customer of each row an error kept out of `invoices`, where it names one (by row): "Acme, row 7: …", never "null". */
  readonly customersLeftOut: Readonly<Record<number, string>>;
}

const DATE_FIELDS: readonly Field[] = ["dueDate", "invoiceDate", "lastContact", "promiseDate"];
const AMOUNT_FIELDS: readonly Field[] = ["balance", "amount"];

/**
 * Turns the rows below the header into invoices and problems; nothing is dropped silently. Group
 * headings (a customer name alone on a row) give their customer to the rows under them that have
 * none; totals are checked against the invoices they add up; blank rows are passed over. The
 * order of numeric dates and the decimal separator of amounts written as text are inferred once
 * for the whole sheet (all date columns together, balance and amount together). QuickBooks
 * "Customer:Job" names are read as the customer with a job (`withCustomerJobs`).
 *
 * @example
 * readLedger({ cells: [["Customer", "Due date", "Balance"], ["Acme", "05/01/2026", "1.250,00"]] },
 *   { row: 0, mapping: { customer: { column: 0 }, dueDate: { column: 1 }, balance: { column: 2 } } },
 *   { dateSystem: 1900, asOf: 20484 })
 * //=> { invoices: [{ row: 1, customer: "Acme", dueDay: 20458, balance: 1250, … }], problems: [], …,
 * //     dateOrder: { order: "dayFirst", basis: "assumed", … }, decimalSeparator: { separator: ",", basis: "inferred", … } }
 */
export function readLedger(sheet: LedgerSheet, header: LedgerHeader, options: LedgerOptions): Ledger {
  const { cells } = sheet;
  const dateTexts = columnTexts(cells, header, DATE_FIELDS);
  const dateOrder = inferDateOrder(dateTexts, options.dateOrder);
  const buddhistEra = buddhistEraDates(dateTexts);
  const separators = columnSeparators(cells, header, options.decimalSeparator);
  const decimalSeparator = sheetSeparator(inferDecimalSeparator(columnTexts(cells, header, AMOUNT_FIELDS), options.decimalSeparator), separators);
  const headers = cells[header.row] ?? [];
  const reader: RowReader = {
    columns: header.mapping,
    headers,
    dateSystem: options.dateSystem,
    asOf: options.asOf,
    dateOrder: dateOrder.order,
    decimalSeparator: decimalSeparator.separator,
    columnSeparators: separators.byField,
    currency: { policyCurrency: options.currency ?? "USD", choice: options.currencyChoice ?? null, englishHeaders: headersAreEnglish(headers) },
  };
  const walk = walkRows(sheet, header, reader);
  // One customer everywhere it counts: QuickBooks "Acme Corp:Warehouse fit-out" is Acme Corp's job.
  const invoices = withCustomerJobs(walk.invoices);
  const currency = currencyReading(walk.currencies);
  const problems = [
    ...readingProblems(header.row, dateOrder, decimalSeparator),
    ...(currency.question === null ? [] : [ledgerProblem("currencyQuestion", header.row, header.mapping.balance?.column ?? null, currency.question)]),
    ...walk.problems,
    ...duplicateInvoiceProblems(invoices, header.mapping.invoice?.column ?? null),
  ].sort((a, b) => a.row - b.row || (a.column ?? -1) - (b.column ?? -1));
  return { invoices, problems, skipped: walk.skipped, totals: walk.totals, dateOrder, decimalSeparator, currency, buddhistEra, customersLeftOut: walk.customersLeftOut };
}

interface Walk {
  readonly invoices: Invoice[];
  readonly problems: LedgerProblem[];
  readonly skipped: SkippedRow[];
  readonly totals: ReportTotal[];
  /** The currency detections of the rows read as invoices. */
  readonly currencies: CurrencyDetection[];
  readonly customersLeftOut: Record<number, string>;
  group: Group;
}

function walkRows(sheet: LedgerSheet, header: LedgerHeader, reader: RowReader): Walk {
  const layout = rowLayout(reader.headers, header.mapping);
  const kinds = sheet.cells.map((values, row) => (row > header.row ? classifyRow(values, layout) : undefined));
  const lastRowOf = (kind: ReportRow["kind"]) => kinds.reduce((last, each, row) => (each?.kind === kind ? row : last), -1);
  const lastMore = Math.max(lastRowOf("detail"), lastRowOf("total"));
  const walk: Walk = { invoices: [], problems: [], skipped: [], totals: [], currencies: [], customersLeftOut: {}, group: sheetStart };
  kinds.forEach((kind, row) => {
    const values = sheet.cells[row] ?? [];
    if (kind === undefined || kind.kind === "blank") return;
    if (kind.kind === "detail") {
      readDetail(walk, { row, values, formats: sheet.numberFormats?.[row] ?? [] }, reader);
      return;
    }
    walk.skipped.push({ row, kind: kind.kind, text: kind.kind === "header" ? "" : kind.text });
    if (kind.kind === "heading") walk.group = headingGroup(kind.text, kind.customer, walk.invoices.length);
    if (kind.kind === "total") addTotal(walk, { ...kind, row, moreFollows: row < lastMore, ...statedAmount(values, header, reader) });
  });
  return walk;
}

function readDetail(walk: Walk, line: SheetLine, reader: RowReader): void {
  const reading = readInvoiceRow(line, walk.group.customer, reader);
  if (reading.invoice) {
    walk.invoices.push(reading.invoice);
    walk.currencies.push(reading.currency);
  } else if (reading.customer !== null) walk.customersLeftOut[line.row] = reading.customer;
  walk.problems.push(...reading.problems);
}

function addTotal(walk: Walk, totalRow: TotalRow): void {
  const checked = checkTotal(totalRow, walk.group, walk.invoices);
  walk.totals.push(checked.total);
  walk.problems.push(...checked.problems);
  walk.group = checked.group;
}

/** The amount a total row states in the balance (else amount) column, if it reads as one. */
function statedAmount(values: readonly unknown[], header: LedgerHeader, reader: RowReader): Pick<TotalRow, "stated" | "column"> {
  const column = (header.mapping.balance ?? header.mapping.amount)?.column ?? null;
  const value = column === null ? undefined : values[column];
  const amount = isBlankCell(value) ? "notAnAmount" : readAmountCell(value, reader.decimalSeparator);
  return { stated: typeof amount === "number" ? amount : null, column };
}

/** The text values of the given fields' columns below the header, to infer how they are written. */
function columnTexts(cells: readonly (readonly unknown[])[], header: LedgerHeader, names: readonly Field[]): string[] {
  const columns = names.flatMap((name) => (header.mapping[name] ? [header.mapping[name].column] : []));
  return cells.slice(header.row + 1).flatMap((row) => columns.map((column) => row[column]).filter((value) => typeof value === "string"));
}

/**
 * Each amount or rate column read with the separator its own texts prove (a Balance of
 * "Rp 12.500" and a Margin of "0.25" on one sheet); a column that proves none, or where the user
 * told the separator, is read with the sheet's. `consistent`: no column mixes the two.
 */
function columnSeparators(cells: readonly (readonly unknown[])[], header: LedgerHeader, told: DecimalSeparator | undefined) {
  const byField: Partial<Record<Field, DecimalSeparator>> = {};
  let consistent = true;
  if (told !== undefined) return { byField, consistent };
  for (const field of SEPARATOR_FIELDS) {
    if (!header.mapping[field]) continue;
    const reading = inferDecimalSeparator(columnTexts(cells, header, [field]));
    if (reading.conflicting) consistent = false;
    else if (reading.basis === "inferred") byField[field] = reading.separator;
  }
  return { byField, consistent };
}

/** The sheet's separator; two columns that each keep to their own do not conflict (each is read with its own). */
function sheetSeparator(reading: DecimalReading, columns: { readonly consistent: boolean }): DecimalReading {
  return reading.conflicting && columns.consistent ? { ...reading, conflicting: false } : reading;
}

const SEPARATOR_FIELDS: readonly Field[] = ["balance", "amount", "margin", "creditLimit"];

function readingProblems(headerRow: number, dateOrder: DateOrderReading, decimal: DecimalReading): LedgerProblem[] {
  const problems: LedgerProblem[] = [];
  if (dateOrder.conflicting) problems.push(ledgerProblem("dateOrderConflict", headerRow, null, ledgerMessages.dateOrderConflict(dateOrder)));
  if (decimal.conflicting) problems.push(ledgerProblem("decimalConflict", headerRow, null, ledgerMessages.decimalConflict(decimal)));
  return problems;
}
