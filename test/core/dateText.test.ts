import { dateOrderEvidence, inferDateOrder, readDateText } from "../../src/core/dateText";
import { monthOfWord, monthWords } from "../../src/core/monthNames";

const day = (iso: string) => Date.parse(iso) / 86_400_000;

describe("readDateText", () => {
  it.each([
    ["2026-01-05", "2026-01-05"],
    ["2026/1/5", "2026-01-05"],
    ["2026-01-05T13:45:00Z", "2026-01-05"],
    ["05/02/2026", "2026-02-05"],
    ["05-02-2026", "2026-02-05"],
    ["05.02.2026", "2026-02-05"],
    ["05.02.2026.", "2026-02-05"],
    ["5/2/26", "2026-02-05"],
    ["25/12/2025 00:00", "2025-12-25"],
    ["5 Jan 2026", "2026-01-05"],
    ["05-Jan-26", "2026-01-05"],
    ["Jan 5, 2026", "2026-01-05"],
    ["January 5 2026", "2026-01-05"],
    ["Monday, January 5, 2026", "2026-01-05"],
    ["5th of January 2026", "2026-01-05"],
    ["5 Sept 2026", "2026-09-05"],
    ["5 Januari 2026", "2026-01-05"],
    ["5 Mei 2026", "2026-05-05"],
    ["17 Agustus 2026", "2026-08-17"],
    ["17 Agt 2026", "2026-08-17"],
    ["17 Agu 2026", "2026-08-17"],
    ["1 Okt 2026", "2026-10-01"],
    ["24 Des 2026", "2026-12-24"],
    ["Senin, 5 Januari 2026", "2026-01-05"],
    ["2026. gada 5. janvāris", "2026-01-05"],
    ["2026. gada 15. decembris", "2026-12-15"],
    ["5. janv. 2026", "2026-01-05"],
    ["5 februaris 2026", "2026-02-05"],
    ["5 ม.ค. 2569", "2026-01-05"],
    ["5 มกราคม 2569", "2026-01-05"],
    ["วันที่ 5 มกราคม พ.ศ. 2569", "2026-01-05"],
    ["29 ก.พ. 2567", "2024-02-29"],
    ["๕ ม.ค. ๒๕๖๙", "2026-01-05"],
    ["5 ม.ค. 2026", "2026-01-05"],
    ["05/01/2569", "2026-01-05"],
    ["2569-01-05", "2026-01-05"],
  ])("%j is %s", (text, iso) => expect(readDateText(text)).toBe(day(iso)));

  it.each([
    ["05/02/2026", "monthFirst", "2026-05-02"],
    ["12/31/2025", "monthFirst", "2025-12-31"],
    ["5 Jan 2026", "monthFirst", "2026-01-05"],
  ])("%j read %s is %s", (text, order, iso) => expect(readDateText(text, order as "monthFirst")).toBe(day(iso)));

  it.each([
    ["31/02/2026", "notADate"],
    ["13/25/2026", "notADate"],
    ["12/31/2025", "notADate"],
    ["next Friday", "notADate"],
    ["5 Jan 2026 paid", "notADate"],
    ["Jan 2026", "notADate"],
    ["5 Jan", "notADate"],
    ["5 Jan Feb 2026", "notADate"],
    ["05/01/026", "notADate"],
    ["", "notADate"],
    ["01/01/1899", "beforeFirstDate"],
  ])("%j is refused: %s", (text, problem) => expect(readDateText(text)).toBe(problem));
});

describe("dateOrderEvidence", () => {
  it.each([
    ["25/01/2026", "dayFirst"],
    ["01/25/2026", "monthFirst"],
    ["05/02/2026", null],
    ["13/13/2026", null],
    ["2026-01-25", null],
    ["25 Jan 2026", null],
  ])("%j proves %j", (text, order) => expect(dateOrderEvidence(text)).toBe(order));
});

describe("inferDateOrder", () => {
  it.each([
    [["05/02/2026", "13/02/2026"], undefined, { order: "dayFirst", basis: "inferred", conflicting: false }],
    [["05/02/2026", "02/13/2026"], undefined, { order: "monthFirst", basis: "inferred", conflicting: false }],
    [["05/02/2026", "06/02/2026"], undefined, { order: "dayFirst", basis: "assumed", conflicting: false }],
    [["05/02/2026", "06/02/2026"], "monthFirst", { order: "monthFirst", basis: "told", conflicting: false }],
    [["13/02/2026"], "monthFirst", { order: "dayFirst", basis: "inferred", conflicting: false }],
    [["13/02/2026", "14/02/2026", "02/13/2026"], undefined, { order: "dayFirst", basis: "inferred", conflicting: true }],
    [["13/02/2026", "02/13/2026", "02/14/2026"], undefined, { order: "monthFirst", basis: "inferred", conflicting: true }],
    [["13/02/2026", "02/13/2026"], "monthFirst", { order: "monthFirst", basis: "told", conflicting: true }],
    [[], undefined, { order: "dayFirst", basis: "assumed", conflicting: false }],
  ])("%j (told %j) → %j", (texts, told, reading) => {
    expect(inferDateOrder(texts, told as "monthFirst" | undefined)).toEqual({ ...reading, numericTexts: texts.length });
  });
});

describe("month names", () => {
  it.each(Object.entries(monthWords).flatMap(([language, months]) => months.flatMap((words, i) => words.map((word) => [language, word, i + 1] as const))))(
    "%s %j is month %d",
    (_language, word, month) => expect(monthOfWord(word)).toBe(month),
  );

  it.each([["gada"], ["พ.ศ."], ["Senin"], ["th"]])("%j is a filler word", (word) => expect(monthOfWord(word)).toBe("filler"));
  it("does not know made-up words", () => expect(monthOfWord("Smarch")).toBeUndefined());
});
