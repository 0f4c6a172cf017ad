import { displayText } from "../../src/xlsx/displayText";
import { dateTimeText, isDateTimeFormat } from "../../src/xlsx/dateTimeText";

/** 2026-12-02 06:28:05, a Wednesday: the Contact Log's Logged at of the defect. */
const LOGGED = 46358.26950231481;
/** 2026-01-05 18:07:30.25, a Monday. */
const EVENING = 46027.75521122685;

describe("dateTimeText shows dates and times as Excel does with the number format", () => {
  it.each([
    [LOGGED, "yyyy-mm-dd hh:mm:ss", "2026-12-02 06:28:05"],
    [LOGGED, "yyyy-mm-dd hh:mm", "2026-12-02 06:28"],
    [LOGGED, "hh:mm", "06:28"],
    [LOGGED, "h:mm AM/PM", "6:28 AM"],
    [EVENING, "h:mm AM/PM", "6:07 PM"],
    [EVENING, "hh:mm:ss am/pm", "06:07:30 PM"],
    [EVENING, "h:mm:ss a/p", "6:07:30 p"],
    [0, "h:mm AM/PM", "12:00 AM"],
    [0.5, "h:mm AM/PM", "12:00 PM"],
    [LOGGED, "[$-409]h:mm:ss AM/PM;@", "6:28:05 AM"],
    [1.5, "[h]:mm", "36:00"],
    [LOGGED, "[h]:mm", "1112598:28"],
    [0.0625, "[mm]:ss", "90:00"],
    [1 / 1440, "[s]", "60"],
    [1.5, "[h]:mm:ss", "36:00:00"],
    [LOGGED, "mm:ss", "28:05"],
    [LOGGED, "m:ss", "28:05"],
    [LOGGED, "d-mmm-yy", "2-Dec-26"],
    [LOGGED, "dd/mm/yyyy", "02/12/2026"],
    [LOGGED, "m/d/yyyy h:mm", "12/2/2026 6:28"],
    [LOGGED, "mmmm", "December"],
    [LOGGED, "mmmmm", "D"],
    [LOGGED, "mmm yyyy", "Dec 2026"],
    [LOGGED, "dddd, mmmm d, yyyy", "Wednesday, December 2, 2026"],
    [EVENING, "ddd dd.mm.yy", "Mon 05.01.26"],
    [LOGGED, 'd "de" mmmm', "2 de December"],
    [LOGGED, "hh\\hmm", "06h28"],
    [LOGGED, "d/m/bbbb", "2/12/2569"],
    [EVENING, "hh:mm:ss.000", "18:07:30.250"],
    [EVENING, "mm:ss.00", "07:30.25"],
    [EVENING, "hh:mm:ss", "18:07:30"],
    // Rounded to the finest unit shown: 06:28:59.6 is 06:29:00 with seconds.
    [46358.270134259255, "hh:mm:ss", "06:29:00"],
    [46358.270134259255, "hh:mm:ss.0", "06:28:59.6"],
    [1, "yyyy-mm-dd", "1900-01-01"],
    [59, "yyyy-mm-dd", "1900-02-28"],
    [60, "yyyy-mm-dd", "1900-02-29"],
    [61, "yyyy-mm-dd", "1900-03-01"],
    [0, "yyyy-mm-dd", "1900-01-00"],
    [1, "dddd", "Sunday"],
    [2958465, "yyyy-mm-dd", "9999-12-31"],
    [2958466, "yyyy-mm-dd", "#####"],
    [-1, "hh:mm", "#####"],
  ])("%s in %s → %s", (serial, format, expected) => {
    expect(dateTimeText(serial, format)).toBe(expected);
  });

  it.each([
    ["[h]:mm", true],
    ["mm:ss", true],
    ["h:mm AM/PM", true],
    ["yyyy-mm-dd hh:mm", true],
    ["General", false],
    ["#,##0.00", false],
    ['0.00 "days"', false],
    ["[$€-1809]#,##0.00", false],
    ["[Red]0.00;0.00", false],
    ["0.00E+00", false],
  ])("isDateTimeFormat(%s) is %s", (format, expected) => {
    expect(isDateTimeFormat(format)).toBe(expected);
  });
});

describe("displayText", () => {
  it("shows the Contact Log's time with its minutes, not the month", () => {
    expect(displayText(LOGGED, "yyyy-mm-dd hh:mm", false)).toBe("2026-12-02 06:28");
  });

  it("shows a time-only format as a time, not as a number", () => {
    expect(displayText(0.75, "h:mm", false)).toBe("18:00");
    expect(displayText(1.5, "[h]:mm", false)).toBe("36:00");
  });

  it("reads the 1904 date system's serials", () => {
    expect(displayText(LOGGED - 1462, "yyyy-mm-dd hh:mm:ss", true)).toBe("2026-12-02 06:28:05");
  });

  it("keeps numbers, percentages and text as before", () => {
    expect(displayText(1250.5, "#,##0.00", false)).toBe("1,250.50");
    expect(displayText(0.25, "0%", false)).toBe("25%");
    expect(displayText("note", "@", false)).toBe("note");
  });
});
