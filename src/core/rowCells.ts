import type { DecimalSeparator } from "./amountText";
import type { Field } from "./columnSynonyms";
import type { FieldColumns } from "./columns";
import type { DateOrder } from "./dateText";
import type { DateSystem, Day } from "./days";
import type { CurrencyContext } from "./currency/detectCurrency";
import { cellText, isBlankCell, readDateCell, readRate, readWholeNumber } from "./ledgerCells";
import { fieldNames, ledgerMessages, ledgerProblem, type LedgerProblem } from "./ledgerProblems";

/** What reading rows needs to know about the sheet, decided once before the first row. */
export interface RowReader {
  readonly columns: FieldColumns;
  readonly headers: readonly unknown[];
  readonly dateSystem: DateSystem;
  readonly asOf: Day;
  readonly dateOrder: DateOrder;
  readonly decimalSeparator: DecimalSeparator;
  /** A column whose own texts prove its separator ("Rp 12.500" beside a margin of "0.25") is read with it. */
  readonly columnSeparators?: Readonly<Partial<Record<Field, DecimalSeparator>>>;
  /** What an invoice's currency falls back on (policy, the user's choice, the headers' language). */
  readonly currency: CurrencyContext;
}

/**
 * The decimal separator of a field's column: its own when its texts prove one, else the sheet's.
 *
 * @example
 * separatorOf({ ...reader, decimalSeparator: ",", columnSeparators: { margin: "." } }, "margin") //=> "."
 */
export function separatorOf(reader: Pick<RowReader, "decimalSeparator" | "columnSeparators">, field: Field): DecimalSeparator {
  return reader.columnSeparators?.[field] ?? reader.decimalSeparator;
}

/** One row's cells and number formats, and its index. */
export interface SheetLine {
  readonly row: number;
  readonly values: readonly unknown[];
  readonly formats: readonly unknown[];
}

/** A mapped cell of a row: where it is, what it holds, and the header that names it in messages. */
export interface Cell {
  readonly column: number;
  readonly value: unknown;
  readonly format: unknown;
  readonly subject: string;
}

/** A row's cell for a field; undefined when the sheet has no column for it. */
export type CellOf = (field: Field) => Cell | undefined;

/**
 * The cells of a row by field.
 *
 * @example
 * cellsOf({ row: 5, values: ["Acme", 1200], formats: [] }, reader)("balance")
 * //=> { column: 1, value: 1200, format: undefined, subject: "Open Balance" }
 */
export function cellsOf(line: SheetLine, reader: RowReader): CellOf {
  return (field) => {
    const column = reader.columns[field]?.column;
    if (column === undefined) return undefined;
    return { column, value: line.values[column], format: line.formats[column], subject: subjectOf(field, reader) };
  };
}

/**
 * A column's header text as the user wrote it, for messages; the field's name when it has none.
 *
 * @example
 * subjectOf("dueDate", reader) //=> "Jatuh Tempo"
 */
export function subjectOf(field: Field, reader: RowReader): string {
  const column = reader.columns[field]?.column;
  const header = column === undefined ? undefined : cellText(reader.headers[column]);
  return header ?? fieldNames[field];
}

/**
 * Whether the row has a value for the cell.
 *
 * @example
 * filled({ column: 2, value: " ", format: "", subject: "Due" }) //=> false
 */
export function filled(cell: Cell | undefined): cell is Cell {
  return cell !== undefined && !isBlankCell(cell.value);
}

/**
 * An optional date (invoice date, last contact, promise): null when blank, and when unreadable
 * with a warning.
 *
 * @example
 * optionalDay({ column: 6, value: "soon", format: "", subject: "Last contact" }, 7, reader, problems)
 * //=> null, problems gets { code: "badDate", row: 7, column: 6, … }
 */
export function optionalDay(cell: Cell | undefined, row: number, reader: RowReader, problems: LedgerProblem[]): Day | null {
  if (!filled(cell)) return null;
  const day = readDateCell(cell.value, reader.dateSystem, reader.dateOrder);
  if (typeof day === "number") return day;
  problems.push(ledgerProblem("badDate", row, cell.column, ledgerMessages.badDate(cell.subject, cell.value, day, reader.dateSystem)));
  return null;
}

/**
 * The reminders sent: 0 when blank, and when unreadable with a warning.
 *
 * @example
 * reminderCount({ column: 7, value: "2", format: "", subject: "Reminders" }, 7, problems) //=> 2
 */
export function reminderCount(cell: Cell | undefined, row: number, problems: LedgerProblem[]): number {
  if (!filled(cell)) return 0;
  const count = readWholeNumber(cell.value);
  if (count !== undefined && count >= 0) return count;
  problems.push(ledgerProblem("badCount", row, cell.column, ledgerMessages.badCount(cell.subject, cell.value)));
  return 0;
}

/**
 * The sale's margin as a rate: null when blank, and when unreadable with a warning.
 *
 * @example
 * marginOf({ column: 8, value: "25%", format: "General", subject: "Margin" }, 7, problems) //=> 0.25
 */
export function marginOf(cell: Cell | undefined, row: number, problems: LedgerProblem[], separator: DecimalSeparator = "."): number | null {
  if (!filled(cell)) return null;
  const rate = readRate(cell.value, cell.format, separator);
  if (rate !== undefined) return rate;
  problems.push(ledgerProblem("badMargin", row, cell.column, ledgerMessages.badMargin(cell.subject, cell.value)));
  return null;
}
