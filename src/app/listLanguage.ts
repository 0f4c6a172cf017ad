import type { FieldColumns } from "../core/columns";
import { headerLanguage } from "../core/headerLanguage";
import { chooseLetterLanguage, type LetterLanguage } from "../core/letterLanguage";
import type { Policy, ReminderLanguage } from "../core/policy";
import type { AgingData } from "../workbook/agingData";

/** The list as the pane and the command line hold it: the values read, the header row, a column per field. */
export interface MappedList {
  readonly data: Pick<AgingData, "values">;
  readonly headerRow: number;
  readonly mapping: FieldColumns;
}

/**
 * The language of a list's letters and why (`chooseLetterLanguage`), from its header row, its
 * Language column, the policy and the command line's `--lang` (`option`).
 *
 * @example
 * listLanguage({ data: { values: [["Pelanggan", "Jatuh Tempo", "Sisa Piutang"]] }, headerRow: 0, mapping }, defaultPolicy, null)
 * //=> { language: "id", source: "headers", column: null }
 */
export function listLanguage(list: MappedList, policy: Pick<Policy, "language">, option: ReminderLanguage | null): LetterLanguage {
  const headers = list.data.values[list.headerRow] ?? [];
  const languageColumn = list.mapping.language?.column;
  const cell = languageColumn === undefined ? undefined : headers[languageColumn];
  const column = typeof cell === "string" && cell.trim() !== "" ? cell.trim() : null;
  return chooseLetterLanguage({ option, policy: policy.language, headers: headerLanguage(headers, list.mapping), column });
}
