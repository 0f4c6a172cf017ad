import { columnSynonyms, fields, type Field, type HeaderLanguage } from "./columnSynonyms";
import type { FieldColumns } from "./columns";
import { foldHeaderText } from "./headerText";

const THAI = /[\u0E00-\u0E7F]/u;

/** For each field, the languages whose synonym each folded header text is. */
const languagesOf = new Map<string, HeaderLanguage[]>();
for (const field of fields) {
  for (const [language, texts] of Object.entries(columnSynonyms[field]) as [HeaderLanguage, readonly string[]][]) {
    for (const text of texts) {
      const key = `${field}|${foldHeaderText(text)}`;
      const known = languagesOf.get(key) ?? [];
      if (!known.includes(language)) languagesOf.set(key, [...known, language]);
    }
  }
}

/**
 * The language the sheet's headers were matched in: each mapped header votes for the one
 * language whose synonyms hold it ("Jatuh Tempo" → id); words several languages share
 * ("Total", "Saldo") and headers no synonym names exactly do not vote, except Thai script,
 * which is Thai. The most votes win; a tie goes to the language that is not English (local
 * exports keep English words such as "Email" and "Status"). Null when no header votes.
 *
 * @param headerCells - the header row
 * @param mapping - the column of each field (found or chosen by the user)
 *
 * @example
 * headerLanguage(["Pelanggan", "Jatuh Tempo", "Sisa Piutang", "Email"], { customer: { column: 0 }, dueDate: { column: 1 }, balance: { column: 2 }, email: { column: 3 } }) //=> "id"
 * headerLanguage(["Customer", "Due date", "Open Balance"], { customer: { column: 0 }, dueDate: { column: 1 }, balance: { column: 2 } }) //=> "en"
 * headerLanguage(["Name", "Total"], { customer: { column: 0 }, amount: { column: 1 } }) //=> null
 */
export function headerLanguage(headerCells: readonly unknown[], mapping: FieldColumns): HeaderLanguage | null {
  const votes = new Map<HeaderLanguage, number>();
  for (const field of fields) {
    const cell = headerCells[mapping[field]?.column ?? -1];
    const language = typeof cell === "string" ? voteOf(field, cell) : null;
    if (language !== null) votes.set(language, (votes.get(language) ?? 0) + 1);
  }
  let best: HeaderLanguage | null = null;
  for (const [language, count] of votes) {
    const bestCount = best === null ? 0 : (votes.get(best) ?? 0);
    if (count > bestCount || (count === bestCount && best === "en")) best = language;
  }
  return best;
}

function voteOf(field: Field, header: string): HeaderLanguage | null {
  if (THAI.test(header)) return "th";
  const languages = languagesOf.get(`${field}|${foldHeaderText(header)}`) ?? [];
  return languages.length === 1 ? (languages[0] ?? null) : null;
}
