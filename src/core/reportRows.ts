import type { FieldColumns } from "./columns";
import { foldHeaderText, foldLatinText, headerMatches } from "./headerText";
import { readAmountText } from "./amountText";
import { readDateText } from "./dateText";
import { isBlankCell, readWholeNumber } from "./ledgerCells";

/** What a row below the header is, in an exported report or a hand-made sheet. */
export type ReportRow =
  | { readonly kind: "blank" }
  /** The header repeated (reports repeat it on every printed page). */
  | { readonly kind: "header" }
  /** A group heading: a customer name, or an aging bucket such as "1 - 30 days past due" (customer null). */
  | { readonly kind: "heading"; readonly column: number; readonly text: string; readonly customer: string | null }
  /** A total: of its group ("Total for Acme"), of the sheet ("Grand total"), or either ("Total", "Jumlah"). */
  | { readonly kind: "total"; readonly column: number; readonly text: string; readonly label: string | null; readonly scope: TotalScope }
  | { readonly kind: "detail" };

export type TotalScope = "group" | "sheet" | "either";

/** The columns that tell rows apart, taken once from the header and the mapping. */
export interface RowLayout {
  /** Invoice number and date columns: a row with any of them filled is an invoice. */
  readonly keyColumns: readonly number[];
  readonly invoiceColumn: number | null;
  readonly amountColumns: readonly number[];
  readonly headerKey: string;
}

const GRAND = /^(?:grand total|total keseluruhan|jumlah total|total akhir|pavisam kop[aā]|kopsumma|รวมทั้งสิ้น|รวมทั้งหมด|ยอดรวมทั้งสิ้น)\s*:?$/iu;
const BARE = /^(?:totals?|jumlah|kop[aā]|รวม|ยอดรวม)\s*:?$/iu;
const BARE_GROUP = /^(?:sub-? ?total|starpsumma)\s*:?$/iu;
const LABELLED = /^(?:sub-? ?total|total|jumlah|kop[aā]|starpsumma)(?: (?:for|untuk))?\s*[:\-–]?\s+(.+)$/iu;
const THAI_LABELLED = /^(?:ยอดรวม|รวม)\s*(.+)$/u;
const BUCKET =
  /^(?:current|not (?:yet )?due|belum jatuh tempo|older|ยังไม่ครบกำหนด|\d+ ?(?:-|–|to|s\/d) ?\d+(?: .*)?|(?:over|more than|>|lebih dari) ?\d+.*|\d+ ?(?:\+|or more|and over)(?: .*)?|<? ?\d+ months?)$/u;

/**
 * The columns `classifyRow` looks at.
 *
 * @example
 * rowLayout(["Customer", "Num", "Due", "Balance"], { customer: { column: 0 }, invoice: { column: 1 }, balance: { column: 3 } })
 * //=> { keyColumns: [1], invoiceColumn: 1, amountColumns: [3], headerKey: "customer|num|due|balance" }
 */
export function rowLayout(headerCells: readonly unknown[], columns: FieldColumns): RowLayout {
  const pick = (names: readonly (keyof FieldColumns)[]) => names.flatMap((name) => (columns[name] ? [columns[name].column] : []));
  return {
    keyColumns: pick(["invoice", "dueDate", "invoiceDate", "daysOverdue"]),
    invoiceColumn: columns.invoice?.column ?? null,
    amountColumns: pick(["balance", "amount"]),
    headerKey: rowKey(headerCells),
  };
}

/**
 * Tells a report's rows apart: blank, the header again, a group heading (a label alone on its
 * row: not a date, a number or an invoice number), a total ("Total for X", "Jumlah", "Kopā", "รวม", "Grand
 * total" with an amount and no invoice number or date), or an invoice ("detail").
 *
 * @example
 * classifyRow(["Acme Ltd", "", "", ""], layout)       //=> { kind: "heading", column: 0, text: "Acme Ltd", customer: "Acme Ltd" }
 * classifyRow(["Total for Acme Ltd", "", "", 1500], layout)
 * //=> { kind: "total", column: 0, text: "Total for Acme Ltd", label: "Acme Ltd", scope: "group" }
 */
export function classifyRow(row: readonly unknown[], layout: RowLayout): ReportRow {
  const filled = row.flatMap((value, column) => (isBlankCell(value) ? [] : [{ value, column }]));
  const firstText = filled.find((cell) => typeof cell.value === "string");
  if (!firstText || typeof firstText.value !== "string") return { kind: filled.length === 0 ? "blank" : "detail" };
  if (layout.headerKey.includes("|") && repeatsHeader(row, layout.headerKey)) return { kind: "header" };
  const text = firstText.value.replace(/\s+/g, " ").trim();
  const hasAmount = layout.amountColumns.some((column) => !isBlankCell(row[column]));
  if (layout.keyColumns.some((column) => isKeyValue(row[column], column === layout.invoiceColumn))) return { kind: "detail" };
  const total = totalOf(text);
  if (total && (hasAmount || total.label === null)) return { kind: "total", column: firstText.column, text, ...total };
  const alone = filled.length === 1 && !hasAmount && firstText.column !== layout.invoiceColumn && isLabel(text);
  if (!alone) return { kind: "detail" };
  return { kind: "heading", column: firstText.column, text, customer: headingCustomer(text) };
}

/**
 * Whether customer heading rows group the invoices below a header row: a heading followed by an
 * invoice within the first `rowsToScan` rows.
 *
 * @example
 * hasCustomerHeadings([["Num", "Due Date", "Open Balance"], ["Acme Ltd"], ["1001", 46023, 500]], 0,
 *   { invoice: { column: 0 }, dueDate: { column: 1 }, balance: { column: 2 } }) //=> true
 */
export function hasCustomerHeadings(cells: readonly (readonly unknown[])[], headerRow: number, columns: FieldColumns, rowsToScan = 200): boolean {
  const layout = rowLayout(cells[headerRow] ?? [], columns);
  let underHeading = false;
  for (let row = headerRow + 1; row < Math.min(cells.length, headerRow + 1 + rowsToScan); row += 1) {
    const kind = classifyRow(cells[row] ?? [], layout);
    if (kind.kind === "detail" && underHeading) return true;
    if (kind.kind !== "blank") underHeading = kind.kind === "heading" && kind.customer !== null;
  }
  return false;
}

/** The label and scope of a total row's text, or undefined when it is not one. */
function totalOf(text: string): { readonly label: string | null; readonly scope: TotalScope } | undefined {
  if (GRAND.test(text)) return { label: null, scope: "sheet" };
  if (BARE.test(text)) return { label: null, scope: "either" };
  if (BARE_GROUP.test(text)) return { label: null, scope: "group" };
  const label = (LABELLED.exec(text) ?? THAI_LABELLED.exec(text))?.[1]?.trim();
  return label ? { label, scope: "group" } : undefined;
}

/** The customer a heading names: its text, the part after "Customer:", or null for an aging bucket. */
function headingCustomer(text: string): string | null {
  if (BUCKET.test(foldLatinText(text))) return null;
  const labelled = /^([^:]+):\s*(.+)$/.exec(text);
  const [prefix = "", name = ""] = labelled ? labelled.slice(1) : [];
  const namesCustomer = headerMatches(prefix).some((match) => match.field === "customer" && match.confidence === 1);
  return namesCustomer ? name : text;
}

/**
 * Whether a key cell makes its row an invoice: any invoice number; in a date or days column, a
 * date or number but not a label (reports put "1 - 30 days past due" or "Total for …" under Date).
 */
function isKeyValue(value: unknown, invoiceColumn: boolean): boolean {
  if (isBlankCell(value)) return false;
  return invoiceColumn || typeof value !== "string" || !isLabel(value.replace(/\s+/g, " ").trim());
}

/** Text that can head a group: not a date, not a number. */
function isLabel(text: string): boolean {
  return typeof readDateText(text) !== "number" && readWholeNumber(text) === undefined && readAmountText(text) === "notAnAmount";
}

/** Whether a row is the header again; a cell longer than the whole header key cannot be (and costs no folding). */
function repeatsHeader(row: readonly unknown[], headerKey: string): boolean {
  if (row.some((cell) => typeof cell === "string" && cell.length > 255 && cell.length > headerKey.length)) return false;
  return rowKey(row) === headerKey;
}

function rowKey(cells: readonly unknown[]): string {
  const parts = cells.map((cell) => (typeof cell === "string" ? foldHeaderText(cell) : ""));
  // Trailing empty cells dropped by hand: /\|+$/ walks a long run of "|" once per start (quadratic).
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts.join("|");
}
