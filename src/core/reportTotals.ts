import type { Invoice } from "./invoiceRow";
import { ledgerMessages, ledgerProblem, type LedgerProblem } from "./ledgerProblems";
import { roundToCents } from "./money";
import type { TotalScope } from "./reportRows";

/** A total row of the sheet, and what the invoices it covers add up to. */
export interface ReportTotal {
  readonly row: number;
  /** "Acme Ltd" for "Total for Acme Ltd", the group's heading for a bare "Jumlah"; null for the grand total or an unnamed group. */
  readonly label: string | null;
  readonly scope: "group" | "sheet";
  /** The amount the row states, null when it states none (or none that reads as an amount). */
  readonly stated: number | null;
  readonly computed: number;
  readonly column: number | null;
}

/** The invoices since the last heading or total: whose they are and where they start. */
export interface Group {
  /** Index in the invoices read of the group's first invoice. */
  readonly start: number;
  readonly label: string | null;
  /** The customer of the heading, given to the rows under it that name none. */
  readonly customer: string | null;
  readonly headed: boolean;
}

/** The group before any heading or total: from the first invoice, of no customer. */
export const sheetStart: Group = { start: 0, label: null, customer: null, headed: false };

/** A total row as `classifyRow` found it, with its stated amount and what follows it. */
export interface TotalRow {
  readonly row: number;
  readonly text: string;
  readonly label: string | null;
  readonly scope: TotalScope;
  readonly stated: number | null;
  readonly column: number | null;
  /** Invoices or totals come after it: a bare "Total" there closes a group, not the sheet. */
  readonly moreFollows: boolean;
}

/**
 * Checks a total row against the invoices it covers: its group's since the last heading or total,
 * or all of them for a grand total. A bare "Total", "Jumlah", "Kopā" or "รวม" is a group's
 * total when more follows it or it matches the group, else the sheet's. Amounts are compared to
 * the cent; a mismatch is a warning that quotes both.
 *
 * @example
 * checkTotal({ row: 9, text: "Total for Acme", label: "Acme", scope: "group", stated: 1500, column: 4, moreFollows: true },
 *   { start: 0, label: "Acme", customer: "Acme", headed: true }, invoicesOf1200)
 * //=> { total: { row: 9, label: "Acme", scope: "group", stated: 1500, computed: 1200, column: 4 },
 * //     problems: [{ code: "subtotalMismatch", … }], group: { start: 1, … } }
 */
export function checkTotal(
  totalRow: TotalRow,
  group: Group,
  invoices: readonly Invoice[],
): { readonly total: ReportTotal; readonly problems: LedgerProblem[]; readonly group: Group } {
  const groupSum = sumOf(invoices.slice(group.start));
  const allSum = sumOf(invoices);
  const scope = scopeOf(totalRow, group, groupSum, allSum);
  const computed = scope === "group" ? groupSum : allSum;
  const label = scope === "group" ? (totalRow.label ?? group.label) : null;
  const { row, stated, column } = totalRow;
  const problems: LedgerProblem[] = [];
  if (stated !== null && !sameAmount(stated, computed)) {
    const message = scope === "sheet" ? ledgerMessages.grandTotalMismatch(stated, computed) : ledgerMessages.subtotalMismatch(label, stated, computed);
    problems.push(ledgerProblem(scope === "sheet" ? "grandTotalMismatch" : "subtotalMismatch", row, column, message));
  }
  return { total: { row, label, scope, stated, computed, column }, problems, group: { ...sheetStart, start: invoices.length } };
}

/**
 * The group a heading row opens.
 *
 * @example
 * headingGroup("Acme Ltd", "Acme Ltd", 3) //=> { start: 3, label: "Acme Ltd", customer: "Acme Ltd", headed: true }
 */
export function headingGroup(text: string, customer: string | null, start: number): Group {
  return { start, label: text, customer, headed: true };
}

function scopeOf(totalRow: TotalRow, group: Group, groupSum: number, allSum: number): "group" | "sheet" {
  if (totalRow.scope !== "either") return totalRow.scope;
  if (totalRow.moreFollows) return "group";
  const { stated } = totalRow;
  const matchesGroupOnly = stated !== null && sameAmount(stated, groupSum) && !sameAmount(stated, allSum);
  return group.headed && matchesGroupOnly ? "group" : "sheet";
}

function sumOf(invoices: readonly Invoice[]): number {
  return roundToCents(invoices.reduce((sum, invoice) => sum + invoice.balance, 0));
}

function sameAmount(a: number, b: number): boolean {
  return Math.abs(roundToCents(a) - roundToCents(b)) < 0.005;
}
