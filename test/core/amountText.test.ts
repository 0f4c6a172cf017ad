import { decimalEvidence, readAmountText } from "../../src/core/amountText";
import { inferDecimalSeparator } from "../../src/core/decimalSeparator";

describe("readAmountText", () => {
  it.each([
    ["$1,234.56", 1234.56],
    ["1234.5", 1234.5],
    ["1.234.567,89", 1234567.89],
    ["Rp 1.234.567", 1234567],
    ["Rp. 1.250.000", 1250000],
    ["IDR 1.250.000,50", 1250000.5],
    ["1 234,56 €", 1234.56],
    ["1\u00a0234,56", 1234.56],
    ["1\u202f234,56 EUR", 1234.56],
    ["฿1,234.00", 1234],
    ["1,234.00 บาท", 1234],
    ["(1,234.00)", -1234],
    ["($1,234.00)", -1234],
    ["1,234.00-", -1234],
    ["-1,234", -1234],
    ["−1,234", -1234],
    ["$-12", -12],
    ["1,234.00 CR", -1234],
    ["USD 10,000", 10000],
    ["10,000 USD", 10000],
    ["1,5", 1.5],
    ["12,34", 12.34],
    ["0,123", 0.123],
    ["1234,567", 1234.567],
    [".5", 0.5],
    ["0", 0],
    ["(0)", 0],
    ["1'234.50", 1234.5],
  ])("%j is %d", (text, amount) => expect(readAmountText(text)).toBe(amount));

  it.each([["INV123"], ["abc"], [""], ["-"], ["(5"], ["1.234.56"], ["12 34"], ["1,2,3"], ["5 Jan 2026"], ["1e5"], ["99999999999999"]])(
    "%j is not an amount",
    (text) => expect(readAmountText(text)).toBe("notAnAmount"),
  );

  it.each([
    ["1.234", ".", 1.234],
    ["1.234", ",", 1234],
    ["1,234", ".", 1234],
    ["1,234", ",", 1.234],
    ["-1,234", ",", -1.234],
    ["Rp 1.250", ",", 1250],
  ])("%j with decimal %j is %d", (text, separator, amount) => expect(readAmountText(text, separator as "." | ",")).toBe(amount));
});

describe("decimalEvidence", () => {
  it.each([
    ["1.234.567", ","],
    ["1.234,5", ","],
    ["1,5", ","],
    ["$1,234.56", "."],
    ["1,234,567", "."],
    ["0.5", "."],
    ["1.234", null],
    ["1,234", null],
    ["100", null],
    ["1 234", null],
    ["n/a", null],
  ])("%j proves %j", (text, separator) => expect(decimalEvidence(text)).toBe(separator));
});

describe("inferDecimalSeparator", () => {
  it.each([
    [["Rp 1.250.000", "1.250"], undefined, { separator: ",", basis: "inferred", conflicting: false }],
    [["1,250.00", "1.250"], undefined, { separator: ".", basis: "inferred", conflicting: false }],
    [["1.250", "2.500"], undefined, { separator: ".", basis: "assumed", conflicting: false }],
    [["1.250", "2.500"], ",", { separator: ",", basis: "told", conflicting: false }],
    [["1,5", "2,5", "3.5"], undefined, { separator: ",", basis: "inferred", conflicting: true }],
    [["1,5", "3.5"], ".", { separator: ".", basis: "told", conflicting: true }],
    [["1,5"], ".", { separator: ",", basis: "inferred", conflicting: false }],
    [["Rp 750.000", "Rp 1.500"], undefined, { separator: ",", basis: "inferred", conflicting: false }],
    [["IDR 750.000"], undefined, { separator: ",", basis: "inferred", conflicting: false }],
    [["Rp 750.000"], ".", { separator: ".", basis: "told", conflicting: false }],
  ])("%j (told %j) → %j", (texts, told, reading) => {
    expect(inferDecimalSeparator(texts, told as "." | "," | undefined)).toEqual(reading);
  });
});
