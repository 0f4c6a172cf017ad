import fc from "fast-check";
import { readNumberCell, type NumberKind, type NumberRules } from "../../src/core/cellNumber";

const point: NumberRules = { separator: "." };
const comma: NumberRules = { separator: "," };
const single: NumberRules = { separator: ".", scope: "single" };
const singleComma: NumberRules = { separator: ",", scope: "single" };

describe("readNumberCell: one reader for the functions, the ledger and the policy", () => {
  it.each<[unknown, NumberKind, NumberRules, unknown]>([
    // issue 10: AGINGBUCKET("31,5") read 315 days; a lone comma before one digit is a decimal comma.
    ["31,5", "number", point, 31.5],
    ["31,5", "number", comma, 31.5],
    ["1,250", "number", point, 1250],
    ["1.250", "number", comma, 1250],
    ["1.250", "number", point, 1.25],
    [" 14 ", "number", point, 14],
    ["-3", "number", point, -3],
    ["$31", "number", point, "notANumber"],
    ["(31)", "number", point, "notANumber"],
    ["31%", "number", point, "notANumber"],
    // issue 10: "4%" was refused as a margin but accepted in the policy.
    ["4%", "rate", point, 0.04],
    ["4,5%", "rate", comma, 0.045],
    ["12.5 %", "rate", point, 0.125],
    [0.25, "rate", point, 0.25],
    // issue 10: under the default policy "Rp 12.500" was read as 12.5.
    ["Rp 12.500", "amount", single, 12500],
    ["Rp 12.500", "amount", singleComma, 12500],
    // "¥" is written by the yen (no minor unit) and the yuan (two): one amount "12.500" stays a question.
    ["¥12.500", "amount", single, "ambiguousSeparator"],
    ["JPY 12.500", "amount", single, 12500],
    ["IDR 1.250", "amount", single, 1250],
    ["12.500", "amount", { ...single, currency: "KWD" }, 12.5],
    ["12.500", "amount", { ...single, currency: "IDR" }, 12500],
    ["12.500", "amount", single, "ambiguousSeparator"],
    ["€12,500", "amount", singleComma, "ambiguousSeparator"],
    ["€12,500", "amount", single, 12500],
    ["12.500", "amount", singleComma, 12500],
    ["12.50", "amount", single, 12.5],
    ["12.500,00", "amount", single, 12500],
    ["1.234.567", "amount", single, 1234567],
    // A column's separator was inferred from the column: it decides.
    ["12.500", "amount", point, 12.5],
    ["12.500", "amount", comma, 12500],
    ["(1.234,56) EUR", "amount", comma, -1234.56],
    ["1 234,56 €", "amount", comma, 1234.56],
    ["1,234.00 CR", "amount", point, -1234],
    ["99.999.999.999.999", "amount", comma, "tooLargeAmount"],
    [1e14, "amount", point, "tooLargeAmount"],
    [1e14, "number", point, 1e14],
    [Infinity, "number", point, "notANumber"],
    [NaN, "rate", point, "notANumber"],
    [null, "amount", point, null],
    [undefined, "number", point, null],
    ["", "rate", point, null],
    ["   ", "amount", point, null],
    [0, "amount", point, 0],
    [true, "number", point, "notANumber"],
    [{ type: "Double", basicValue: 3 }, "number", point, "notANumber"],
    ["INV123", "amount", point, "notANumber"],
    ["1e5", "number", point, "notANumber"],
    ["9".repeat(32_767), "number", point, "notANumber"],
    ["9".repeat(32_767), "amount", single, "notANumber"],
  ])("%j as %s %j → %j", (value, kind, rules, expected) => {
    expect(readNumberCell(value, kind, rules)).toBe(expected);
  });

  const kinds = fc.constantFrom<NumberKind>("number", "amount", "rate");
  const rules = fc.record({ separator: fc.constantFrom<"." | ",">(".", ","), scope: fc.constantFrom<"column" | "single">("column", "single"), currency: fc.constantFrom("USD", "IDR", "KWD", "XYZ", "EUR") });
  const numberish = fc.stringMatching(/^[-+( ]{0,2}(?:Rp|\$|€|IDR)? ?[0-9.,' ]{0,24}%?(?: CR|\))?$/);
  const anyCell = fc.oneof(fc.string(), numberish, fc.double(), fc.constant(null), fc.boolean(), fc.constant(undefined));

  it("any cell is a finite number, null, or a named problem: never a throw or NaN", () => {
    fc.assert(
      fc.property(anyCell, kinds, rules, (value, kind, rule) => {
        const read = readNumberCell(value, kind, rule);
        if (typeof read === "number") expect(Number.isFinite(read)).toBe(true);
        else expect([null, "notANumber", "ambiguousSeparator", "tooLargeAmount"]).toContain(read);
      }),
      { seed: 20261202, numRuns: 20_000 },
    );
  });

  it("a number written with grouping in either convention reads back as itself", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom<"." | ",">(".", ","), (whole, cents, separator) => {
        const group = separator === "." ? "," : ".";
        const text = `${whole.toLocaleString("en-US").replace(/,/g, group)}${separator}${String(cents).padStart(2, "0")}`;
        expect(readNumberCell(text, "amount", { separator, scope: "single" })).toBeCloseTo(whole + cents / 100, 6);
      }),
      { seed: 20261202, numRuns: 5_000 },
    );
  });
});
