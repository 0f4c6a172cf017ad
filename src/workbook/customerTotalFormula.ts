// The customer-total argument of the ladder formulas (issue 12 leftovers): a SUMIFS of the
// balance over the customer (and the currency), so the minimum amount and the case-by-case pace
// weigh a customer's total in the sheet as the pane and the CLI do. Written only where SUMIFS
// adds up exactly what the desk adds up; elsewhere the argument stays empty (the row's balance).
import type { FieldColumns } from "../core/columns";
import type { AgingData } from "./agingData";

/** Where the columns SUMIFS reads are (0-based within the block; the desk's Currency column as a sheet column). */
export interface TotalColumns {
  readonly customer: number;
  readonly balance: number;
  /** The list's currency column (within the block), the desk's own one (`deskCurrency`, a sheet column), or none. */
  readonly currency: { readonly column: number; readonly desk: boolean } | null;
}

/**
 * The SUMIFS that totals a row's customer in its currency, in the plan's notation: absolute row
 * ranges from the first row below the header to the block's last (`R5C5:R120C5`), or the Table's
 * columns (`Invoices[[Balance]]`). Null when SUMIFS would not add up what the ledger does: a
 * customer named by heading rows (blank cells), a name Excel reads as a pattern (`*`, `?`, `~`)
 * or a comparison (`<`, `>`, `=`), a balance written as text (SUMIFS skips it), a blank currency
 * cell, a repeated invoice, or a total or heading row that repeats a customer's name beside an
 * amount.
 *
 * @param header - a header's Table reference text (for Tables)
 *
 * @example
 * customerTotalFormula(data, 0, { customer: { column: 0 }, balance: { column: 3 } }, [1, 2], [], null, () => "")
 * //=> "SUMIFS(R2C4:R3C4,R2C1:R3C1,RC1)"
 */
export function customerTotalFormula(
  data: AgingData, headerRow: number, mapping: FieldColumns, invoiceRows: readonly number[] | undefined,
  repeatedRows: readonly (readonly [number, number])[], deskCurrency: number | null, header: (column: number) => string,
): string | null {
  const columns = totalColumns(mapping, deskCurrency);
  if (columns === null || !invoiceRows || invoiceRows.length === 0 || repeatedRows.length > 0) return null;
  if (!sumsAsLedger(data, headerRow, columns, invoiceRows)) return null;
  const first = data.top + headerRow + 1;
  const last = data.top + data.values.length - 1;
  const sheetColumn = (column: number, desk = false) => (desk ? column : data.left + column);
  const pairs: [number, number][] = [[sheetColumn(columns.customer), sheetColumn(columns.customer)]];
  if (columns.currency) pairs.push([sheetColumn(columns.currency.column, columns.currency.desk), sheetColumn(columns.currency.column, columns.currency.desk)]);
  const table = data.tableName;
  if (table) {
    const whole = (column: number) => `${table}[[${escaped(header(column))}]]`;
    const row = (column: number) => `[@[${escaped(header(column))}]]`;
    return `SUMIFS(${[whole(sheetColumn(columns.balance)), ...pairs.flatMap(([column]) => [whole(column), row(column)])].join(",")})`;
  }
  const range = (column: number) => `R${first + 1}C${column + 1}:R${last + 1}C${column + 1}`;
  return `SUMIFS(${[range(sheetColumn(columns.balance)), ...pairs.flatMap(([column]) => [range(column), `RC${column + 1}`])].join(",")})`;
}

function totalColumns(mapping: FieldColumns, deskCurrency: number | null): TotalColumns | null {
  const customer = mapping.customer?.column;
  const balance = (mapping.balance ?? mapping.amount)?.column;
  if (customer === undefined || balance === undefined) return null;
  const listCurrency = mapping.currency?.column;
  const currency = listCurrency !== undefined ? { column: listCurrency, desk: false } : deskCurrency !== null ? { column: deskCurrency, desk: true } : null;
  return { customer, balance, currency };
}

/** Whether SUMIFS over the block adds up each customer's invoices and nothing else (see `customerTotalFormula`). */
function sumsAsLedger(data: AgingData, headerRow: number, columns: TotalColumns, invoiceRows: readonly number[]): boolean {
  const cell = (row: number, column: number) => data.values[row]?.[column];
  const invoices = new Set(invoiceRows);
  const names = new Set<string>();
  for (const row of invoiceRows) {
    const name = cell(row, columns.customer);
    if (!plainCriterion(name) || typeof cell(row, columns.balance) !== "number") return false;
    if (columns.currency && !columns.currency.desk && !plainCriterion(cell(row, columns.currency.column))) return false;
    names.add(criterionKey(name));
  }
  for (let row = headerRow + 1; row < data.values.length; row += 1) {
    if (!invoices.has(row) && typeof cell(row, columns.balance) === "number" && names.has(criterionKey(cell(row, columns.customer)))) return false;
  }
  return true;
}

/** A cell SUMIFS reads as "equal to this": text or a number, not blank, no pattern or comparison characters. */
function plainCriterion(value: unknown): boolean {
  if (typeof value === "number") return Number.isFinite(value);
  return typeof value === "string" && value.trim() !== "" && !/[*?~]/.test(value) && !/^[<>=]/.test(value);
}

/** How SUMIFS compares a criterion: case folded, a number as its text. */
function criterionKey(value: unknown): string {
  return typeof value === "number" ? String(value) : typeof value === "string" ? value.toLowerCase() : "";
}

/** A header inside a structured reference: [ ] # ' are escaped with a leading '. */
function escaped(header: string): string {
  return header.replace(/(['[\]#])/g, "'$1");
}
