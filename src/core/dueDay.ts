import type { Day } from "./days";
import { isDateFormat, readDateCell, readWholeNumber } from "./ledgerCells";
import { ledgerMessages, ledgerProblem, type LedgerProblem } from "./ledgerProblems";
import { termsDays } from "./paymentTerms";
import { filled, type Cell, type CellOf, type RowReader } from "./rowCells";

/**
 * A row's due date: the due date cell; else `asOf` − days overdue; else the invoice date plus
 * the terms ("Net 30"), or the invoice date itself with a warning. An unreadable due date or
 * days-overdue cell, or none of the three, is an error.
 *
 * @param invoiceDay - the row's invoice date, already read
 *
 * @example
 * readDueDay(cellsOf({ row: 3, values: ["Acme", 34, 100], formats: [] }, reader), null, 3, reader, problems)
 * //=> reader.asOf - 34 (a sheet with only a days-overdue column)
 */
export function readDueDay(cellOf: CellOf, invoiceDay: Day | null, row: number, reader: RowReader, problems: LedgerProblem[]): Day | null {
  const due = cellOf("dueDate");
  const overdue = cellOf("daysOverdue");
  if (filled(due)) {
    const day = readDateCell(due.value, reader.dateSystem, reader.dateOrder);
    if (typeof day === "number") return day;
    problems.push(ledgerProblem("badDueDate", row, due.column, ledgerMessages.badDueDate(due.subject, due.value, day, reader.dateSystem)));
    return null;
  }
  if (filled(overdue)) return dueFromDaysOverdue(overdue, row, reader, problems);
  if (invoiceDay !== null) return dueFromInvoiceDay(invoiceDay, cellOf, row, problems);
  const column = (due ?? overdue ?? cellOf("invoiceDate"))?.column ?? null;
  problems.push(ledgerProblem("noDueDate", row, column, ledgerMessages.noDueDate()));
  return null;
}

function dueFromDaysOverdue(cell: Cell, row: number, reader: RowReader, problems: LedgerProblem[]): Day | null {
  // A date-formatted number under "Overdue" is the date it fell due, not a count of days.
  const asDate = typeof cell.value === "number" && isDateFormat(cell.format);
  const day = asDate ? readDateCell(cell.value, reader.dateSystem, reader.dateOrder) : undefined;
  if (typeof day === "number") return day;
  const days = readWholeNumber(cell.value);
  if (days !== undefined && !asDate) return reader.asOf - days;
  problems.push(ledgerProblem("badDaysOverdue", row, cell.column, ledgerMessages.badDaysOverdue(cell.subject, cell.value)));
  return null;
}

function dueFromInvoiceDay(invoiceDay: Day, cellOf: CellOf, row: number, problems: LedgerProblem[]): Day {
  const days = termsDays(cellOf("terms")?.value);
  if (days !== null) return invoiceDay + days;
  const issued = cellOf("invoiceDate");
  problems.push(ledgerProblem("dueFromInvoiceDate", row, issued?.column ?? null, ledgerMessages.dueFromInvoiceDate(issued?.subject ?? "")));
  return invoiceDay;
}
