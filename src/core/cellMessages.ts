import { isoTextOfDay, type DateProblem, type DateSystem } from "./days";
import { MAX_AMOUNT } from "./money";
import { shownValue } from "./problems";

const grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
/** Day of 1899-12-30, the day 0 of spreadsheet serials before 1900 (ExcelJS, LibreOffice). */
const SERIAL_ZERO_1900 = -25_569;
/** Day of 1904-01-01, serial 0 of the 1904 date system. */
const SERIAL_ZERO_1904 = -24_107;
/** Serial of 0001-01-01 counted from 1899-12-30: earlier serials are shown as numbers. */
const FIRST_SHOWN_SERIAL = -693_593;

/**
 * The message for a cell that is not a usable date, naming the date it holds where it can:
 * "Due date 1899-12-01 is before 1900, Excel's first date" rather than "must be a date, not -29".
 * One wording for the ledger (the pane's and the CLI's row problems) and the functions.
 *
 * @param subject - what the cell is: the column's header, or the argument's name
 * @param value - the cell as read
 * @param reason - why it is not a date
 * @param system - the workbook's date system, to show a serial as its date
 *
 * @example
 * dateMessage("Due date", -29, "beforeFirstDate", 1900) //=> "Due date 1899-12-01 is before 1900, Excel's first date"
 * dateMessage("Due date", "soon", "notADate", 1900)     //=> 'Due date must be a date, not "soon"'
 */
export function dateMessage(subject: string, value: unknown, reason: DateProblem, system: DateSystem): string {
  // A serial past ±100 million days reaches the desk as NaN (no JavaScript Date holds it): say what it is, not "NaN is before 1900".
  if (typeof value === "number" && Number.isNaN(value)) return `${subject} is a number too far from any date to be one`;
  const shown = reason === "beforeFirstDate" ? shownEarlyDate(value, system) : shownValue(value);
  switch (reason) {
    case "beforeFirstDate":
      return system === 1904
        ? `${subject} ${shown} is before 1904, the first date of this workbook's 1904 date system`
        : `${subject} ${shown} is before 1900, Excel's first date`;
    case "afterLastDate":
      return `${subject} ${shown} is after 9999-12-31, Excel's last date`;
    case "fakeLeapDay":
      return `${subject} is serial 60, Excel's fictitious 29 Feb 1900: enter the date again`;
    case "notADate":
      return `${subject} must be a date, not ${shownValue(value)}`;
  }
}

/**
 * The message for an amount above the desk's one limit (MAX_AMOUNT, beyond which a double no
 * longer counts cents), the amount written out: used by the functions and the ledger alike.
 *
 * @example
 * amountLimitMessage("Balance", 1e15) //=> "Balance 1,000,000,000,000,000 is above the largest amount the desk accepts (10,000,000,000,000)"
 * amountLimitMessage("Balance", -1e308) //=> "Balance -1e+308 is below the smallest amount the desk accepts (-10,000,000,000,000)"
 */
export function amountLimitMessage(subject: string, value: unknown): string {
  // Past 10^21 digits say nothing a reader can check: JavaScript's 1e+300 is clearer.
  const shown = typeof value === "number" && Math.abs(value) < 1e21 ? grouped.format(value) : shownValue(value);
  if (typeof value === "number" && value < 0) return `${subject} ${shown} is below the smallest amount the desk accepts (${grouped.format(-MAX_AMOUNT)})`;
  return `${subject} ${shown} is above the largest amount the desk accepts (${grouped.format(MAX_AMOUNT)})`;
}

/**
 * A serial before the first date as the date it stands for: ExcelJS and LibreOffice write dates
 * before 1900 as serials counted from 1899-12-30 (-29 is 1899-12-01). Text stays as written.
 */
function shownEarlyDate(value: unknown, system: DateSystem): string {
  if (typeof value !== "number" || !Number.isFinite(value) || value < FIRST_SHOWN_SERIAL || value >= 1) return shownValue(value);
  return isoTextOfDay((system === 1904 ? SERIAL_ZERO_1904 : SERIAL_ZERO_1900) + Math.floor(value));
}
