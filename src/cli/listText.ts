import { isoTextOfDay } from "../core/days";
import type { LedgerProblem } from "../core/ledgerProblems";
import { columnLetters } from "../workbook/a1";
import type { LoadedList } from "./loadList";

/** Where a list was read, in words: "AR!A1:H120 (table Invoices), header row 1, columns matched by their headers". */
export function listPlace(loaded: LoadedList): string {
  const { data, headerRow, mappingSource } = loaded.list;
  const table = data.tableName ? ` (table ${data.tableName})` : "";
  const mapping = mappingSource === "saved" ? "the column mapping saved in the workbook" : "columns matched by their headers";
  return `${data.address}${table}, header row ${data.top + headerRow + 1}, ${mapping}, as of ${isoTextOfDay(loaded.asOf)} (${asOfReason(loaded)})`;
}

/**
 * Why the run is as of its day: --as-of, the report's own title line, or today.
 *
 * @example
 * asOfReason(loaded) //=> "the report's own date: 'As of November 30, 2026'"
 */
export function asOfReason(loaded: Pick<LoadedList, "asOfSource" | "reportAsOf">): string {
  const { asOfSource, reportAsOf } = loaded;
  if (asOfSource === "report" && reportAsOf !== null) return `the report's own date: '${reportAsOf.text}'`;
  const report = reportAsOf === null ? "" : `; the report says '${reportAsOf.text}'`;
  return asOfSource === "option" ? `as --as-of says${report}` : "today: the report states no as-of date";
}

/**
 * The as-of day for --json: the day, where it came from, and the report's own line.
 *
 * @example
 * asOfJson(loaded) //=> { asOf: "2026-11-30", asOfSource: "report", reportAsOf: { date: "2026-11-30", text: "As of November 30, 2026", cell: "A3" } }
 */
export function asOfJson(loaded: LoadedList): Record<string, unknown> {
  const { reportAsOf } = loaded;
  const report = reportAsOf === null ? null : { date: isoTextOfDay(reportAsOf.day), text: reportAsOf.text, cell: sheetCell(loaded.list.data, reportAsOf.row, reportAsOf.column), buddhistYear: reportAsOf.buddhistYear };
  return { asOf: isoTextOfDay(loaded.asOf), asOfSource: loaded.asOfSource, reportAsOf: report, asOfReason: asOfReason(loaded) };
}

/**
 * Which currency the list's amounts are in and where that was read, for every command's output.
 *
 * @example
 * currencyLine(loaded) //=> "Currency: EUR, from the header 'Atlikums EUR'"
 */
export function currencyLine(loaded: LoadedList): string {
  return loaded.list.ledger.currency.sentence;
}

/**
 * The sheet cell of a problem (or row) found at an index of the values read, as A1.
 *
 * @example
 * sheetCell({ top: 2, left: 1 }, 4, 3) //=> "E7"
 */
export function sheetCell(origin: { readonly top: number; readonly left: number }, row: number, column: number | null): string {
  return `${columnLetters(origin.left + (column ?? 0))}${origin.top + row + 1}`;
}

/** A ledger problem for --json: its cell and sheet row as the user sees them. */
export function problemJson(loaded: LoadedList, problem: LedgerProblem): Record<string, unknown> {
  const { data } = loaded.list;
  return { cell: sheetCell(data, problem.row, problem.column), sheetRow: data.top + problem.row + 1, customer: problem.customer ?? null, severity: problem.severity, code: problem.code, message: problem.message };
}

/** The mapping as sheet column letters, for --json: { customer: "A", dueDate: "C", … }. */
export function mappingLetters(loaded: LoadedList): Record<string, string> {
  const { data, mapping } = loaded.list;
  return Object.fromEntries(Object.entries(mapping).flatMap(([field, choice]) => (choice ? [[field, columnLetters(data.left + choice.column)]] : [])));
}
