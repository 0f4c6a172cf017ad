import { columnSynonyms, fields, type Field, type HeaderLanguage } from "../../src/core/columnSynonyms";
import { foldHeaderText, foldLatinText, headerMatches } from "../../src/core/headerText";

const languages: readonly HeaderLanguage[] = ["en", "id", "lv", "th"];
const everySynonym = fields.flatMap((field) =>
  languages.flatMap((language) => columnSynonyms[field][language].map((synonym) => [language, synonym, field] as const)),
);

describe("foldHeaderText", () => {
  it.each([
    [" Open\nBalance (IDR): ", "open balance"],
    ["Rēķina Nr.", "rekina nr"],
    ["DUE  DATE\r\n(dd/mm/yyyy)", "due date"],
    ["Margin %", "margin"],
    ["No. Faktur", "no faktur"],
    ["Invoice#", "invoice #"],
    ["E-mail:", "e mail"],
    ["Co./Last Name", "co last name"],
    ["ยอดคงค้าง (บาท)", "ยอดคงค้าง"],
    ["Sisa Tagihan [Rp]", "sisa tagihan"],
  ])("%j folds to %j", (text, folded) => expect(foldHeaderText(text)).toBe(folded));

  it("keeps Thai vowel and tone marks", () => expect(foldLatinText("วันครบกำหนด")).toBe("วันครบกำหนด"));
});

describe("the synonym table", () => {
  it.each(everySynonym)("%s %j is an exact match for %s", (_language, synonym, field) => {
    expect(headerMatches(synonym)[0]).toMatchObject({ field, confidence: 1 });
  });

  it("names each folded synonym for one field only", () => {
    const owners = new Map<string, Set<Field>>();
    for (const [, synonym, field] of everySynonym) {
      const folded = foldHeaderText(synonym);
      owners.set(folded, (owners.get(folded) ?? new Set()).add(field));
    }
    expect([...owners].filter(([, owner]) => owner.size > 1)).toEqual([]);
  });

  it.each(languages)("has %s words for the required fields", (language) => {
    for (const field of ["customer", "invoice", "dueDate", "balance", "email"] as const) {
      expect(columnSynonyms[field][language].length).toBeGreaterThan(0);
    }
  });
});

describe("headerMatches", () => {
  it.each([
    ["Customer", "customer", 1],
    ["PELANGGAN", "customer", 1],
    ["Klients", "customer", 1],
    ["ลูกค้า", "customer", 1],
    ["Invoice no.", "invoice", 1],
    ["No. Faktur", "invoice", 1],
    ["Rēķina nr.", "invoice", 1],
    ["Rekina nr", "invoice", 1],
    ["เลขที่ใบแจ้งหนี้", "invoice", 1],
    ["Due date", "dueDate", 1],
    ["Jatuh Tempo", "dueDate", 1],
    ["Apmaksas termiņš", "dueDate", 1],
    ["วันครบกำหนด", "dueDate", 1],
    ["Balance", "balance", 1],
    ["Sisa tagihan", "balance", 1],
    ["Saldo", "balance", 1],
    ["Atlikums", "balance", 1],
    ["ยอดคงค้าง", "balance", 1],
    ["Email", "email", 1],
    ["Surel", "email", 1],
    ["E-pasts", "email", 1],
    ["อีเมล", "email", 1],
    ["Open Balance", "balance", 1],
    ["Num", "invoice", 1],
    ["Aging", "daysOverdue", 1],
    ["Amount Due", "balance", 1],
    ["Partner", "customer", 1],
    ["Tgl. Jatuh Tempo", "dueDate", 1],
    ["Balance in IDR as of 31 Jan", "balance", 0.7],
    ["Sisa tagihan per 31 Jan", "balance", 0.7],
    ["ยอดคงค้างรวม", "balance", 0.7],
    ["Original invoice amount", "amount", 0.7],
    ["Notes", "notes", 1],
    ["Memo", "notes", 1],
    ["Remarks", "notes", 1],
    ["Keterangan", "notes", 1],
    ["Catatan", "notes", 1],
    ["Piezīmes", "notes", 1],
    ["Komentārs", "notes", 1],
    ["หมายเหตุ", "notes", 1],
    ["Collection notes (internal)", "notes", 1],
  ])("%j → %s (%d)", (header, field, confidence) => {
    expect(headerMatches(header)[0]).toMatchObject({ field, confidence });
  });

  it.each([["Notebook"], [""], ["Aged Receivables Detail"], ["Due"]])("%j names no field", (header) => {
    expect(headerMatches(header)).toEqual([]);
  });

  it("matches whole words only", () => expect(headerMatches("Balanced scorecard")).toEqual([]));
});
