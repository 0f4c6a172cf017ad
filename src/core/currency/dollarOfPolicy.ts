/**
 * The dollar a bare "$" stands for: the policy's currency when Intl writes it as "$" (USD, AUD,
 * CAD, SGD, …), else USD.
 *
 * @example
 * dollarOfPolicy("SGD") //=> "SGD"
 * dollarOfPolicy("EUR") //=> "USD"
 */
export function dollarOfPolicy(policyCurrency: string): string {
  try {
    const parts = new Intl.NumberFormat("en", { style: "currency", currency: policyCurrency, currencyDisplay: "narrowSymbol" }).formatToParts(1);
    return parts.find((part) => part.type === "currency")?.value === "$" ? policyCurrency : "USD";
  } catch {
    // A policy currency Intl refuses was already refused by the policy reader; USD is the default.
    return "USD";
  }
}
