import { dayFromIsoText, dayFromSerial, dayOfLocalDate, isoTextOfDay, serialFromDay } from "../../src/core/days";

const day = (iso: string) => Date.parse(iso) / 86_400_000;

describe("Excel serials, 1900 system", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25_569, "1970-01-01"],
    [46_023, "2026-01-01"],
    [45_351, "2024-02-29"],
    [2_958_465, "9999-12-31"],
  ])("serial %d is %s, and back", (serial, iso) => {
    expect(dayFromSerial(serial, 1900)).toBe(day(iso));
    expect(serialFromDay(day(iso), 1900)).toBe(serial);
  });

  it("drops the time of day", () => expect(dayFromSerial(46_023.75, 1900)).toBe(day("2026-01-01")));

  it.each([
    [60, "fakeLeapDay"],
    [0, "beforeFirstDate"],
    [-5, "beforeFirstDate"],
    [Number.NaN, "beforeFirstDate"],
    [2_958_466, "afterLastDate"],
  ])("serial %d is refused: %s", (serial, problem) => expect(dayFromSerial(serial, 1900)).toBe(problem));
});

describe("Excel serials, 1904 system", () => {
  it.each([
    [0, "1904-01-01"],
    [44_561, "2026-01-01"],
  ])("serial %d is %s, and back", (serial, iso) => {
    expect(dayFromSerial(serial, 1904)).toBe(day(iso));
    expect(serialFromDay(day(iso), 1904)).toBe(serial);
  });

  it("is 1,462 days below the 1900 system", () => {
    expect(serialFromDay(day("2026-01-01"), 1900) - serialFromDay(day("2026-01-01"), 1904)).toBe(1462);
  });

  it("has no fake leap day", () => expect(dayFromSerial(60, 1904)).toBe(day("1904-03-01")));
});

describe("ISO date text", () => {
  it.each([
    ["2026-01-31", "2026-01-31"],
    ["2026/1/5", "2026-01-05"],
    ["2024-02-29", "2024-02-29"],
    [" 2026-01-31T10:30:00Z ", "2026-01-31"],
  ])("%s reads as %s", (text, iso) => expect(dayFromIsoText(text)).toBe(day(iso)));

  it.each(["2025-02-29", "2026-13-01", "31/01/2026", "next week", "", "1899-12-31"])("%s is refused", (text) =>
    expect(typeof dayFromIsoText(text)).toBe("string"),
  );
});

it("reads today in the local time zone and prints ISO text", () => {
  expect(isoTextOfDay(dayOfLocalDate(new Date(2026, 0, 31, 23, 59)))).toBe("2026-01-31");
});
