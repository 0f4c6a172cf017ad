/*
 * The hostile corpus's fuzzed values (test/fixtures/hostile/fuzzed-values.xlsx) once read
 * "Balance -1e+308 is above the largest amount" and "Invoice Date NaN is before 1900" (a serial of
 * 1e9 reaches the desk as NaN: no JavaScript Date holds it). Each message says what the cell holds.
 */
import { amountLimitMessage, dateMessage } from "../../src/core/cellMessages";
import { ledgerMessages } from "../../src/core/ledgerProblems";
import { quoted } from "../../src/core/problems";

describe("messages for values past the desk's limits", () => {
  it.each([
    [1e15, "Balance 1,000,000,000,000,000 is above the largest amount the desk accepts (10,000,000,000,000)"],
    [1e308, "Balance 1e+308 is above the largest amount the desk accepts (10,000,000,000,000)"],
    [-1e15, "Balance -1,000,000,000,000,000 is below the smallest amount the desk accepts (-10,000,000,000,000)"],
    [-1e308, "Balance -1e+308 is below the smallest amount the desk accepts (-10,000,000,000,000)"],
  ])("an amount of %s", (value, message) => {
    expect(amountLimitMessage("Balance", value)).toBe(message);
  });

  it("a date serial no Date can hold (NaN) is named as such, not as a date before 1900", () => {
    expect(dateMessage("Invoice Date", Number.NaN, "beforeFirstDate", 1900)).toBe("Invoice Date is a number too far from any date to be one");
    expect(dateMessage("Due date", -29, "beforeFirstDate", 1900)).toBe("Due date 1899-12-01 is before 1900, Excel's first date");
  });

  it("a 32,767-character invoice number, currency or name is quoted in part, not whole", () => {
    const long = "9".repeat(32_767);
    const messages = [ledgerMessages.duplicateInvoice(long, 6, [long]), ledgerMessages.duplicateInvoice(long, 2, [long, "Acme"]), ledgerMessages.unknownCurrency("Currency", long), quoted.unknownChannel(long, "email")];
    for (const message of messages) {
      expect(message.length).toBeLessThan(200);
      expect(message).toContain('"9999999999999999999999999999999999999..."');
    }
    expect(quoted.unknownStatus(long).length).toBeLessThan(400); // the catalog's own explanation is long
    expect(ledgerMessages.duplicateInvoice("INV-1", 2, ["Acme"])).toBe('invoice number "INV-1" appears 2 times for Acme: is it counted twice?');
  });
});
