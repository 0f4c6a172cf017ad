import { asOfWords } from "./asOfWords";
import { BUDDHIST_YEAR } from "./buddhistEra";
import { dateOrderEvidence, readDateText, type DateOrder } from "./dateText";
import { dayFromSerial, type DateSystem, type Day } from "./days";

/** The as-of date a report states on a title line, where, and whether its year was Buddhist-era. */
export interface ReportAsOf {
  readonly day: Day;
  /** The title cell's text ("As of November 23, 2026"). */
  readonly text: string;
  /** The cell, 0-based within the values read. */
  readonly row: number;
  readonly column: number;
  /** The Buddhist-era year written (2569) when the date was converted from it; else null. */
  readonly buddhistYear: number | null;
}

/** A title is a short line: longer text is data, and a bound keeps the search linear. */
const LONGEST_TITLE = 200;
/** A date after the words is at most this many words long ("Wednesday, 30 November 2026" is 4; "2026. gada 30. novembri" 4). */
const MOST_DATE_WORDS = 5;
/** How many as-of words of one cell are tried ("Piutang per pelanggan per 30 Nov 2026" needs two). */
const MOST_KEYWORDS = 3;
const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/ /g, "\\s+");
// Longest words first, so "per tanggal" wins over "per". Each alternative is a fixed word; the
// only repetition is \s+ between words and [\s:]* after them, so a match attempt is linear.
const words = Object.values(asOfWords).flat().sort((a, b) => b.length - a.length).map(escape);
const KEYWORD = new RegExp(`(?:^|[\\s,;(|–—-])(?:${words.join("|")})(?=[\\s:\\d]|$)[\\s:]*`, "giu");

/**
 * Finds the as-of date a report states on a title line above its header row, in English,
 * Indonesian, Latvian or Thai (`asOfWords`): the date right after the words, in the same cell
 * or, when the cell holds only the words ("As of"), in the next cell of the row (text or a date
 * serial). A numeric date that shows its order (30/11) is read so; one that does not follows
 * `order`. Buddhist-era years (2569) become Common Era (2026) and are reported. Null when no
 * title line states one.
 *
 * @param cells - the values read, row by row
 * @param headerRow - the header's row: only the rows above it are titles
 * @param order - the order of numeric dates that do not show it (the sheet's)
 *
 * @example
 * findReportAsOf([["Harbor Lights"], ["As of November 30, 2026"], ["Customer", "Balance"]], 2)
 * //=> { day: 20787, text: "As of November 30, 2026", row: 1, column: 0, buddhistYear: null }
 * findReportAsOf([["ณ วันที่ 30/11/2569"], ["ลูกค้า"]], 1) //=> { day: 20787, …, buddhistYear: 2569 }
 * findReportAsOf([["Per customer"], ["Pelanggan"]], 1) //=> null
 */
export function findReportAsOf(cells: readonly (readonly unknown[])[], headerRow: number, order: DateOrder = "dayFirst", system: DateSystem = 1900): ReportAsOf | null {
  for (let row = 0; row < Math.min(headerRow, cells.length); row += 1) {
    const values = cells[row] ?? [];
    for (let column = 0; column < values.length; column += 1) {
      const cell = values[column];
      if (typeof cell !== "string" || cell.length > LONGEST_TITLE) continue;
      const found = dateInTitle(cell, order) ?? dateBeside(cell, values.slice(column + 1), order, system);
      if (found) return { ...found, text: cell.trim(), row, column };
    }
  }
  return null;
}

type Found = Pick<ReportAsOf, "day" | "buddhistYear">;

/** The date that follows the as-of words in the text itself. */
function dateInTitle(text: string, order: DateOrder): Found | null {
  let tried = 0;
  for (const match of text.matchAll(KEYWORD)) {
    // A title names its date after the first words or so: "as of as of as of …" is not a title.
    if ((tried += 1) > MOST_KEYWORDS) return null;
    const rest = text.slice((match.index ?? 0) + match[0].length);
    const found = leadingDate(rest, order);
    if (found) return found;
  }
  return null;
}

/** "As of" alone in its cell, the date in the next non-empty cell of the row. */
function dateBeside(text: string, after: readonly unknown[], order: DateOrder, system: DateSystem): Found | null {
  const matches = [...text.matchAll(KEYWORD)];
  const last = matches.at(-1);
  if (last === undefined || text.slice((last.index ?? 0) + last[0].length).trim() !== "") return null;
  const next = after.find((value) => value !== null && value !== undefined && value !== "");
  if (typeof next === "string") return leadingDate(next, order);
  if (typeof next !== "number") return null;
  const day = dayFromSerial(next, system);
  return typeof day === "number" ? { day, buddhistYear: null } : null;
}

/** The longest run of leading words (up to five) that reads as a date. */
function leadingDate(text: string, order: DateOrder): Found | null {
  const tokens = text.trim().split(/\s+/u, MOST_DATE_WORDS + 1).slice(0, MOST_DATE_WORDS);
  for (let count = tokens.length; count > 0; count -= 1) {
    const candidate = tokens.slice(0, count).join(" ").replace(/[,;:)|]+$/u, "");
    if (candidate === "") continue;
    const day = readDateText(candidate, dateOrderEvidence(candidate) ?? order);
    if (typeof day !== "number") continue;
    const year = BUDDHIST_YEAR.exec(candidate)?.[1];
    return { day, buddhistYear: year === undefined ? null : Number(year) };
  }
  return null;
}
