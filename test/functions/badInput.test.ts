import { dayOfLocalDate } from "../../src/core/days";
import { loadRegistry, outcome, type Registry } from "../support/registry";

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

const AS_OF = 46057; // 2026-02-04
const NA = new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable);
const valueError = (text: string) => ({ code: "#VALUE!", message: text });

describe("nonsense gets #VALUE! with a message that names the argument and why", () => {
  it.each([
    ["DAYSOVERDUE", ["next week", AS_OF], 'dueDate is not a date: use an Excel date or yyyy-mm-dd text'],
    ["DAYSOVERDUE", [null, AS_OF], "dueDate is required"],
    ["DAYSOVERDUE", [-3, AS_OF], "dueDate 1899-12-27 is before 1900, Excel's first date"],
    ["DAYSOVERDUE", [-29, AS_OF], "dueDate 1899-12-01 is before 1900, Excel's first date"],
    ["DAYSOVERDUE", [3e6, AS_OF], "dueDate 3000000 is after 9999-12-31, Excel's last date"],
    ["DAYSOVERDUE", ["1899-12-31", AS_OF], 'dueDate "1899-12-31" is before 1900, Excel\'s first date'],
    ["DAYSOVERDUE", [60, AS_OF], "dueDate is serial 60, Excel's fictitious 29 Feb 1900"],
    ["DAYSOVERDUE", [true, AS_OF], "dueDate must be a date, not TRUE"],
    ["DAYSOVERDUE", [[[46023, 46024]], AS_OF], "dueDate must be a single cell, not a range"],
    ["DAYSOVERDUE", [46023, "tomorrow"], "asOf is not a date"],
    ["AGINGBUCKET", ["old"], 'daysOverdue must be a number, not "old"'],
    ["AGINGBUCKET", [40, [[60], [30]]], "edges must be whole numbers of days above 0, in increasing order"],
    ["AGINGBUCKET", [40, [["thirty"]]], "edges must be whole numbers"],
    ["NEXTACTION", [46023, "lots", 0, null, null, null, AS_OF], 'balance must be a number, not "lots"'],
    ["NEXTACTION", [46023, 100, -1, null, null, null, AS_OF], "remindersSent must not be negative"],
    ["NEXTACTION", [46023, 100, 1.5, null, null, null, AS_OF], "remindersSent must be a whole number"],
    ["NEXTACTION", [46023, 100, 0, "last week", null, null, AS_OF], "lastContact is not a date"],
    ["NEXTACTION", [46023, 100, 0, null, "angry", null, AS_OF], 'status has an unknown word "angry"'],
    ["NEXTACTION", [46023, 100, 0, null, 42, null, AS_OF], "status must be text, not 42"],
    ["NEXTACTION", [46023, 100, 0, null, null, "soon", AS_OF], "promiseDate is not a date"],
    ["NEXTACTION", [46023, 100, 0, null, null, null, AS_OF, [["graceDays", -5]]], "policy setting graceDays must not be negative"],
    ["NEXTACTION", [46023, 100, 0, null, null, null, AS_OF, [["patience", 5]]], 'policy has an unknown setting "patience"'],
    ["ACTIONREASON", [46023, 100, 0, null, null, null, AS_OF, [["graceDays"]]], "policy must be a range of two columns"],
    ["NEXTCONTACT", ["2026-02-30", 100], "dueDate is not a date"],
    ["SETTLEOFFER", [1000, 60, 1.5], "margin must be a rate from 0 to 1"],
    ["COLLECTPROB", [[[1, 2]]], "daysOverdue must be a single cell, not a range"],
    ["AGENCYNET", [1000, 30, [["agencyFeeRate", "half"]]], 'policy setting agencyFeeRate must be a number, not "half"'],
    ["AGENCYNET", [1e308, 30], "balance 1e+308 is above the largest amount the desk accepts (10,000,000,000,000)"],
    ["SETTLEOFFER", [1e15, 30], "balance 1,000,000,000,000,000 is above the largest amount the desk accepts (10,000,000,000,000)"],
    ["PAYMENTPLAN", [1e308, 3, 46053], "is above the largest amount the desk accepts"],
    ["PAYMENTPLAN", [1000, -2, 46053], "instalments must be greater than 0"],
    ["PAYMENTPLAN", [1000, 2.5, 46053], "instalments must be a whole number"],
    ["PAYMENTPLAN", [1000, 400, 46053], "instalments must be at most 360"],
    ["PAYMENTPLAN", [0, 3, 46053], "balance must be greater than 0"],
    ["PAYMENTPLAN", [1000, 3, null], "firstDate is required"],
    ["PAYMENTPLAN", [1000, 3, 46053, "fortnight-ish"], 'interval must be a number of days or "monthly"'],
    // issue 13: values the fuzzer found that gave NaN, -Infinity, "failed to compute" or dates past 9999.
    ["SETTLEOFFER", [1000, 60, null, [["roundTo", "9".repeat(400)]]], "policy setting roundTo must be a number"],
    ["SETTLEOFFER", [1000, 60, null, [["roundTo", 1e308]]], "policy setting roundTo is above the largest amount the desk accepts (10,000,000,000,000)"],
    ["AGENCYNET", [1000, 60, [["collectionCost", 1e308]]], "policy setting collectionCost is above the largest amount the desk accepts (10,000,000,000,000)"],
    ["NEXTACTION", [46023, 100, 0, null, null, null, AS_OF, [["graceDays", 1e9], ["settlementDays", 1e9]]], "policy setting graceDays must be at most 36,500 days"],
    ["NEXTCONTACT", [2_958_465, 100, 0, null, null, null, 2_958_465], "the resulting date is after 31 Dec 9999"],
    ["PAYMENTPLAN", [1000, 3, 2_958_465], "the resulting date is after 31 Dec 9999"],
    ["AGINGBUCKET", ["9".repeat(32_766)], "daysOverdue must be a number"],
    ["AGINGBUCKET", [1e9], "daysOverdue must be at most 2958465"],
    ["COLLECTPROB", [-1e9], "daysOverdue must be at least -2958465"],
    // issue 10: a lone separator before three digits of an amount, with no currency to decide it.
    ["SETTLEOFFER", ["12.500", 10], "balance is ambiguous"],
  ])("AR.%s(%j) → %s", (id, args, message) => {
    expect(outcome(() => registry.call(id, ...args))).toEqual(valueError(expect.stringContaining(message) as unknown as string));
  });
});

describe("what Excel hands over is read as a user means it", () => {
  it("an omitted as-of date is today on the user's clock", () => {
    const today = dayOfLocalDate(new Date()) + 25_569;
    expect(registry.call("DAYSOVERDUE", today - 10)).toBe(10);
  });

  it("numbers stored as text, percentages as text in a policy, a 1×1 range", () => {
    expect(registry.call("SETTLEOFFER", "10,000", "120")).toBe(5000);
    expect(registry.call("AGENCYNET", 10_000, 90, [["agencyFeeRate", "25%"]])).toBeCloseTo(5170, 9);
    expect(registry.call("DAYSOVERDUE", [[46023]], AS_OF)).toBe(34);
  });

  it("desktop's 0 for an empty optional cell is blank; the web's null too", () => {
    expect(registry.call("NEXTACTION", 46023, 1200, 0, 0, 0, 0, AS_OF)).toBe("Reminder");
    expect(registry.call("NEXTACTION", 46023, 1200, null, null, null, null, AS_OF)).toBe("Reminder");
  });

  it("a 1904-system workbook, told by its policy", () => {
    const policy = [["dateSystem", 1904]];
    expect(registry.call("DAYSOVERDUE", 46023 - 1462, AS_OF - 1462, policy)).toBe(34);
    expect(registry.call("NEXTCONTACT", 46023 - 1462, 1200, 0, null, null, null, AS_OF - 1462, policy)).toBe(AS_OF - 1462);
  });

  it("text dates other than yyyy-mm-dd only with the policy's dateOrder: never guessed", () => {
    expect(outcome(() => registry.call("DAYSOVERDUE", "04/02/2026", AS_OF))).toEqual(valueError(expect.stringContaining("dueDate is not a date") as unknown as string));
    expect(registry.call("DAYSOVERDUE", "04/01/2026", AS_OF, [["dateOrder", "dayFirst"]])).toBe(31); // 4 Jan
    expect(registry.call("DAYSOVERDUE", "01/04/2026", AS_OF, [["dateOrder", "monthFirst"]])).toBe(31);
    expect(registry.call("DAYSOVERDUE", "4 Januari 2026", AS_OF, [["dateOrder", "dayFirst"]])).toBe(31);
    expect(registry.call("NEXTACTION", "04/01/2026", "Rp 1.250.000", 0, null, null, null, "04/02/2026", [["dateOrder", "dmy"], ["decimalSeparator", ","]])).toBe("Reminder");
  });

  it("text numbers in the sheet's convention, one reader for every argument (issue 10)", () => {
    expect(registry.call("AGINGBUCKET", "31,5")).toBe("31-60"); // was 315 days: "120+"
    expect(registry.call("SETTLEOFFER", 1000, 75, "4%")).toBe(960); // "4%" was refused as a margin
    expect(registry.call("SETTLEOFFER", 1000, 75, 0.04)).toBe(960);
    expect(registry.call("SETTLEOFFER", "Rp 12.500", 10)).toBe(12_500); // was read as 12.5 under the default policy
    expect(registry.call("SETTLEOFFER", "12.500", 10, null, [["currency", "IDR"]])).toBe(12_500);
    expect(registry.call("SETTLEOFFER", "10,000", 10)).toBe(10_000);
    expect(registry.call("SETTLEOFFER", "12.50", 10)).toBe(12.5);
    expect(registry.call("AGENCYNET", 10_000, 90, [["agencyFeeRate", "25,5%"], ["decimalSeparator", ","]])).toBeCloseTo(10_000 * 0.696 * 0.745 - 50, 6);
  });

  it("text amounts with the policy's decimal separator", () => {
    expect(registry.call("SETTLEOFFER", "Rp 1.250.000", 10, null, [["decimalSeparator", ","]])).toBe(1_250_000);
    expect(registry.call("AGENCYNET", "(1,000.00)", 90)).toBe(0); // a credit note: nothing to collect
    expect(registry.call("AGENCYNET", "1,000.00", 90)).toBeCloseTo(437.2, 9);
    expect(registry.call("SETTLEOFFER", "1 234,56 €", 10, null, [["decimalSeparator", "comma"]])).toBe(1234.56);
  });

  it("refuses a dateOrder or decimalSeparator it does not know", () => {
    expect(outcome(() => registry.call("DAYSOVERDUE", 46023, AS_OF, [["dateOrder", "sideways"]]))).toEqual(
      valueError("policy setting dateOrder must be iso, dayFirst or monthFirst"),
    );
    expect(outcome(() => registry.call("SETTLEOFFER", 100, 10, null, [["decimalSeparator", ";"]]))).toEqual(valueError('policy setting decimalSeparator must be "." or ","'));
  });

  it("a blank for no next contact when nothing is owed", () => {
    expect(registry.call("NEXTCONTACT", 46023, 0, 0, null, null, null, AS_OF)).toBe("");
  });
});

describe("never a JavaScript exception, never NaN", () => {
  const garbage: unknown[] = [null, "", 0, -1, 1e308, Number.NaN, "abc", "2026-02-30", true, NA, [[1, 2], [3, 4]], [[]], {}];
  const valid: Record<string, unknown[]> = {
    DAYSOVERDUE: [46023, AS_OF, null],
    AGINGBUCKET: [34, null],
    NEXTACTION: [46023, 1200, 1, 46040, "hardship", null, AS_OF, null],
    ACTIONREASON: [46023, 1200, 1, 46040, "hardship", null, AS_OF, null],
    NEXTCONTACT: [46023, 1200, 1, 46040, "hardship", null, AS_OF, null],
    SETTLEOFFER: [1000, 75, 0.2, null],
    COLLECTPROB: [75, null],
    AGENCYNET: [1000, 75, null],
    PAYMENTPLAN: [1000, 3, 46053, null, null],
  };

  it.each(Object.keys(valid))("AR.%s with garbage in every argument", (id) => {
    const args = valid[id] ?? [];
    for (let position = 0; position < args.length; position += 1) {
      for (const value of garbage) {
        const trial = args.map((arg, i) => (i === position ? value : arg));
        const result = outcome(() => registry.call(id, ...trial));
        const label = `AR.${id} argument ${position + 1} = ${JSON.stringify(value)}`;
        if (typeof result === "object" && result !== null && "code" in result) {
          // An input's own error (#N/A) is passed on, as Excel's own functions do.
          const code = value === NA ? "#N/A" : "#VALUE!";
          expect({ label, result }).toEqual({ label, result: { code, message: expect.any(String) as unknown } });
          expect((result as unknown as { message: string }).message).not.toMatch(/failed to compute/);
        } else {
          expect({ label, ok: isCellValue(result) }).toEqual({ label, ok: true });
        }
      }
    }
  });
});

function isCellValue(value: unknown): boolean {
  if (typeof value === "string") return true;
  if (typeof value === "number") return Number.isFinite(value);
  return Array.isArray(value) && value.every((row) => Array.isArray(row) && row.every(isCellValue));
}
