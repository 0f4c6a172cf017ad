const NET = /\bnet\s*(\d+)\b/i;
const DAYS = /^(?:n\/?|net|credit|kredit|เครดิต)?\s*(\d+)\s*(?:days?|d|hari|dienas|วัน)?$/i;
const ON_RECEIPT = /^(?:cod|c\.o\.d\.?|cash|cash on delivery|due on receipt|on receipt|immediate|tunai)$/i;

/**
 * The number of days that payment terms allow after the invoice date, or null when the text
 * does not say. Used only when a sheet has no due date column: due = invoice date + terms.
 *
 * @example
 * termsDays("Net 30")        //=> 30
 * termsDays("2/10 Net 30")   //=> 30
 * termsDays("30 hari")       //=> 30
 * termsDays("Due on receipt") //=> 0
 * termsDays("monthly")       //=> null
 */
export function termsDays(value: unknown): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 0 ? value : null;
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/g, " ").trim();
  if (ON_RECEIPT.test(text)) return 0;
  const days = NET.exec(text) ?? DAYS.exec(text);
  return days ? Number(days[1]) : null;
}
