import type { CurrencyDetection, CurrencySource } from "./detectCurrency";

/** One currency of a list: how many invoices carry it, and where the first of them read it. */
export interface CurrencyUse {
  readonly code: string;
  readonly invoices: number;
  readonly source: CurrencySource;
  /** What was read there: the header, the cell text, the number format, the policy's code. */
  readonly text: string;
  /** The header of the column it was read in ("" for the policy and the user's choice). */
  readonly header: string;
  /** A bare "$" read as this code. */
  readonly dollar: boolean;
}

/** How a list's currencies were decided, for the mapping step and the CLI. */
export interface CurrencyReading {
  /** Most invoices first. */
  readonly currencies: readonly CurrencyUse[];
  /** Set when a bare "$" on a sheet that is not English needs the user's answer. */
  readonly question: string | null;
  /** "Currency: EUR, from the header 'Atlikums EUR'". */
  readonly sentence: string;
}

/**
 * Sums up the detections of a list's invoices: each currency with its count and first source,
 * the question a bare "$" raises on a sheet that is not English, and one sentence that says it.
 *
 * @example
 * currencyReading([{ ok: true, code: "EUR", source: "header", text: "Atlikums EUR", header: "Atlikums EUR", dollar: false }])
 * //=> { currencies: [{ code: "EUR", invoices: 1, … }], question: null, sentence: "Currency: EUR, from the header 'Atlikums EUR'" }
 */
export function currencyReading(detections: readonly CurrencyDetection[]): CurrencyReading {
  const uses = new Map<string, CurrencyUse>();
  let asked: string | null = null;
  for (const detection of detections) {
    if (!detection.ok) {
      if (detection.reason === "dollarQuestion") asked ??= detection.text;
      continue;
    }
    const known = uses.get(detection.code);
    uses.set(detection.code, known ? { ...known, invoices: known.invoices + 1 } : { ...detection, invoices: 1 });
  }
  const currencies = [...uses.values()].sort((a, b) => b.invoices - a.invoices || a.code.localeCompare(b.code));
  const question = asked === null ? null : currencyQuestion(asked);
  return { currencies, question, sentence: question ?? currencySentence(currencies) };
}

/**
 * Where a currency was read, as the pane and the CLI say it.
 *
 * @example
 * sourcePhrase({ code: "EUR", source: "header", text: "Atlikums EUR", header: "Atlikums EUR", dollar: false }) //=> "from the header 'Atlikums EUR'"
 * sourcePhrase({ code: "USD", source: "format", text: "$#,##0.00", header: "Open Balance", dollar: true })
 * //=> "from the number format of 'Open Balance' ('$#,##0.00') ('$' read as USD, the policy's dollar)"
 */
export function sourcePhrase(use: Pick<CurrencyUse, "code" | "source" | "text" | "header" | "dollar">): string {
  const phrases: Record<CurrencySource, string> = {
    column: `from the column '${use.header}' ('${use.text}')`,
    choice: "as you chose it for this list",
    cell: `from the amounts' text under '${use.header}' ('${use.text}')`,
    format: `from the number format of '${use.header}' ('${use.text}')`,
    header: `from the header '${use.text}'`,
    policy: "from the policy's currency (nothing on the sheet names one)",
  };
  return use.dollar ? `${phrases[use.source]} ('$' read as ${use.code}, the policy's dollar)` : phrases[use.source];
}

function currencySentence(currencies: readonly CurrencyUse[]): string {
  const [only] = currencies;
  if (only === undefined) return "Currency: none (no invoices)";
  if (currencies.length === 1) return `Currency: ${only.code}, ${sourcePhrase(only)}`;
  const each = currencies.map((use) => `${use.code} (${use.invoices} ${use.invoices === 1 ? "invoice" : "invoices"}) ${sourcePhrase(use)}`);
  return `Currencies, never added together: ${each.join("; ")}`;
}

function currencyQuestion(text: string): string {
  return `Which currency is '$'? The amounts show '${text}' but the headers are not English, so '$' is not assumed to be US dollars: choose the currency`;
}

/**
 * The list's one currency as the sheet (or the user) states it, else null: several currencies,
 * none decided yet, or only the policy's (formulas then follow the policy sheet if it changes).
 *
 * @example
 * singleCurrency(currencyReading([{ ok: true, code: "IDR", source: "cell", … }])) //=> "IDR"
 * singleCurrency(currencyReading([{ ok: true, code: "USD", source: "policy", … }])) //=> null
 */
export function singleCurrency(reading: CurrencyReading): string | null {
  const [only, ...others] = reading.currencies;
  return only !== undefined && others.length === 0 && reading.question === null && only.source !== "policy" ? only.code : null;
}
