import type { Ledger } from "./ledger";
import type { LedgerProblem } from "./ledgerProblems";

/**
 * The problems with each row's customer, so the problem list says whose row it is: the
 * invoice's customer, else the name the row (or its group heading) gave though it holds no
 * invoice; null for headings, totals and rows that name none.
 *
 * @example
 * problemCustomers([{ code: "badDueDate", row: 4, … }], ledger) //=> [{ code: "badDueDate", row: 4, …, customer: "Acme Ltd" }]
 */
export function problemCustomers(problems: readonly LedgerProblem[], ledger: Pick<Ledger, "invoices" | "customersLeftOut">): LedgerProblem[] {
  const byRow = new Map(ledger.invoices.map((invoice) => [invoice.row, invoice.customer]));
  return problems.map((problem) => ({ ...problem, customer: byRow.get(problem.row) ?? ledger.customersLeftOut[problem.row] ?? null }));
}
