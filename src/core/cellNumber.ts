import { amountParts, amountValue, type AmountParts, type DecimalSeparator } from "./amountText";
import { isoCurrencyCode } from "./currency/currencyCode";
import { knownMinorUnits } from "./currency/minorUnits";
import { MAX_AMOUNT } from "./money";

/** What a cell is read as: a plain number (days, counts), an amount of money, or a rate ("4%" is 0.04). */
export type NumberKind = "number" | "amount" | "rate";

/** How a number cell is read: the sheet's decimal separator, and the currency when one is known. */
export interface NumberRules {
  readonly separator: DecimalSeparator;
  /** ISO 4217 code of the amounts when the text names none (the policy's currency). */
  readonly currency?: string;
  /**
   * "column": the separator was inferred from the cell's whole column, so it decides a lone
   * "1.234" (the ledger). "single": one value on its own (a function argument, a policy value),
   * where a lone separator before three digits of an amount is decided by the currency, or refused.
   */
  readonly scope?: "column" | "single";
}

/** Why a cell is not a number of the kind asked for. Messages live in problems.ts. */
export type NumberProblem = "notANumber" | "ambiguousSeparator" | "tooLargeAmount";

/**
 * The one reader of numbers, amounts and rates in cells, for the functions, the ledger and the
 * policy alike. Blank (null, undefined, "", spaces) is null; a number is itself; text is read
 * with the sheet's decimal separator, as `readAmountText` reads amounts ("Rp 1.250.000",
 * "(1,234.00)", "31,5"). A rate may end in "%". Only amounts carry currency marks. For a single
 * value (`scope` "single"), "12.500" whose one separator is the decimal separator is read by
 * its currency: a currency without cents (Rp, ¥, ₫) makes it 12,500, one with three decimals
 * (KWD) 12.5; any other is refused as ambiguous rather than guessed (issue 10).
 *
 * @param value - the cell as Excel or a file hands it over
 * @param kind - number, amount or rate
 * @param rules - decimal separator, currency, scope
 * @returns the number, null for a blank, or the problem
 *
 * @example
 * readNumberCell("31,5", "number", { separator: "." })                      //=> 31.5
 * readNumberCell("4%", "rate", { separator: "." })                          //=> 0.04
 * readNumberCell("Rp 12.500", "amount", { separator: ".", scope: "single" }) //=> 12500
 * readNumberCell("12.500", "amount", { separator: ".", scope: "single" })    //=> "ambiguousSeparator"
 * readNumberCell("  ", "number", { separator: "." })                        //=> null
 */
export function readNumberCell(value: unknown, kind: NumberKind, rules: NumberRules): number | null | NumberProblem {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return numberProblem(value, kind) ?? value;
  if (typeof value !== "string") return "notANumber";
  const text = value.trim();
  if (text === "") return null;
  const percent = kind === "rate" && text.endsWith("%");
  const parts = amountParts(percent ? text.slice(0, -1) : text);
  if (!parts || (kind !== "amount" && !parts.marks.every((mark) => mark === "-" || mark === "+"))) return "notANumber";
  const decimal = decimalOf(parts, kind, rules);
  if (decimal === "ambiguous") return "ambiguousSeparator";
  const number = amountValue(parts, decimal);
  if (number === "notAnAmount") return "notANumber";
  // Only amounts have the desk's one limit; a plain number's bounds are its reader's (days, counts).
  if (number === "tooLargeAmount") return kind === "amount" ? number : "notANumber";
  return percent ? number / 100 : number;
}

/** Which separator is the decimal one; "ambiguous" when a single amount could be read either way. */
function decimalOf(parts: AmountParts, kind: NumberKind, rules: NumberRules): DecimalSeparator | null | "ambiguous" {
  if (parts.decimal !== "either") return parts.decimal;
  const mark = parts.mark ?? rules.separator;
  // The mark is not the sheet's decimal separator: it can only group thousands ("10,000" in a "." sheet).
  if (mark !== rules.separator) return null;
  if (kind !== "amount" || rules.scope !== "single") return mark;
  const code = currencyOf(parts.marks) ?? rules.currency;
  const digits = code === undefined ? undefined : knownMinorUnits(code);
  if (digits === 0) return null;
  return digits === 3 ? mark : "ambiguous";
}

function numberProblem(value: number, kind: NumberKind): NumberProblem | undefined {
  if (!Number.isFinite(value)) return "notANumber";
  return kind === "amount" && Math.abs(value) > MAX_AMOUNT ? "tooLargeAmount" : undefined;
}

/** The currency the amount's own marks name ("Rp", "€", "THB"); a bare "$" names none here. */
function currencyOf(marks: readonly string[]): string | undefined {
  for (const mark of marks) {
    const code = isoCurrencyCode(mark);
    if (code !== null) return code;
  }
  return undefined;
}
