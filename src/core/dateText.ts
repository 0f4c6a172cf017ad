import type { ReadingBasis } from "./decimalSeparator";
import { dayFromIsoText, type DateProblem, type Day } from "./days";
import { BUDDHIST_OFFSET } from "./buddhistEra";
import { monthOfWord } from "./monthNames";

/** Which part of "05/02/2026" is the day: Indonesia, Latvia, Thailand and Britain write it first, the US second. */
export type DateOrder = "dayFirst" | "monthFirst";

/** The order a sheet's numeric dates are read in, and why. */
export interface DateOrderReading {
  readonly order: DateOrder;
  readonly basis: ReadingBasis;
  /** Some values prove day-first and others month-first: the minority is unreadable. */
  readonly conflicting: boolean;
  /** How many texts are numeric dates whose order matters (05/02/2026, not ISO): 0 on a sheet of real dates. */
  readonly numericTexts: number;
}

/** Years from here on are Buddhist-era years (Thailand): 2569 BE is 2026 CE. */
const FIRST_BUDDHIST_YEAR = 2400;
const NUMERIC = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})\.?$/;
const TIME = /[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AaPp][Mm])?Z?$/;
const TOKEN = /\d+|[\p{L}\p{M}][\p{L}\p{M}.]*/gu;

/**
 * Reads a date written as text: ISO ("2026-01-05"), numeric with "/", "-" or "." in the given
 * order (two-digit years are 20xx), or with a month name in English, Indonesian, Latvian or
 * Thai ("5 Jan 2026", "Jan 5, 2026", "5 Mei 2026", "2026. gada 5. janvāris", "5 ม.ค. 2569").
 * Years from 2400 are Buddhist-era years and lose 543. A time of day is ignored.
 *
 * @param text - the cell's text
 * @param order - how to read numeric dates whose first two parts are both 12 or less
 * @returns the day, or why the text is not one
 *
 * @example
 * readDateText("05/02/2026")               //=> 20489 (2026-02-05)
 * readDateText("05/02/2026", "monthFirst") //=> 20575 (2026-05-02)
 * readDateText("5 ม.ค. 2569")              //=> 20458 (2026-01-05)
 * readDateText("next Friday")              //=> "notADate"
 */
/** Text this long is never a date ("Wednesday, 31 December 2026 23:59:59" is 36 characters). */
const LONGEST_DATE_TEXT = 100;

export function readDateText(text: string, order: DateOrder = "dayFirst"): Day | DateProblem {
  // No date is written in 100 characters or more: refusing first keeps this linear (issue 13).
  if (text.length >= LONGEST_DATE_TEXT && text.trim().length >= LONGEST_DATE_TEXT) return "notADate";
  const plain = asciiDigits(text).trim().replace(TIME, "").trim();
  const numeric = NUMERIC.exec(plain);
  if (numeric) return numericDate(numeric[1] ?? "", numeric[2] ?? "", numeric[3] ?? "", order);
  return wordDate(plain);
}

/**
 * The order a single numeric date proves: a first part above 12 proves day-first, a second
 * part above 12 proves month-first. Null when both readings are possible, or neither.
 *
 * @example
 * dateOrderEvidence("25/01/2026") //=> "dayFirst"
 * dateOrderEvidence("01/25/2026") //=> "monthFirst"
 * dateOrderEvidence("05/02/2026") //=> null
 */
export function dateOrderEvidence(text: string): DateOrder | null {
  const numeric = NUMERIC.exec(asciiDigits(text).trim().replace(TIME, "").trim());
  if (!numeric || (numeric[1] ?? "").length > 2) return null;
  const first = Number(numeric[1]);
  const second = Number(numeric[2]);
  if (first > 12 && second <= 12) return "dayFirst";
  return second > 12 && first <= 12 ? "monthFirst" : null;
}

/**
 * Chooses the order of a sheet's numeric dates from its texts. Proof decides; when both orders
 * are proved the reading conflicts and `told` (else the majority, else day-first) wins; with no
 * proof, `told` is used, else day-first is assumed.
 *
 * @example
 * inferDateOrder(["05/02/2026", "13/02/2026"]) //=> { order: "dayFirst", basis: "inferred", conflicting: false, numericTexts: 2 }
 * inferDateOrder(["05/02/2026"], "monthFirst") //=> { order: "monthFirst", basis: "told", conflicting: false, numericTexts: 1 }
 */
export function inferDateOrder(texts: Iterable<string>, told?: DateOrder): DateOrderReading {
  let dayFirst = 0;
  let monthFirst = 0;
  let numericTexts = 0;
  for (const text of texts) {
    if (isOrderedDate(text)) numericTexts += 1;
    const evidence = dateOrderEvidence(text);
    if (evidence === "dayFirst") dayFirst += 1;
    if (evidence === "monthFirst") monthFirst += 1;
  }
  if (dayFirst === 0 && monthFirst === 0) return { order: told ?? "dayFirst", basis: told ? "told" : "assumed", conflicting: false, numericTexts };
  const conflicting = dayFirst > 0 && monthFirst > 0;
  if (conflicting && told) return { order: told, basis: "told", conflicting, numericTexts };
  return { order: monthFirst > dayFirst ? "monthFirst" : "dayFirst", basis: "inferred", conflicting, numericTexts };
}

/** A numeric date whose day and month could swap places: "05/02/2026", not "2026-02-05". */
function isOrderedDate(text: string): boolean {
  if (text.length >= LONGEST_DATE_TEXT) return false;
  const numeric = NUMERIC.exec(asciiDigits(text).trim().replace(TIME, "").trim());
  return numeric !== null && (numeric[1] ?? "").length <= 2;
}

function numericDate(first: string, second: string, third: string, order: DateOrder): Day | DateProblem {
  if (first.length === 3 || first.length === 4) return yearMonthDay(first, second, third);
  if (third.length !== 2 && third.length !== 4) return "notADate";
  return order === "dayFirst" ? yearMonthDay(third, second, first) : yearMonthDay(third, first, second);
}

/** "5 Jan 2026", "Jan 5, 2026", "2026. gada 5. janvāris": one month word and two numbers. */
function wordDate(text: string): Day | DateProblem {
  const tokens = text.match(TOKEN) ?? [];
  // Between the tokens only separators may stand: "5 Jan 2026 (paid)" is not a date.
  if (!/^[\s,./-]*$/.test(text.replace(TOKEN, ""))) return "notADate";
  const numbers: string[] = [];
  const monthsFound: number[] = [];
  for (const token of tokens) {
    if (/^\d/.test(token)) numbers.push(token);
    else {
      const month = monthOfWord(token);
      if (month === undefined) return "notADate";
      if (month !== "filler") monthsFound.push(month);
    }
  }
  const [first = "", second = ""] = numbers;
  if (monthsFound.length !== 1 || numbers.length !== 2) return "notADate";
  const month = String(monthsFound[0]);
  return first.length >= 3 ? yearMonthDay(first, month, second) : yearMonthDay(second, month, first);
}

function yearMonthDay(yearText: string, monthText: string, dayText: string): Day | DateProblem {
  let year = Number(yearText);
  if (yearText.length <= 2) year += 2000;
  if (year >= FIRST_BUDDHIST_YEAR) year -= BUDDHIST_OFFSET;
  if (!/^\d{1,2}$/.test(monthText) || !/^\d{1,2}$/.test(dayText) || year > 9999) return "notADate";
  return dayFromIsoText(`${String(year).padStart(4, "0")}-${monthText}-${dayText}`);
}

/** Thai digits (๐–๙) as ASCII digits. */
function asciiDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
}
