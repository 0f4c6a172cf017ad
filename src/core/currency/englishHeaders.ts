import { columnSynonyms, fields, type HeaderLanguage } from "../columnSynonyms";
import { foldHeaderText } from "../headerText";

const onlyIn = new Map<string, HeaderLanguage | null>();
for (const field of fields) {
  for (const [language, texts] of Object.entries(columnSynonyms[field]) as [HeaderLanguage, readonly string[]][]) {
    for (const text of texts) {
      const folded = foldHeaderText(text);
      const known = onlyIn.get(folded);
      onlyIn.set(folded, known === undefined || known === language ? language : null);
    }
  }
}

/**
 * Whether a header row reads as English: no header is a synonym that only another language uses
 * ("Klients", "Jatuh Tempo") and none is written in Thai script. Words several languages share
 * ("Total", "Saldo") prove nothing; accented Latin letters prove another language. A bare "$" is only assumed on an English sheet.
 *
 * @example
 * headersAreEnglish(["Customer", "Due date", "Amount"])   //=> true
 * headersAreEnglish(["Klients", "Apmaksas termiņš", "Amount"]) //=> false
 */
export function headersAreEnglish(headers: readonly unknown[]): boolean {
  return headers.every((header) => {
    if (typeof header !== "string") return true;
    // Thai script, or Latin letters with accents ("Piezīmes"): not an English header.
    if (/[\u0E00-\u0E7F]/u.test(header) || /[\u0300-\u036f]/u.test(header.normalize("NFD"))) return false;
    const language = onlyIn.get(foldHeaderText(header));
    return language === undefined || language === null || language === "en";
  });
}
