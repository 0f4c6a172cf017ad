import fc from "fast-check";
import { findHeaderRow, mapHeaderRow } from "../../src/core/columns";
import { headerLanguage } from "../../src/core/headerLanguage";
import { chooseLetterLanguage, describeLetterLanguage } from "../../src/core/letterLanguage";

/** The language of a header row as the header search maps it. */
function languageOfRow(headers: readonly string[]) {
  return headerLanguage(headers, mapHeaderRow(headers).mapping);
}

describe("headerLanguage: the language whose synonyms the headers matched", () => {
  it.each([
    [["Pelanggan", "No. Faktur", "Tgl Faktur", "Jatuh Tempo", "Jumlah (Rp)", "Sisa Piutang", "Surel", "Keterangan"], "id"],
    [["Klients", "Rēķina nr.", "Rēķina datums", "Apmaksas termiņš", "Summa EUR", "Atlikums EUR", "E-pasts", "Piezīmes"], "lv"],
    [["ลูกค้า", "เลขที่ใบแจ้งหนี้", "วันที่", "วันครบกำหนด", "จำนวนเงิน", "ยอดคงเหลือ (บาท)", "อีเมล", "หมายเหตุ"], "th"],
    [["Date", "Transaction Type", "Num", "Customer", "Due Date", "Past Due", "Amount", "Open Balance", "Memo/Description"], "en"],
    // Local exports keep English words ("Email", "Status"): the local ones still decide.
    [["Pelanggan", "Jatuh Tempo", "Sisa Piutang", "Email", "Status"], "id"],
    // A tie between English and a local language goes to the local one.
    [["Klients", "Apmaksas termiņš", "Amount", "Email"], "lv"],
  ] as const)("%j → %s", (headers, language) => {
    expect(languageOfRow(headers)).toBe(language);
  });

  it("words several languages share prove nothing: null, and the letters fall back to English", () => {
    const headers = ["Nama", "Total", "Saldo"];
    expect(headerLanguage(headers, { customer: { column: 0 }, amount: { column: 1 }, balance: { column: 2 } })).toBe("id");
    expect(headerLanguage(["Total", "Saldo"], { amount: { column: 0 }, balance: { column: 1 } })).toBeNull();
    expect(chooseLetterLanguage({ option: null, policy: "auto", headers: null, column: null }).language).toBe("en");
  });

  it("findHeaderRow reports the language it matched in", () => {
    const found = findHeaderRow([["PT Sinar Abadi"], ["Per 23 Nov 2026"], [], ["Pelanggan", "No. Faktur", "Jatuh Tempo", "Sisa Piutang"]]);
    expect(found.ok && found.language).toBe("id");
  });

  it("any header row: null or one of the four languages, and text no synonym names never changes it", () => {
    const header = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("Klients", "Pelanggan", "Customer", "ลูกค้า", "Jatuh Tempo", "Due date", "Saldo", "Total"));
    fc.assert(
      fc.property(fc.array(header, { maxLength: 10 }), (headers) => {
        const language = languageOfRow(headers);
        expect([null, "en", "id", "lv", "th"]).toContain(language);
        const mapping = mapHeaderRow(headers).mapping;
        expect(headerLanguage([...headers, "zzqx 123"], mapping)).toBe(language);
      }),
      { seed: 10, numRuns: 300 },
    );
  });
});

describe("chooseLetterLanguage: --lang, then the policy, then the headers, then English", () => {
  it.each([
    [{ option: "th", policy: "lv", headers: "id", column: null }, "th", "option"],
    [{ option: null, policy: "lv", headers: "id", column: null }, "lv", "policy"],
    [{ option: null, policy: "auto", headers: "id", column: null }, "id", "headers"],
    [{ option: null, policy: "auto", headers: null, column: null }, "en", "default"],
  ] as const)("%j → %s from %s", (evidence, language, source) => {
    expect(chooseLetterLanguage(evidence)).toEqual({ language, source, column: null });
  });

  it.each([
    [{ language: "id", source: "headers", column: null }, "Letters in Indonesian, from the sheet's headers"],
    [{ language: "th", source: "option", column: null }, "Letters in Thai, as --lang says"],
    [{ language: "lv", source: "policy", column: "Valoda" }, "Letters in each customer's language from the column 'Valoda'; the others in Latvian, as the policy's language setting says"],
  ] as const)("says which and why: %j", (choice, sentence) => {
    expect(describeLetterLanguage(choice)).toBe(sentence);
  });
});
