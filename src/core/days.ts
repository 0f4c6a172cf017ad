/**
 * A calendar day as a whole number of days since 1970-01-01 (UTC calendar, no time of day).
 * Whole-day integers make "days overdue" plain subtraction: the engine never touches a clock
 * or a time zone.
 */
export type Day = number;

/** Excel's two date systems: 1900 (Windows default) and 1904 (old Mac workbooks). */
export type DateSystem = 1900 | 1904;

/** Why a serial number or text is not a usable date. Messages live in `problems.ts`. */
export type DateProblem = "beforeFirstDate" | "fakeLeapDay" | "afterLastDate" | "notADate";

const DAY_MS = 86_400_000;

/**
 * The longest span of days the desk accepts in a policy or an argument: 100 years. Longer is a
 * typo, and ~10^8 days past any date is beyond what JavaScript dates hold (a RangeError).
 *
 * @example
 * 40_000 > MAX_DAYS //=> true
 */
export const MAX_DAYS = 36_500;
// Plain constants, not objects keyed 1900/1904: V8 stores such keys as sparse elements and
// the lookup cost a third of every custom-function call (measured with bench/).
/** Serial of 1970-01-01 in each system (1899-12-30 and 1904-01-01 are day 0). */
const UNIX_EPOCH_1900 = 25_569;
const UNIX_EPOCH_1904 = 24_107;
/** 1900 system: serial 60 is 29 Feb 1900, a day that never existed (Lotus 1-2-3 compatibility). */
const FAKE_LEAP_DAY = 60;
/** 9999-12-31, the last date Excel shows, in each system. */
const LAST_SERIAL_1900 = 2_958_465;
const LAST_SERIAL_1904 = 2_957_003;

/**
 * Converts an Excel date serial to a `Day`, dropping any time of day.
 *
 * @param serial - the cell's number (e.g. 46023 for 2026-01-01)
 * @param system - the workbook's date system
 * @returns the day, or the problem that makes the number unusable as a date
 *
 * @example
 * dayFromSerial(46023, 1900) //=> 20454 (2026-01-01)
 * dayFromSerial(60, 1900)    //=> "fakeLeapDay"
 */
export function dayFromSerial(serial: number, system: DateSystem): Day | DateProblem {
  const whole = Math.floor(serial);
  if (system === 1904) {
    if (!(whole >= 0)) return "beforeFirstDate"; // also catches NaN
    return whole > LAST_SERIAL_1904 ? "afterLastDate" : whole - UNIX_EPOCH_1904;
  }
  if (!(whole >= 1)) return "beforeFirstDate";
  if (whole > LAST_SERIAL_1900) return "afterLastDate";
  if (whole === FAKE_LEAP_DAY) return "fakeLeapDay";
  // Serials 1–59 are one day off because of the fake leap day that follows them.
  return whole < FAKE_LEAP_DAY ? whole - UNIX_EPOCH_1900 + 1 : whole - UNIX_EPOCH_1900;
}

/**
 * Converts a `Day` back to the Excel serial of the given date system.
 *
 * @example
 * serialFromDay(20454, 1900) //=> 46023
 * serialFromDay(20454, 1904) //=> 44561
 */
export function serialFromDay(day: Day, system: DateSystem): number {
  const serial = day + (system === 1904 ? UNIX_EPOCH_1904 : UNIX_EPOCH_1900);
  // Days up to 28 Feb 1900 sit one serial lower than the count says (fake leap day after them).
  return system === 1900 && serial <= FAKE_LEAP_DAY ? serial - 1 : serial;
}

/**
 * Reads ISO 8601 date text (`2026-01-31`, also with `/`, or followed by a time).
 *
 * @example
 * dayFromIsoText("2026-01-31") //=> 20484
 * dayFromIsoText("31/01/2026") //=> "notADate"
 */
export function dayFromIsoText(text: string): Day | DateProblem {
  const match = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+Z?)?\s*$/.exec(text);
  if (!match) return "notADate";
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, date);
  const check = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March: reject instead of guessing.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return "notADate";
  if (year < 1900) return "beforeFirstDate";
  return ms / DAY_MS;
}

/**
 * The `Day` of a JavaScript date, read in the local time zone (the user's "today").
 *
 * @example
 * dayOfLocalDate(new Date(2026, 0, 31, 23, 30)) //=> 20484
 */
export function dayOfLocalDate(date: Date): Day {
  return Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / DAY_MS;
}

/**
 * A UTC-midnight JavaScript date for a `Day`, for date-fns arithmetic and formatting.
 *
 * @example
 * utcDateOfDay(20484).toISOString() //=> "2026-01-31T00:00:00.000Z"
 */
export function utcDateOfDay(day: Day): Date {
  return new Date(day * DAY_MS);
}

/**
 * The `Day` of a date made by `utcDateOfDay` (or any UTC-midnight date).
 *
 * @example
 * dayOfUtcDate(new Date("2026-01-31T00:00:00Z")) //=> 20484
 */
export function dayOfUtcDate(date: Date): Day {
  return Math.floor(date.getTime() / DAY_MS);
}

/**
 * ISO text of a day, as used in reasons and messages.
 *
 * @example
 * isoTextOfDay(20484) //=> "2026-01-31"
 */
export function isoTextOfDay(day: Day): string {
  return utcDateOfDay(day).toISOString().slice(0, 10);
}
