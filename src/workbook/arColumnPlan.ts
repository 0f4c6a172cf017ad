import type { Field } from "../core/columnSynonyms";
import type { FieldColumns } from "../core/columns";
import type { AgingData } from "./agingData";
import { arFormulas, type ArFormulaKey, type CellReference } from "./arFormulas";
import { customerTotalFormula } from "./customerTotalFormula";
import { arHeaders } from "./ownCells";

/** One AR column to write: where, its header, the formula every row gets and the cell format. */
export interface ArColumn {
  readonly key: ArFormulaKey;
  readonly header: string;
  /** 0-based sheet column. */
  readonly column: number;
  /** The sheet already has a column with this header: writing into it needs the user's consent. */
  readonly reused: boolean;
  /** A reused column the desk wrote itself (`ownArColumns`): its own formula cells are refreshed without asking; only other content is in the way. */
  readonly own: boolean;
  readonly formula: string;
  readonly numberFormat: string;
}

/**
 * The desk's own Currency column, written beside the AR columns when a list holds several
 * currencies and has no currency column: each invoice row's detected code as text (data, never a
 * formula), so the summary's live formulas and SETTLEOFFER can key on it.
 */
export interface CurrencyColumn {
  readonly header: string;
  /** 0-based sheet column. */
  readonly column: number;
  /** The sheet already has a column with this header: writing into it needs the user's consent. */
  readonly reused: boolean;
  /** 0-based sheet row → the invoice's currency code; rows not listed stay blank. */
  readonly codes: ReadonlyMap<number, string>;
}

/** The header of the desk's Currency column. */
export const CURRENCY_HEADER = "Currency";

/** A data column the summary sheet can sum over: its 0-based sheet column and header text. */
export interface SourceColumn {
  readonly column: number;
  readonly header: string;
}

/**
 * What "Add AR columns" will write: pure data, built by `planArColumns`, carried out by `writeArColumns`.
 * Formulas are A1 with structured references in a Table (`notation: "a1"`), R1C1 otherwise.
 */
export interface ArColumnPlan {
  readonly sheetName: string;
  readonly tableName: string | null;
  readonly notation: "a1" | "r1c1";
  /** 0-based sheet row of the header; formulas go in the rows below it, down to `lastRow`. */
  readonly headerRow: number;
  readonly lastRow: number;
  readonly columns: readonly ArColumn[];
  /** Sheet rows below the header that get no formula (group headings, totals, blank rows, repeated invoices). */
  readonly skippedRows: readonly number[];
  /** Text for the Next action cell of a skipped row, by sheet row: "Duplicate of row 7" for a repeated invoice (issue 12). */
  readonly marks: Readonly<Record<number, string>>;
  readonly balance: SourceColumn | null;
  /** The desk's Currency column (several currencies, no currency column on the sheet), else null. */
  readonly currency: CurrencyColumn | null;
}

export { arHeaders };

/**
 * Plans the AR columns Days overdue, Bucket, Next action, Reason, Settle offer and Next contact
 * for a block read by `readAgingData`: new columns go right of the data; a column whose header
 * already has the name is reused (`reused: true`, which `writeArColumns` only fills after
 * confirmation, except the desk's own formula cells of an `own` column, refreshed on a re-run)
 * — unless the formulas read it (a sheet's own "Days overdue"): then a column "Days overdue
 * (AR)" is added instead (and reused on the next run). Every formula points at `DunningAsOf` and `DunningPolicy`; omitted arguments
 * are left empty. Pass the ledger's invoice rows to leave group headings and totals blank.
 *
 * @param data - the block read
 * @param headerRow - the header's row within `data.values`
 * @param mapping - a column (within `data.values`) per field
 * @param invoiceRows - rows within `data.values` that hold invoices; left out, every row below the header
 * @param listCurrency - the list's one currency when no currency column gives each row's (SETTLEOFFER rounds to its step)
 * @param invoiceCurrencies - for a list in several currencies without a currency column: each invoice
 *   row's code (rows within `data.values`); a desk-owned Currency column is planned right of the AR
 *   columns, and SETTLEOFFER reads it
 *
 * @example
 * planArColumns(data, 0, { customer: { column: 0 }, dueDate: { column: 2 }, balance: { column: 4 } }).columns[2].formula
 * //=> "=AR.NEXTACTION(RC3,RC5,,,,,DunningAsOf,DunningPolicy)"
 */
export function planArColumns(
  data: AgingData, headerRow: number, mapping: FieldColumns, invoiceRows?: readonly number[], listCurrency: string | null = null,
  invoiceCurrencies?: ReadonlyMap<number, string>, repeatedRows: readonly (readonly [number, number])[] = [],
): ArColumnPlan {
  const headerCells = data.values[headerRow] ?? [];
  const width = data.values.reduce((widest, row) => Math.max(widest, row.length), 0);
  const reference = referenceOf(data, headerCells);
  const ownReference = (placement: { header: string; column: number } | undefined): string =>
    data.tableName ? structuredReference(placement?.header ?? "") : `RC${(placement?.column ?? 0) + 1}`;
  const own = (key: ArFormulaKey): string => ownReference(placed.get(key) ?? { header: arHeaders[key], column: 0 });
  let next = data.left + width;
  const placed = new Map<ArFormulaKey, { header: string; column: number; reused: boolean; own: boolean }>();
  const sources = sourceColumns(mapping);
  const owned = new Set(data.ownColumns ?? []);
  const find = (header: string) => headerCells.findIndex((cell, column) => typeof cell === "string" && fold(cell) === fold(header) && !sources.has(column));
  for (const key of Object.keys(arHeaders) as ArFormulaKey[]) {
    const named = arHeaders[key];
    // A same-named column the formulas read from (the sheet's own days overdue) cannot hold them
    // (circular): the desk's column beside it is "Days overdue (AR)", found again on a re-run.
    const sourceNamed = headerCells.some((cell, column) => typeof cell === "string" && fold(cell) === fold(named) && sources.has(column));
    const header = sourceNamed ? `${named} (AR)` : named;
    const existing = find(header);
    if (existing >= 0) placed.set(key, { header, column: data.left + existing, reused: true, own: owned.has(existing) });
    else placed.set(key, { header, column: next++, reused: false, own: false });
  }
  const currency = !mapping.currency && invoiceCurrencies && invoiceCurrencies.size > 0 ? currencyColumn(data, headerCells, sources, next, invoiceCurrencies) : null;
  const refs = (field: Field): string | null => (mapping[field] ? reference(mapping[field].column) : field === "currency" && currency ? ownReference(currency) : null);
  const headerAt = (column: number) => (currency && column === currency.column ? currency.header : headerOf(headerCells[column - data.left]));
  const customerTotal = customerTotalFormula(data, headerRow, mapping, invoiceRows, repeatedRows, currency?.column ?? null, headerAt);
  const formulaOf = arFormulas(refs, own, listCurrency, customerTotal);
  const formats = columnFormats(data, headerRow, mapping);
  const columns = [...placed].map(([key, { header, column, reused, own }]) => ({ key, header, column, reused, own, formula: formulaOf(key), numberFormat: formats[key] }));
  const balanceField = mapping.balance ? "balance" : mapping.amount ? "amount" : null;
  const balanceColumn = balanceField ? mapping[balanceField]?.column : undefined;
  return {
    sheetName: data.sheetName,
    tableName: data.tableName,
    notation: data.tableName ? "a1" : "r1c1",
    headerRow: data.top + headerRow,
    lastRow: data.top + data.values.length - 1,
    columns,
    skippedRows: skippedRows(data, headerRow, invoiceRows),
    // A repeat of a customer's invoice number says which row it repeats (sheet rows, 1-based as Excel shows them).
    marks: Object.fromEntries(repeatedRows.map(([row, first]) => [data.top + row, `Duplicate of row ${data.top + first + 1}`])),
    balance: balanceColumn === undefined ? null : { column: data.left + balanceColumn, header: headerOf(headerCells[balanceColumn]) },
    currency,
  };
}

/** The desk's Currency column: an unread column of that name is reused (after consent), else a new one at `next`. */
function currencyColumn(data: AgingData, headerCells: readonly unknown[], sources: ReadonlySet<number>, next: number, codes: ReadonlyMap<number, string>): CurrencyColumn {
  const existing = headerCells.findIndex((cell) => typeof cell === "string" && fold(cell) === fold(CURRENCY_HEADER));
  const reused = existing >= 0 && !sources.has(existing);
  const header = existing >= 0 && !reused ? `${CURRENCY_HEADER} (AR)` : CURRENCY_HEADER;
  return { header, column: reused ? data.left + existing : next, reused, codes: new Map([...codes].map(([row, code]) => [data.top + row, code])) };
}

/** The columns the formulas read (as `arFormulas` picks them): a due date source, a balance source, the ladder's facts. */
function sourceColumns(mapping: FieldColumns): Set<number> {
  const due: Field = mapping.dueDate ? "dueDate" : mapping.daysOverdue ? "daysOverdue" : "invoiceDate";
  const read: Field[] = [due, mapping.balance ? "balance" : "amount", "remindersSent", "lastContact", "status", "dunningStatus", "notes", "promiseDate", "margin", "channel", "customerSince", "currency", "policySet"];
  return new Set(read.flatMap((field) => (mapping[field] ? [mapping[field].column] : [])));
}

/** A same-row reference to a column of the block: `[@[Due date]]` in a Table, `RC3` elsewhere. */
function referenceOf(data: AgingData, headerCells: readonly unknown[]): CellReference {
  return (column: number) => {
    if (!data.tableName) return `RC${data.left + column + 1}`;
    return structuredReference(headerOf(headerCells[column]));
  };
}

/** `[@[Header]]`: this row of the Table column; [ ] # ' are escaped with a leading '. */
function structuredReference(header: string): string {
  return `[@[${header.replace(/(['[\]#])/g, "'$1")}]]`;
}

function columnFormats(data: AgingData, headerRow: number, mapping: FieldColumns): Record<ArFormulaKey, string> {
  const formatOf = (field: Field): string => {
    const column = mapping[field]?.column;
    if (column === undefined) return "";
    // The first data row may be a group heading: take the first format that says something.
    for (let row = headerRow + 1; row < Math.min(data.numberFormats.length, headerRow + 100); row += 1) {
      const format = data.numberFormats[row]?.[column];
      if (format && format !== "General") return format;
    }
    return "";
  };
  const dateFormat = formatOf("dueDate");
  const moneyFormat = formatOf("balance") || formatOf("amount");
  return {
    daysOverdue: "0",
    bucket: "General",
    nextAction: "General",
    reason: "General",
    settleOffer: /[0#]/.test(moneyFormat) && !moneyFormat.includes("@") ? moneyFormat : "#,##0.00",
    nextContact: /d/i.test(dateFormat) && /y/i.test(dateFormat) ? dateFormat : "yyyy-mm-dd",
  };
}

function skippedRows(data: AgingData, headerRow: number, invoiceRows: readonly number[] | undefined): number[] {
  if (!invoiceRows) return [];
  const invoices = new Set(invoiceRows);
  const skipped: number[] = [];
  for (let row = headerRow + 1; row < data.values.length; row += 1) if (!invoices.has(row)) skipped.push(data.top + row);
  return skipped;
}

function fold(text: string): string {
  return text.replace(/\s+/g, " ").trim().toLowerCase();
}

/** A header exactly as the cell holds it: a Table column's name must match it character for character. */
function headerOf(value: unknown): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}
