// One plan for every write the desk makes to aging rows (Mark as sent, its undo, and later
// writes), shared by both adapters: which rows still hold the invoices they held when the list
// was read (customer + invoice number + due date), and which cells change. Pure: the flow in
// src/app reads the cells through the port, plans here, and writes the plan through the port.
import { blockAddress } from "./a1";
import type { Conflict } from "./conflicts";
import type { CellState, CellWrite } from "./port";

/** The facts that identify an aging row, as the list held them when it was read (raw cell values). */
export interface RowIdentity {
  readonly customer: unknown;
  readonly invoiceNumber: unknown;
  readonly dueDate: unknown;
  readonly balance: unknown;
}

/** The sheet columns of those facts (0-based; null when the list has no such column). */
export type IdentityColumns = { readonly [K in keyof RowIdentity]: number | null };

/** What a column writer makes of a cell: the value to write, and whether what it holds is foreign (ask before replacing). */
export interface NextCell {
  readonly value: string | number;
  readonly numberFormat: string | null;
  /** The cell holds content the desk would not have written there (text in a count, a word it does not know). */
  readonly foreign: boolean;
}

/** One row to write: where, who it should be, and per column what the new cell is (from the current one). */
export interface RowRequest {
  readonly row: number;
  readonly identity: RowIdentity;
  readonly writes: readonly { readonly column: number; readonly next: (current: CellState) => NextCell | null }[];
}

/** A row that no longer holds the invoice it held: which fact differs, and what the row holds now. */
export interface MovedRow {
  readonly row: number;
  readonly field: "customer" | "invoice number" | "due date";
  readonly expected: unknown;
  readonly found: unknown;
}

/** A cell written, with what it held before (for undo and for the report). */
export interface PlannedCell extends CellWrite {
  readonly before: CellState;
}

/** The plan: nothing when a row moved or (without consent) a cell holds foreign content or a formula. */
export type RowPatchPlan =
  | { readonly ok: true; readonly cells: readonly PlannedCell[]; readonly balanceChanged: readonly { readonly row: number; readonly before: unknown; readonly now: unknown }[] }
  | { readonly ok: false; readonly moved: readonly MovedRow[] }
  | { readonly ok: false; readonly conflicts: readonly Conflict[] };

/**
 * Plans a write to aging rows. First every row's identity is checked (customer, invoice number
 * and due date, trimmed and in any case; a fact the list has no column for is not checked): one
 * mismatch and nothing is written — the moved rows come back. A changed balance is not a move (a
 * partial payment since drafting): it is written and reported. Then each cell: one holding a
 * formula, in any column the desk writes, or content the column's writer calls foreign, is a
 * conflict unless `confirmOverwrite` — the same rule for every column.
 *
 * @param sheetName - for the conflicts' addresses
 * @param columns - where the identity facts are
 * @param requests - the rows and what to write on them
 * @param cellAt - the cells as read now (identity columns and written columns of every requested row)
 * @param confirmOverwrite - the user agreed to replace formulas and foreign content
 *
 * @example
 * planRowPatch("AR", columns, [{ row: 4, identity, writes }], cellAt, false)
 * //=> { ok: true, cells: [{ row: 4, column: 7, value: 46058, numberFormat: "yyyy-mm-dd", before: {…} }], balanceChanged: [] }
 */
export function planRowPatch(sheetName: string, columns: IdentityColumns, requests: readonly RowRequest[], cellAt: (row: number, column: number) => CellState, confirmOverwrite: boolean): RowPatchPlan {
  const moved = requests.flatMap((request) => checkIdentity(request.row, request.identity, columns, cellAt));
  if (moved.length > 0) return { ok: false, moved };
  const cells: PlannedCell[] = [];
  const conflicts: Conflict[] = [];
  for (const request of requests) {
    for (const write of request.writes) {
      const before = cellAt(request.row, write.column);
      const next = write.next(before);
      if (next === null) continue;
      if ((before.formula !== null || next.foreign) && !confirmOverwrite) conflicts.push({ address: blockAddress(sheetName, request.row, write.column, 1, 1), value: before.formula ?? before.value });
      cells.push({ row: request.row, column: write.column, value: next.value, numberFormat: next.numberFormat, before });
    }
  }
  if (conflicts.length > 0) return { ok: false, conflicts };
  return { ok: true, cells, balanceChanged: balanceChanges(requests, columns, cellAt) };
}

/**
 * The facts of one row that differ from what the list held (none: the row is where it was).
 *
 * @example
 * checkIdentity(4, { customer: "Acme", invoiceNumber: "INV-1", dueDate: 46000, balance: 10 }, columns, cellAt)
 * //=> [{ row: 4, field: "invoice number", expected: "INV-1", found: "INV-2" }]
 */
export function checkIdentity(row: number, identity: RowIdentity, columns: IdentityColumns, cellAt: (row: number, column: number) => CellState): MovedRow[] {
  const fields = [["customer", "customer"], ["invoiceNumber", "invoice number"], ["dueDate", "due date"]] as const;
  return fields.flatMap(([key, field]) => {
    const column = columns[key];
    if (column === null) return [];
    const found = cellAt(row, column).value;
    return sameFact(found, identity[key]) ? [] : [{ row, field, expected: identity[key], found }];
  });
}

function balanceChanges(requests: readonly RowRequest[], columns: IdentityColumns, cellAt: (row: number, column: number) => CellState) {
  const column = columns.balance;
  if (column === null) return [];
  return requests.flatMap((request) => {
    const now = cellAt(request.row, column).value;
    return sameFact(now, request.identity.balance) ? [] : [{ row: request.row, before: request.identity.balance, now }];
  });
}

/** Two readings of one fact agree: texts trimmed and in any case, numbers equal, blanks alike. */
function sameFact(a: unknown, b: unknown): boolean {
  const text = (value: unknown) => (value === null || value === undefined ? "" : typeof value === "string" ? value.trim().toLowerCase() : typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value));
  return text(a) === text(b);
}
