import type { InvoiceLine } from "./draftRequest";
import type { Stage } from "./stage";

/** A reminder's invoice lines in two parts: what is asked for, and what is listed only. */
export interface AskedLines {
  /** Invoices due today or overdue, and credit notes (deducted from them). */
  readonly due: readonly InvoiceLine[];
  /** Invoices not yet due: listed for the customer's information, never asked for. */
  readonly notYetDue: readonly InvoiceLine[];
}

/**
 * Splits a reminder's lines into the invoices it asks for and those it only lists ("say only
 * what is true": a letter demands only what is due). A courtesy reminder is about invoices
 * falling due, so it asks for nothing overdue and lists them all as one table.
 *
 * @example
 * askedLines([{ daysOverdue: 34, balance: 1200, … }, { daysOverdue: -10, balance: 500, … }], "Reminder")
 * //=> { due: [{ daysOverdue: 34, … }], notYetDue: [{ daysOverdue: -10, … }] }
 */
export function askedLines(lines: readonly InvoiceLine[], stage: Stage): AskedLines {
  if (stage === "Courtesy reminder") return { due: lines, notYetDue: [] };
  return { due: lines.filter((line) => !isNotYetDue(line)), notYetDue: lines.filter(isNotYetDue) };
}

/**
 * The sum of lines to the cent.
 *
 * @example
 * linesTotal([{ balance: 1200, … }, { balance: -50, … }]) //=> 1150
 */
export function linesTotal(lines: readonly Pick<InvoiceLine, "balance">[]): number {
  return Math.round(lines.reduce((sum, line) => sum + line.balance, 0) * 100) / 100;
}

function isNotYetDue(line: InvoiceLine): boolean {
  return line.balance > 0 && line.daysOverdue < 0;
}
