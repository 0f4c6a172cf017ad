import { readAmountText } from "../amountText";
import { currencyCode, type CurrencyMark } from "./currencyCode";

/**
 * The currency an amount written as text carries before or after its digits: "Rp 12.500.000",
 * "1 234,56 €", "US$ 1,200.00", "(฿3,000)". Text that is not an amount names none.
 *
 * @param text - the amount cell's text
 * @returns the code, "dollar" for "$1,200", or null
 *
 * @example
 * currencyOfAmountText("Rp 12.500.000") //=> { code: "IDR" }
 * currencyOfAmountText("1 234,56 €")    //=> { code: "EUR" }
 * currencyOfAmountText("$1,200.00")     //=> "dollar"
 * currencyOfAmountText("1,200.00")      //=> null
 */
export function currencyOfAmountText(text: unknown): CurrencyMark {
  if (typeof text !== "string" || readAmountText(text) === "notAnAmount") return null;
  const marks = text.replace(/[\d.,'\s\u00a0\u202f\u2009()+\-\u2212]+/gu, " ").trim().split(" ").filter((mark) => mark !== "" && !/^cr$/i.test(mark));
  for (const mark of marks) {
    const found = currencyCode(mark);
    if (found !== null) return found;
  }
  return null;
}
