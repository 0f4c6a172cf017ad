import { cellText, isBlankCell, isDateFormat, readAmountCell, readDateCell, readRate, readWholeNumber } from "../../src/core/ledgerCells";
import { termsDays } from "../../src/core/paymentTerms";
import { classifyRow, rowLayout } from "../../src/core/reportRows";
import { day, serial } from "./agingSheets";

describe("isDateFormat", () => {
  it.each([
    ["m/d/yyyy", true],
    ["dd-mmm-yy", true],
    ["yyyy-mm-dd", true],
    ["[$-409]d-mmm-yy;@", true],
    ["[$-421]dd mmmm yyyy", true],
    ["mmmm", true],
    ["B2yyyy/mm/dd", true],
    ["General", false],
    ["@", false],
    ["#,##0.00", false],
    ['_-* #,##0.00 "Rp"_-', false],
    ['0 "days"', false],
    ["[h]:mm", false],
    ["mm:ss", false],
    ["0%", false],
    [null, false],
  ])("%j → %s", (format, expected) => expect(isDateFormat(format)).toBe(expected));
});

describe("readDateCell", () => {
  it.each([
    [serial("2026-01-05"), "2026-01-05"],
    [serial("2026-01-05") + 0.75, "2026-01-05"],
    ["05/01/2026", "2026-01-05"],
    [20_260_105, "2026-01-05"],
  ])("%j is %s", (value, iso) => expect(readDateCell(value, 1900, "dayFirst")).toBe(day(iso)));

  it.each([[true, "notADate"], [60, "fakeLeapDay"], [20_261_399, "notADate"], [-1, "beforeFirstDate"]])("%j is refused: %s", (value, problem) => {
    expect(readDateCell(value, 1900, "dayFirst")).toBe(problem);
  });

  it("reads serials of the 1904 system", () => expect(readDateCell(serial("2026-01-05") - 1462, 1904, "dayFirst")).toBe(day("2026-01-05")));
});

describe("cell readers", () => {
  it.each([[null, true], [undefined, true], ["", true], [" \n", true], [0, false], ["x", false]])("isBlankCell(%j) is %s", (value, blank) => {
    expect(isBlankCell(value)).toBe(blank);
  });

  it.each([["  Acme \n Ltd ", "Acme Ltd"], [1001, "1001"], [628123456789, "628123456789"], [true, "TRUE"], ["", null], [null, null]])(
    "cellText(%j) is %j",
    (value, text) => expect(cellText(value)).toBe(text),
  );

  it.each([[1250, 1250], ["Rp 1.250.000", 1_250_000], [Number.NaN, "notAnAmount"], [1e14, "tooLargeAmount"], [true, "notAnAmount"]])(
    "readAmountCell(%j) is %j",
    (value, amount) => expect(readAmountCell(value, ",")).toBe(amount),
  );

  it.each([[34, 34], ["34", 34], ["-5", -5], ["34 days", 34], ["30 hari", 30], ["12 dienas", 12], ["7 วัน", 7], [2.5, undefined], ["many", undefined], [null, undefined]])(
    "readWholeNumber(%j) is %j",
    (value, number) => expect(readWholeNumber(value)).toBe(number),
  );

  it.each([
    ["25%", "General", 0.25],
    ["12,5%", "General", 0.125],
    [25, "General", 0.25],
    [0.25, "General", 0.25],
    [0.25, "0%", 0.25],
    [1.5, "0%", 1.5],
    [-0.1, "General", -0.1],
    [250, "General", undefined],
    ["high", "General", undefined],
  ])("readRate(%j, %j) is %j", (value, format, rate) => expect(readRate(value, format)).toBe(rate));
});

describe("termsDays", () => {
  it.each([
    ["Net 30", 30],
    ["net30", 30],
    ["N30", 30],
    ["n/45", 45],
    ["2/10 Net 30", 30],
    ["30 days", 30],
    ["30 hari", 30],
    ["Kredit 14 hari", 14],
    ["เครดิต 30 วัน", 30],
    ["60", 60],
    [30, 30],
    ["Due on receipt", 0],
    ["COD", 0],
    ["Tunai", 0],
    ["monthly", null],
    ["End of month", null],
    [-3, null],
    [null, null],
  ])("%j → %j", (terms, days) => expect(termsDays(terms)).toBe(days));
});

describe("classifyRow", () => {
  const layout = rowLayout(["", "Date", "Num", "Due Date", "Open Balance"], {
    invoiceDate: { column: 1 },
    invoice: { column: 2 },
    dueDate: { column: 3 },
    balance: { column: 4 },
  });

  it.each([
    [[], { kind: "blank" }],
    [["", null, "  "], { kind: "blank" }],
    [["", "DATE", "num", "Due  date", "Open Balance"], { kind: "header" }],
    [["Acme Ltd"], { kind: "heading", column: 0, text: "Acme Ltd", customer: "Acme Ltd" }],
    [["", "Customer: Acme Ltd"], { kind: "heading", column: 1, text: "Customer: Acme Ltd", customer: "Acme Ltd" }],
    [["Current"], { kind: "heading", column: 0, text: "Current", customer: null }],
    [["91 or more days past due"], { kind: "heading", column: 0, text: "91 or more days past due", customer: null }],
    [["> 90 days"], { kind: "heading", column: 0, text: "> 90 days", customer: null }],
    [["Belum jatuh tempo"], { kind: "heading", column: 0, text: "Belum jatuh tempo", customer: null }],
    [["Total Solutions Ltd"], { kind: "heading", column: 0, text: "Total Solutions Ltd", customer: "Total Solutions Ltd" }],
    [["Total for Acme Ltd", "", "", "", 1500], { kind: "total", column: 0, text: "Total for Acme Ltd", label: "Acme Ltd", scope: "group" }],
    [["Total Acme Ltd", "", "", "", 1500], { kind: "total", column: 0, text: "Total Acme Ltd", label: "Acme Ltd", scope: "group" }],
    [["Jumlah PT Maju", "", "", "", 1500], { kind: "total", column: 0, text: "Jumlah PT Maju", label: "PT Maju", scope: "group" }],
    [["Kopā SIA Koks", "", "", "", 1500], { kind: "total", column: 0, text: "Kopā SIA Koks", label: "SIA Koks", scope: "group" }],
    [["รวม บริษัท ก", "", "", "", 1500], { kind: "total", column: 0, text: "รวม บริษัท ก", label: "บริษัท ก", scope: "group" }],
    [["Subtotal", "", "", "", 1500], { kind: "total", column: 0, text: "Subtotal", label: null, scope: "group" }],
    [["TOTAL", "", "", "", 1500], { kind: "total", column: 0, text: "TOTAL", label: null, scope: "either" }],
    [["Jumlah", "", "", "", 1500], { kind: "total", column: 0, text: "Jumlah", label: null, scope: "either" }],
    [["Kopā"], { kind: "total", column: 0, text: "Kopā", label: null, scope: "either" }],
    [["รวม", "", "", "", 1500], { kind: "total", column: 0, text: "รวม", label: null, scope: "either" }],
    [["Grand Total:", "", "", "", 1500], { kind: "total", column: 0, text: "Grand Total:", label: null, scope: "sheet" }],
    [["Jumlah total", "", "", "", 1500], { kind: "total", column: 0, text: "Jumlah total", label: null, scope: "sheet" }],
    [["Pavisam kopā", "", "", "", 1500], { kind: "total", column: 0, text: "Pavisam kopā", label: null, scope: "sheet" }],
    [["รวมทั้งสิ้น", "", "", "", 1500], { kind: "total", column: 0, text: "รวมทั้งสิ้น", label: null, scope: "sheet" }],
    [["", "Total for 1 - 30 days", "", "", 150], { kind: "total", column: 1, text: "Total for 1 - 30 days", label: "1 - 30 days", scope: "group" }],
    [["Total for Acme", "", "1001", "", 1500], { kind: "detail" }],
    [["", "", "", "", 1500], { kind: "detail" }],
    [["", "", "INV-9"], { kind: "detail" }],
    [["", "", "", "05/01/2026"], { kind: "detail" }],
    [["Acme", "note"], { kind: "detail" }],
    [[12_345], { kind: "detail" }],
  ])("%j → %j", (row, kind) => expect(classifyRow(row, layout)).toEqual(kind));
});

describe("the ledger reads through the one cell reader, with its column's separator (issue 10)", () => {
  it.each<[unknown, "." | ",", number | undefined]>([
    ["4,5%", ",", 0.045],
    ["4.5%", ".", 0.045],
    ["25 %", ",", 0.25],
    ["$25", ".", undefined],
  ])("readRate(%j) with %j is %j", (value, separator, rate) => expect(readRate(value, "General", separator)).toBe(rate));

  it.each<[unknown, "." | ",", number | "notAnAmount" | "tooLargeAmount"]>([
    ["12.500", ",", 12_500],
    ["12.500", ".", 12.5],
    ["Rp 12.500", ",", 12_500],
    ["9".repeat(32_767), ".", "notAnAmount"],
    [1e14, ".", "tooLargeAmount"],
    [null, ".", "notAnAmount"],
  ])("readAmountCell(%j) with %j is %j", (value, separator, amount) => expect(readAmountCell(value, separator)).toBe(amount));

  it("readWholeNumber stays linear on a long run of spaces", () => {
    expect(readWholeNumber(`34${" ".repeat(32_000)}x`)).toBeUndefined();
    expect(readWholeNumber(" 34 hari ")).toBe(34);
  });
});
