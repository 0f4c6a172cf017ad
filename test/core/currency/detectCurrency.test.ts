import fc from "fast-check";
import { currencyCode } from "../../../src/core/currency/currencyCode";
import { currencyOfAmountText } from "../../../src/core/currency/currencyOfAmountText";
import { currencyOfFormat } from "../../../src/core/currency/currencyOfFormat";
import { currencyOfHeader } from "../../../src/core/currency/currencyOfHeader";
import { currencyReading } from "../../../src/core/currency/currencyReading";
import { detectCurrency, type CurrencyContext, type CurrencyEvidence } from "../../../src/core/currency/detectCurrency";
import { dollarOfPolicy } from "../../../src/core/currency/dollarOfPolicy";
import { headersAreEnglish } from "../../../src/core/currency/englishHeaders";

const english: CurrencyContext = { policyCurrency: "USD", choice: null, englishHeaders: true };
const latvian: CurrencyContext = { ...english, englishHeaders: false };
const amount = (value: unknown, header = "Balance", format: unknown = "General") => ({ value, format, header });

describe("currencyCode: codes, symbols and local names", () => {
  it.each([
    ["Rp", "IDR"], ["Rp.", "IDR"], ["IDR", "IDR"], ["rupiah", "IDR"],
    ["€", "EUR"], ["EUR", "EUR"], ["eur", "EUR"], ["euro", "EUR"], ["eiro", "EUR"],
    ["฿", "THB"], ["บาท", "THB"], ["THB", "THB"], ["baht", "THB"],
    ["£", "GBP"], ["GBP", "GBP"], ["US$", "USD"], ["USD", "USD"], ["Ls", "LVL"], ["S$", "SGD"], ["RM", "MYR"], ["JPY", "JPY"],
  ])("%s → %s", (text, code) => expect(currencyCode(text)).toEqual({ code }));

  it("a bare $ is a dollar the caller settles; words and unknown codes name none", () => {
    expect(currencyCode(" $ ")).toBe("dollar");
    expect(currencyCode("Total")).toBeNull();
    expect(currencyCode("XYZ")).toBeNull();
    expect(currencyCode("")).toBeNull();
  });
});

describe("currencyOfFormat: Excel number formats", () => {
  it.each([
    ["[$€-1809]#,##0.00", "EUR"], ["[$€-x-euro2] #,##0.00", "EUR"], ["[$EUR] #,##0.00", "EUR"], ['"£"#,##0.00', "GBP"], ["\\£#,##0", "GBP"],
    ["[$£-809]#,##0.00;-[$£-809]#,##0.00", "GBP"], ["_-[$Rp-421]* #,##0_-", "IDR"], ['#,##0.00 "฿"', "THB"], ["[$$-409]#,##0.00", "USD"],
    ["[$$-C09]#,##0.00", "AUD"], ["€#,##0.00", "EUR"],
  ])("%s → %s", (format, code) => expect(currencyOfFormat(format)).toEqual({ code }));

  it.each([["$#,##0.00"], ['"$"#,##0.00'], ["[$$-2C0A]#,##0"]])("%s is a bare dollar", (format) => expect(currencyOfFormat(format)).toBe("dollar"));

  it.each([["General"], ["#,##0.00"], ["[$-409]mmm d, yyyy"], ["dd.mm.yyyy"], ['0 "days"'], [""], [null]])("%s names no currency", (format) =>
    expect(currencyOfFormat(format)).toBeNull());
});

describe("currencyOfHeader: amount and balance headers", () => {
  it.each([
    ["Summa EUR", "EUR"], ["Atlikums EUR", "EUR"], ["Jumlah (Rp)", "IDR"], ["ยอดคงเหลือ (บาท)", "THB"], ["ยอดคงเหลือบาท", "THB"],
    ["Amount [£]", "GBP"], ["Balance in IDR", "IDR"], ["€ Balance", "EUR"], ["Sisa Piutang (IDR)", "IDR"],
  ])("%s → %s", (header, code) => expect(currencyOfHeader(header)).toEqual({ code }));

  it("a lower-case word that happens to be a code is not one; '($)' is a bare dollar", () => {
    expect(currencyOfHeader("Balance all")).toBeNull();
    expect(currencyOfHeader("Sisa Piutang")).toBeNull();
    expect(currencyOfHeader("Open Balance ($)")).toBe("dollar");
  });
});

describe("currencyOfAmountText: the amount cell's own text", () => {
  it.each([["Rp 12.500.000", "IDR"], ["1 234,56 €", "EUR"], ["US$ 1,200.00", "USD"], ["(฿3,000)", "THB"], ["EUR 40", "EUR"], ["£1,250.00 CR", "GBP"]])(
    "%s → %s",
    (text, code) => expect(currencyOfAmountText(text)).toEqual({ code }),
  );
  it("plain numbers and text that is no amount name none", () => {
    expect(currencyOfAmountText("1,200.00")).toBeNull();
    expect(currencyOfAmountText("INV 123 EUR")).toBeNull();
    expect(currencyOfAmountText(1200)).toBeNull();
    expect(currencyOfAmountText("$1,200.00")).toBe("dollar");
  });
});

describe("detectCurrency: the issue's order of sources", () => {
  it.each<[string, CurrencyEvidence, CurrencyContext, unknown]>([
    ["a currency column first", { column: { value: "£", header: "Currency" }, amounts: [amount("Rp 100", "Jumlah (Rp)")] }, english, { code: "GBP", source: "column", text: "£" }],
    ["the user's choice over the sheet", { column: null, amounts: [amount(100, "Atlikums EUR")] }, { ...latvian, choice: "USD" }, { code: "USD", source: "choice" }],
    ["a currency column over the choice", { column: { value: "EUR", header: "Valūta" }, amounts: [amount(100)] }, { ...latvian, choice: "USD" }, { code: "EUR", source: "column" }],
    ["a blank currency cell falls through", { column: { value: "", header: "Currency" }, amounts: [amount(100, "Atlikums EUR")] }, latvian, { code: "EUR", source: "header" }],
    ["the cell's text", { column: null, amounts: [amount("Rp 12.500.000", "Sisa Piutang"), amount("Rp 12.500.000", "Jumlah (Rp)")] }, latvian, { code: "IDR", source: "cell", text: "Rp 12.500.000" }],
    ["the cell's number format", { column: null, amounts: [amount(7150, "Outstanding", "[$€-1809]#,##0.00")] }, english, { code: "EUR", source: "format" }],
    ["the text before the format", { column: null, amounts: [amount("£10", "Outstanding", "[$€-1809]#,##0.00")] }, english, { code: "GBP", source: "cell" }],
    ["the header", { column: null, amounts: [amount(18000, "Sisa Piutang"), amount(28000, "Jumlah (Rp)")] }, latvian, { code: "IDR", source: "header", text: "Jumlah (Rp)" }],
    ["the policy last", { column: null, amounts: [amount(100, "Balance")] }, { ...english, policyCurrency: "THB" }, { code: "THB", source: "policy" }],
    ["a bare $ on an English sheet: the policy's dollar", { column: null, amounts: [amount(100, "Open Balance", '"$"#,##0.00')] }, english, { code: "USD", source: "format", dollar: true }],
    ["a bare $ with a dollar policy", { column: null, amounts: [amount("$100", "Amount")] }, { ...english, policyCurrency: "SGD" }, { code: "SGD", source: "cell", dollar: true }],
    ["a bare $ chosen by the user on a Latvian sheet", { column: null, amounts: [amount("$100", "Amount")] }, { ...latvian, choice: "USD" }, { code: "USD", source: "choice" }],
  ])("%s", (_, evidence, context, expected) => expect(detectCurrency(evidence, context)).toMatchObject({ ok: true, ...(expected as object) }));

  it.each<[string, CurrencyEvidence, unknown]>([
    ["an 'Amount' header with '$' cells on a Latvian sheet is asked", { column: null, amounts: [amount("$100", "Amount")] }, { reason: "dollarQuestion", text: "$100" }],
    ["a '$' format on a Latvian sheet is asked", { column: null, amounts: [amount(100, "Amount", "$#,##0.00")] }, { reason: "dollarQuestion" }],
    ["a '$' in a currency column on a Latvian sheet is asked", { column: { value: "$", header: "Valūta" }, amounts: [amount(100)] }, { reason: "dollarQuestion" }],
    ["a currency column naming none is refused", { column: { value: "dollars?", header: "Valūta" }, amounts: [amount(100)] }, { reason: "unknownCurrency", text: "dollars?" }],
  ])("%s", (_, evidence, expected) => expect(detectCurrency(evidence, latvian)).toMatchObject({ ok: false, ...(expected as object) }));

  it("never throws and always answers an ISO code or a reason, whatever the cells hold (property)", () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.constantFrom("$", "Rp 1.000", "€", "£ 5", "บาท", null, undefined, true));
    fc.assert(
      fc.property(cell, cell, fc.string(), fc.boolean(), (column, value, header, englishHeaders) => {
        const detection = detectCurrency({ column: { value: column, header: "Currency" }, amounts: [{ value, format: header, header }] }, { ...english, englishHeaders });
        return detection.ok ? /^[A-Z]{3}$/.test(detection.code) : detection.reason === "unknownCurrency" || detection.reason === "dollarQuestion";
      }),
      { seed: 20261123, numRuns: 500 },
    );
  });
});

describe("headersAreEnglish and dollarOfPolicy", () => {
  it.each([
    [["Customer", "Invoice", "Due date", "Amount"], true],
    [["Date", "Transaction Type", "Num", "Customer", "Due Date", "Past Due", "Amount", "Open Balance"], true],
    [["Klients", "Rēķina nr.", "Apmaksas termiņš", "Amount"], false],
    [["Pelanggan", "Jatuh Tempo", "Amount"], false],
    [["ลูกค้า", "Amount"], false],
  ])("%j → %s", (headers, expected) => expect(headersAreEnglish(headers)).toBe(expected));

  it.each([["USD", "USD"], ["SGD", "SGD"], ["AUD", "AUD"], ["EUR", "USD"], ["IDR", "USD"]])("policy %s: '$' is %s", (policy, code) =>
    expect(dollarOfPolicy(policy)).toBe(code));
});

describe("currencyReading: the sentence the mapping step and the CLI show", () => {
  it("names the one currency and its source", () => {
    expect(currencyReading([{ ok: true, code: "EUR", source: "header", text: "Atlikums EUR", header: "Atlikums EUR", dollar: false }]).sentence).toBe("Currency: EUR, from the header 'Atlikums EUR'");
  });
  it("lists several currencies, most invoices first, and says they are not added", () => {
    const reading = currencyReading([
      { ok: true, code: "GBP", source: "format", text: '"£"#,##0.00', header: "Outstanding", dollar: false },
      { ok: true, code: "EUR", source: "format", text: "[$€-1809]#,##0.00", header: "Outstanding", dollar: false },
      { ok: true, code: "GBP", source: "format", text: '"£"#,##0.00', header: "Outstanding", dollar: false },
    ]);
    expect(reading.currencies.map((use) => [use.code, use.invoices])).toEqual([["GBP", 2], ["EUR", 1]]);
    expect(reading.sentence).toBe(
      `Currencies, never added together: GBP (2 invoices) from the number format of 'Outstanding' ('"£"#,##0.00'); EUR (1 invoice) from the number format of 'Outstanding' ('[$€-1809]#,##0.00')`,
    );
  });
  it("says visibly that a bare $ was read as the policy's dollar", () => {
    expect(currencyReading([{ ok: true, code: "USD", source: "format", text: '"$"#,##0.00', header: "Open Balance", dollar: true }]).sentence).toBe(
      `Currency: USD, from the number format of 'Open Balance' ('"$"#,##0.00') ('$' read as USD, the policy's dollar)`,
    );
  });
  it("asks when a bare $ stands on a sheet that is not English", () => {
    expect(currencyReading([{ ok: false, reason: "dollarQuestion", text: "$100" }]).question).toMatch(/^Which currency is '\$'\?/);
  });
});
