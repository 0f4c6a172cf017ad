import fc from "fast-check";
import { describeStatusRead, promiseDayOf, readInvoiceStatus, undatedPromise, type InvoiceStatus } from "../../src/core/invoiceStatus";
import { noStatus } from "../../src/core/status";
import { languages, statusTopics, statusVocabularies, type StatusTopic } from "../../src/core/vocabulary";

const fromNotes = (notes: string) => readInvoiceStatus({ status: null, notes });
const fromStatus = (status: string) => readInvoiceStatus({ status, notes: null });

/** Whether a reading sets the topic (the promise: a promise is in force). */
function sets(reading: ReturnType<typeof readInvoiceStatus>, topic: StatusTopic): boolean {
  if (!reading.ok) throw new Error(`refused: ${reading.word}`);
  return topic === "promise" ? reading.promise !== null : reading.flags[topic];
}

const latvianWithoutAccents = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

describe.each(languages)("the %s status words, word by word", (language) => {
  const vocabulary = statusVocabularies[language];
  const words = statusTopics.flatMap((topic) => vocabulary.words[topic].map((word) => [topic, word] as const));
  const clearing = statusTopics.flatMap((topic) => (vocabulary.clearing[topic] ?? []).map((word) => [topic, word] as const));
  const entryOnly = statusTopics.flatMap((topic) => (vocabulary.statusColumnOnly[topic] ?? []).map((word) => [topic, word] as const));

  it.each(words)("%s: %j as a Status entry", (topic, word) => expect(sets(fromStatus(word), topic)).toBe(true));
  it.each(words)("%s: %j inside a note", (topic, word) => expect(sets(fromNotes(`Called 3x. ${word}. Will call back`), topic)).toBe(true));
  it.each(words)("%s: %j in capitals", (topic, word) => expect(sets(fromNotes(word.toUpperCase()), topic)).toBe(true));
  it.each(words)("%s: %j, then a negator before it, clears", (topic, word) => {
    for (const negator of vocabulary.negators) expect(sets(fromNotes(`${word}; ${negator} ${word}`), topic)).toBe(false);
  });
  it.each(words)("%s: %j, then a resolver after it, clears", (topic, word) => {
    for (const resolver of vocabulary.resolvers) expect(sets(fromNotes(`${word}; ${word} ${resolver}`), topic)).toBe(false);
  });
  it.each(clearing.length > 0 ? clearing : [["disputed", ""] as const])("%s: clearing phrase %j clears what came before", (topic, word) => {
    if (word === "") return;
    const first = vocabulary.words[topic][0] ?? "";
    expect(sets(fromNotes(`${first}, ${word}`), topic)).toBe(false);
    expect(sets(fromStatus(`${first}, ${word}`), topic)).toBe(false);
  });
  it.each(entryOnly)("%s: %j counts as a whole Status entry, not inside a note", (topic, word) => {
    expect(sets(fromStatus(word), topic)).toBe(true);
    expect(sets(fromNotes(`customer ${word} yesterday`), topic)).toBe(false);
  });
  if (language === "lv") {
    it.each(words)("%s: %j written without diacritics", (topic, word) => expect(sets(fromNotes(latvianWithoutAccents(word)), topic)).toBe(true));
  }
});

describe("readInvoiceStatus, by example", () => {
  it.each([
    ["en", "Customer disputes the price", "disputed"],
    ["en", "invoice on query since 03/11", "disputed"],
    ["en", "called twice, no answer", "unreachable"],
    ["en", "cash-flow problems, asked for time", "hardship"],
    ["id", "Pelanggan sengketa harga", "disputed"],
    ["id", "Tidak bisa dihubungi sejak Oktober", "unreachable"],
    ["id", "kesulitan keuangan, minta cicilan", "hardship"],
    ["lv", "Klients apstrīdēja rēķinu", "disputed"],
    ["lv", "Klients apstridets", "disputed"],
    ["lv", "neatbild uz zvaniem", "unreachable"],
    ["th", "ลูกค้าโต้แย้งยอด", "disputed"],
    ["th", "ลูกค้าติดต่อไม่ได้", "unreachable"],
    ["th", "ลูกค้ามีปัญหาทางการเงิน", "hardship"],
  ] as const)("%s %j → %s", (_language, text, topic) => expect(sets(fromNotes(text), topic)).toBe(true));

  it.each([
    ["dispute resolved", "disputed"],
    ["Dispute resolved on 12/11", "disputed"],
    ["not disputed", "disputed"],
    ["undisputed", "disputed"],
    ["bukan sengketa", "disputed"],
    ["sengketa sudah selesai", "disputed"],
    ["janji bayar 30/11/2026, sudah dibayar", "promise"],
    ["strīds atrisināts", "disputed"],
    ["nav apstrīdēts", "disputed"],
    ["ไม่มีข้อพิพาท", "disputed"],
    ["ข้อพิพาทยุติแล้ว", "disputed"],
  ] as const)("%j clears %s", (text, topic) => expect(sets(fromNotes(text), topic)).toBe(false));

  it("takes whole words only", () => {
    expect(fromNotes("promotional disputedness")).toEqual({ ok: true, flags: noStatus, promise: null, read: [] });
    expect(sets(fromNotes("hardships"), "hardship")).toBe(false);
    expect(sets(fromNotes("Sengketanya"), "disputed")).toBe(false);
  });

  it("lets the last word on a topic win", () => {
    expect(sets(fromNotes("dispute resolved 20/10; disputed again 01/11"), "disputed")).toBe(true);
    expect(sets(fromNotes("disputed 01/10, dispute resolved 20/10"), "disputed")).toBe(false);
  });

  it.each([
    ["janji bayar 30/11/2026", "30/11/2026"],
    ["Janji bayar tgl 30/11/2026 via BCA", "30/11/2026"],
    ["apsolīja samaksāt līdz 2026-11-30", "2026-11-30"],
    ["สัญญาจะชำระ 30/11/2569", "30/11/2569"],
    ["สัญญาจะชำระภายในวันที่ 30 พ.ย. 2569", "30 พ.ย. 2569"],
    ["Promised to pay by 30 Nov 2026", "30 Nov 2026"],
    ["PTP: Nov 30, 2026", "Nov 30, 2026"],
  ])("reads the date after the promise in %j", (text, dateText) => {
    const reading = fromNotes(text) as InvoiceStatus;
    expect(reading.promise?.dateText).toBe(dateText);
    expect(promiseDayOf(null, reading, "dayFirst")).toBe(20787);
  });

  it("keeps a promise without a date, which gives no promise day", () => {
    const reading = fromNotes("janji bayar minggu depan") as InvoiceStatus;
    expect(reading.promise?.dateText).toBeNull();
    expect(promiseDayOf(null, reading, "dayFirst")).toBeNull();
  });

  it("prefers the promise date column to the note's date", () => {
    expect(promiseDayOf(20800, fromNotes("janji bayar 30/11/2026") as InvoiceStatus, "dayFirst")).toBe(20800);
  });

  it("reads a note's date in the sheet's order; with the policy's iso order only when the date shows its order", () => {
    const ambiguous = fromNotes("janji bayar 05/02/2026") as InvoiceStatus;
    expect(promiseDayOf(null, ambiguous, "dayFirst")).toBe(20489);
    expect(promiseDayOf(null, ambiguous, "monthFirst")).toBe(20575);
    expect(promiseDayOf(null, ambiguous, "iso")).toBeNull();
    expect(promiseDayOf(null, fromNotes("janji bayar 30/11/2026") as InvoiceStatus, "iso")).toBe(20787);
    expect(promiseDayOf(null, fromNotes("promised to pay 11/30/2026") as InvoiceStatus, "dayFirst")).toBe(20787);
  });

  it("lets the Status cell decide a topic it names, the notes the others", () => {
    const reading = readInvoiceStatus({ status: "disputed", notes: "dispute resolved; tidak bisa dihubungi" });
    expect(reading.ok && reading.flags).toEqual({ ...noStatus, disputed: true, unreachable: true });
  });

  it("refuses an unknown word in a Status cell, naming it, but never in notes", () => {
    expect(fromStatus("disputed, angry")).toEqual({ ok: false, word: "angry" });
    expect(fromStatus("Pelanggan sengketa harga")).toEqual({ ok: false, word: "Pelanggan sengketa harga" });
    expect(readInvoiceStatus({ status: null, notes: "angry" })).toEqual({ ok: true, flags: noStatus, promise: null, read: [] });
  });

  it("says which words of the notes it read, as written", () => {
    const reading = fromNotes("Sengketa harga; janji bayar 30/11/2026") as InvoiceStatus;
    expect(describeStatusRead(reading)).toBe("disputed, from 'Sengketa'; promise to pay, from 'janji bayar 30/11/2026'");
    expect(describeStatusRead(readInvoiceStatus({ status: "disputed", notes: null }) as InvoiceStatus)).toBe("");
  });
});

describe("readInvoiceStatus, for any text", () => {
  const anyText = fc.oneof(fc.string(), fc.string({ unit: "grapheme" }), fc.constantFrom("sengketa", "janji bayar 30/11/2026", "ไม่", "not", "apstrīdēts", "ข้อพิพาท"));
  const clearingPhrases = languages.flatMap((language) => {
    const vocabulary = statusVocabularies[language];
    return statusTopics.flatMap((topic) => [
      ...(vocabulary.clearing[topic] ?? []).map((phrase) => [topic, phrase] as const),
      ...vocabulary.words[topic].flatMap((word) => vocabulary.negators.map((negator) => [topic, `${negator} ${word}`] as const)),
    ]);
  });

  it("gives a status or a refusal naming text of the cell, never a throw", () => {
    fc.assert(
      fc.property(fc.option(anyText), fc.option(anyText), (status, notes) => {
        const reading = readInvoiceStatus({ status, notes });
        if (!reading.ok) expect(status ?? "").toContain(reading.word);
        else {
          const { salesAskedDay, offeredUntil, promisedDay, plan, ...words } = reading.flags;
          expect(Object.values(words).every((flag) => typeof flag === "boolean")).toBe(true);
          for (const day of [salesAskedDay, offeredUntil, promisedDay]) expect(day === null || Number.isInteger(day)).toBe(true);
          expect(plan === null || Number.isInteger(plan.count)).toBe(true);
        }
      }),
    );
  });

  it("never refuses a note", () => {
    fc.assert(fc.property(anyText, (notes) => expect(readInvoiceStatus({ status: null, notes }).ok).toBe(true)));
  });

  it("clears a topic whenever a negated or resolved phrase comes last", () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...clearingPhrases), (text, [topic, phrase]) => {
        expect(sets(fromNotes(`${text}; ${phrase}`), topic)).toBe(false);
      }),
    );
  });
});

describe("a promise to pay without a date (R7: not awaited, and said so)", () => {
  const read = (status: string | null, notes: string | null) => readInvoiceStatus({ status, notes }) as InvoiceStatus;
  it.each([
    [null, "janji bayar", "janji bayar", "notes"],
    [null, "Pelanggan janji bayar minggu depan", "janji bayar", "notes"],
    [null, "solīja samaksāt", "solīja samaksāt", "notes"],
    [null, "ลูกค้าสัญญาว่าจะจ่าย", "สัญญาว่าจะจ่าย", "notes"],
    [null, "promised to pay", "promised to pay", "notes"],
    ["promised", null, "promised", "status"],
  ])("status %j, notes %j: the promise '%s' from the %s has no day", (status, notes, words, source) => {
    const reading = read(status, notes);
    const day = promiseDayOf(null, reading, "dayFirst");
    expect(day).toBeNull();
    expect(undatedPromise(reading, day)).toMatchObject({ text: words, source });
    // The reason says it on its own, so the notes' list leaves it out.
    expect(describeStatusRead(reading, day)).toBe("");
  });

  it("a promise with its date, or a Promise date column, is no undated promise", () => {
    const dated = read(null, "janji bayar 30/11/2026");
    expect(undatedPromise(dated, promiseDayOf(null, dated, "dayFirst"))).toBeNull();
    expect(undatedPromise(read("promised", null), 20_787)).toBeNull();
    expect(undatedPromise(read(null, "sengketa"), null)).toBeNull();
  });

  it("keeps the other words of the notes in the list", () => {
    const reading = read(null, "sengketa; janji bayar");
    expect(describeStatusRead(reading, null)).toBe("disputed, from 'sengketa'");
  });
});
