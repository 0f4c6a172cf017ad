import type { CurrencyMark } from "./currencyCode";
import { currencyCode } from "./currencyCode";
import { currencyOfAmountText } from "./currencyOfAmountText";
import { currencyOfFormat } from "./currencyOfFormat";
import { currencyOfHeader } from "./currencyOfHeader";
import { dollarOfPolicy } from "./dollarOfPolicy";

/** Where an invoice's currency was read, in the order the detector tries them. */
export type CurrencySource = "column" | "choice" | "cell" | "format" | "header" | "policy";

/** An amount cell of the row (balance, then amount) with its number format and its column's header. */
export interface AmountEvidence {
  readonly value: unknown;
  readonly format: unknown;
  readonly header: string;
}

/** What a row says about its currency. */
export interface CurrencyEvidence {
  /** The currency column's cell and header, when the sheet has one. */
  readonly column: { readonly value: unknown; readonly header: string } | null;
  readonly amounts: readonly AmountEvidence[];
}

/** What the detector may fall back on: the policy's currency, the user's choice, the headers' language. */
export interface CurrencyContext {
  readonly policyCurrency: string;
  /** The currency the user chose for the list (mapping step, `--currency`); null when none. */
  readonly choice: string | null;
  /** A bare "$" is only assumed on a sheet whose headers are English. */
  readonly englishHeaders: boolean;
}

export type CurrencyDetection =
  | {
      readonly ok: true;
      readonly code: string;
      readonly source: CurrencySource;
      /** What was read: the currency cell, the amount's text or number format, the header, the policy's code. */
      readonly text: string;
      /** The header of the column it was read in ("" for the policy and the user's choice). */
      readonly header: string;
      readonly dollar: boolean;
    }
  | { readonly ok: false; readonly reason: "unknownCurrency" | "dollarQuestion"; readonly text: string };

/**
 * The currency of one invoice, from the first source that names one (issue 10): the currency
 * column; the user's choice; the amount cell's own text ("Rp 12.500.000"), then its number
 * format (`[$€-1809]`); the amount or balance header ("Atlikums EUR"); the policy's currency. A
 * bare "$" is the policy's dollar (USD unless the policy names another dollar) on an English
 * sheet; on any other sheet it is a question, never an assumption. A currency column's cell
 * that names no currency is refused, naming the text.
 *
 * @example
 * detectCurrency({ column: null, amounts: [{ value: 100, format: "General", header: "Atlikums EUR" }] },
 *   { policyCurrency: "USD", choice: null, englishHeaders: false })
 * //=> { ok: true, code: "EUR", source: "header", text: "Atlikums EUR", header: "Atlikums EUR", dollar: false }
 * detectCurrency({ column: null, amounts: [{ value: "$100", format: "General", header: "Amount" }] },
 *   { policyCurrency: "USD", choice: null, englishHeaders: false })
 * //=> { ok: false, reason: "dollarQuestion", text: "$100" }
 */
export function detectCurrency(evidence: CurrencyEvidence, context: CurrencyContext): CurrencyDetection {
  const column = evidence.column;
  const columnText = typeof column?.value === "string" || typeof column?.value === "number" ? String(column.value).trim() : "";
  if (column && columnText !== "") {
    const mark = currencyCode(columnText);
    if (mark === null) return { ok: false, reason: "unknownCurrency", text: columnText };
    return settle(mark, "column", { text: columnText, header: column.header }, context);
  }
  if (context.choice !== null) return { ok: true, code: context.choice, source: "choice", text: context.choice, header: "", dollar: false };
  for (const amount of evidence.amounts) {
    const fromText = currencyOfAmountText(amount.value);
    if (fromText !== null) return settle(fromText, "cell", { text: String(amount.value).trim(), header: amount.header }, context);
    const fromFormat = currencyOfFormat(amount.format);
    if (fromFormat !== null) return settle(fromFormat, "format", { text: String(amount.format), header: amount.header }, context);
  }
  for (const amount of evidence.amounts) {
    const fromHeader = currencyOfHeader(amount.header);
    if (fromHeader !== null) return settle(fromHeader, "header", { text: amount.header, header: amount.header }, context);
  }
  return { ok: true, code: context.policyCurrency, source: "policy", text: context.policyCurrency, header: "", dollar: false };
}

function settle(mark: Exclude<CurrencyMark, null>, source: CurrencySource, read: { text: string; header: string }, context: CurrencyContext): CurrencyDetection {
  if (mark !== "dollar") return { ok: true, code: mark.code, source, ...read, dollar: false };
  if (!context.englishHeaders) return { ok: false, reason: "dollarQuestion", text: read.text };
  return { ok: true, code: dollarOfPolicy(context.policyCurrency), source, ...read, dollar: true };
}
