import type { LegalPath } from "../../core/legalPath";
import type { Stage } from "../stage";

/** A reminder template: subject and plain-text body with {{field}} merge fields. */
export interface Template {
  readonly subject: string;
  readonly body: string;
}

/** The words a language needs around the templates: table headings and fallbacks. */
export interface Labels {
  readonly invoice: string;
  readonly invoiceDate: string;
  readonly dueDate: string;
  readonly daysOverdue: string;
  readonly balance: string;
  readonly total: string;
  /** Heading of the table of invoices due (due today or overdue) and credit notes: what is asked for. */
  readonly dueTable: string;
  /** Heading of the table of invoices not yet due: listed, never asked for. */
  readonly notYetDueTable: string;
  /** Below the tables when some are not yet due: says what {{total}} is; "{total}" is filled in. */
  readonly amountAsked: string;
  /** Shown for {{terms}} when the row gives no terms (R21). */
  readonly agreedTerms: string;
  /** Shown for a missing invoice number or date. */
  readonly none: string;
  /** The next lawful step of a final notice (R19), as a phrase. */
  readonly nextStep: Readonly<Record<LegalPath, string>>;
}

/** All the texts of one language. */
export interface LanguagePack {
  /** BCP 47 tag for Intl. */
  readonly locale: string;
  readonly labels: Labels;
  readonly templates: Readonly<Record<Stage, Template>>;
}
