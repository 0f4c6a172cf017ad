import { fields, type Field, type HeaderLanguage } from "./columnSynonyms";
import { headerLanguage } from "./headerLanguage";
import { compareMatches, headerMatches, type HeaderMatch } from "./headerText";
import { mappingMessages } from "./ledgerProblems";
import { hasCustomerHeadings } from "./reportRows";

/** The column a field was found in, how sure the match is (1 exact, 0.7 contained), and its header. */
export interface MappedColumn {
  readonly column: number;
  readonly confidence: number;
  readonly header: string;
}

/** Which column holds each field; a field the sheet lacks is absent. */
export type ColumnMapping = Readonly<Partial<Record<Field, MappedColumn>>>;

/** The least a reader needs of a mapping: a column per field (a user's choice fits too). */
export type FieldColumns = Readonly<Partial<Record<Field, { readonly column: number }>>>;

export interface UnmappedHeader {
  readonly column: number;
  readonly header: string;
}

/** A header row and what its columns were taken to mean. */
export interface HeaderRow {
  readonly row: number;
  readonly mapping: ColumnMapping;
  readonly unmapped: readonly UnmappedHeader[];
  /** Sum of the mapped columns' confidences: the row with the highest score is the header. */
  readonly score: number;
  /** The required fields the row lacks, as groups of alternatives (empty for a usable header). */
  readonly missing: readonly (readonly Field[])[];
  /** No customer column, but customer heading rows above the invoices (QuickBooks' grouped reports). */
  readonly customerFromHeadings: boolean;
  /** The language whose synonyms the headers matched (`headerLanguage`); null when none stands out. */
  readonly language: HeaderLanguage | null;
}

export type HeaderSearch =
  | ({ readonly ok: true } & HeaderRow)
  | { readonly ok: false; readonly code: "noHeader"; readonly message: string; readonly best: HeaderRow | null };

/** A header must name one field of each group. */
export const requiredFields: readonly (readonly Field[])[] = [["customer"], ["balance", "amount"], ["dueDate", "daysOverdue", "invoiceDate"]];

/**
 * Finds the header row of an aging sheet among its first rows: the row whose headers map best,
 * among those that name a customer, a balance or amount, and a due date, days overdue or
 * invoice date. Report titles, the company name and "As of …" lines above it are passed over.
 * A row without a customer column still qualifies when customer heading rows group the
 * invoices under it (QuickBooks' "Open Invoices" layout).
 *
 * @param cells - the sheet's values, row by row
 * @param maxRowsToScan - how many rows from the top may hold the header
 *
 * @example
 * findHeaderRow([["Aged Receivables"], [], ["Customer", "Invoice no.", "Due date", "Balance"]])
 * //=> { ok: true, row: 2, mapping: { customer: { column: 0, confidence: 1, header: "Customer" }, … }, … }
 * findHeaderRow([["Notes"]]) //=> { ok: false, code: "noHeader", message: "no header row in the first 30 rows …", best: null }
 */
export function findHeaderRow(cells: readonly (readonly unknown[])[], maxRowsToScan = 30): HeaderSearch {
  let found: HeaderRow | null = null;
  let best: HeaderRow | null = null;
  for (let row = 0; row < Math.min(cells.length, maxRowsToScan); row += 1) {
    const candidate = headerRowAt(cells, row);
    if (candidate.score > (best?.score ?? 0)) best = candidate;
    if (candidate.missing.length === 0 && candidate.score > (found?.score ?? 0)) found = candidate;
  }
  if (found) return { ok: true, ...found };
  return { ok: false, code: "noHeader", message: mappingMessages.noHeader(maxRowsToScan), best };
}

/**
 * Maps one row of header texts to fields. Each column gets at most one field and each field
 * at most one column: the best match is taken first (confidence, then the more specific
 * synonym, then balance before amount, then the leftmost column).
 *
 * @example
 * mapHeaderRow(["Name", "Num", "Due Date", "Amount", "Open Balance"]).mapping.balance
 * //=> { column: 4, confidence: 1, header: "Open Balance" }
 */
export function mapHeaderRow(cells: readonly unknown[]): Pick<HeaderRow, "mapping" | "unmapped" | "score"> {
  const candidates = cells.flatMap((cell, column) =>
    typeof cell === "string" ? headerMatches(cell).map((match) => ({ ...match, column, header: cell.trim() })) : [],
  );
  candidates.sort((a, b) => compareCandidates(a, b));
  const mapping: Partial<Record<Field, MappedColumn>> = {};
  const taken = new Set<number>();
  let score = 0;
  for (const { field, column, confidence, header } of candidates) {
    if (mapping[field] || taken.has(column)) continue;
    mapping[field] = { column, confidence, header };
    taken.add(column);
    score += confidence;
  }
  const unmapped = cells.flatMap((cell, column) =>
    typeof cell === "string" && cell.trim() !== "" && !taken.has(column) ? [{ column, header: cell.trim() }] : [],
  );
  return { mapping, unmapped, score };
}

/**
 * The required field groups a mapping lacks.
 *
 * @example
 * missingFields({ customer: { column: 0, confidence: 1, header: "Customer" } })
 * //=> [["balance", "amount"], ["dueDate", "daysOverdue", "invoiceDate"]]
 */
export function missingFields(mapping: Readonly<Partial<Record<Field, unknown>>>): readonly (readonly Field[])[] {
  return requiredFields.filter((group) => !group.some((field) => mapping[field] !== undefined));
}

function headerRowAt(cells: readonly (readonly unknown[])[], row: number): HeaderRow {
  const { mapping, unmapped, score } = mapHeaderRow(cells[row] ?? []);
  let missing = missingFields(mapping);
  const onlyCustomerMissing = missing.length === 1 && missing[0]?.[0] === "customer";
  const customerFromHeadings = onlyCustomerMissing && hasCustomerHeadings(cells, row, mapping);
  if (customerFromHeadings) missing = [];
  return { row, mapping, unmapped, score, missing, customerFromHeadings, language: headerLanguage(cells[row] ?? [], mapping) };
}

type Candidate = HeaderMatch & { readonly column: number };

function compareCandidates(a: Candidate, b: Candidate): number {
  return compareMatches(a, b) || fields.indexOf(a.field) - fields.indexOf(b.field) || a.column - b.column;
}
