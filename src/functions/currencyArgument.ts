import { isoCurrencyCode } from "../core/currency/currencyCode";
import type { Policy } from "../core/policy";
import { optionalText, refuse } from "./cellValues";

/**
 * A currency argument: an ISO code, a symbol or a local name ("IDR", "Rp", "€", "บาท"); blank
 * is the policy's currency. A bare "$" or an unknown word is refused with the catalog's message.
 *
 * @example
 * currencyArgument("Rp", defaultPolicy) //=> "IDR"
 * currencyArgument(null, defaultPolicy) //=> "USD"
 */
export function currencyArgument(value: unknown, policy: Pick<Policy, "currency">): string {
  const text = optionalText(value, "currency").trim();
  if (text === "") return policy.currency;
  return isoCurrencyCode(text) ?? refuse("currency", "notACurrency");
}
