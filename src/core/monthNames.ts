import { foldLatinText } from "./headerText";

/**
 * Month names and abbreviations, January first, in the sheet languages. Checked against the
 * CLDR data that browsers use (Intl.DateTimeFormat "lv", "id", "th"); Indonesian also writes
 * August as "Agt" or "Ags", and English "Sept". Matched after `monthKey` (no case, no accents,
 * no dots), so "Janvāris", "janv." and "ม.ค." all match.
 *
 * @example
 * monthWords.th[0] //=> ["มกราคม", "ม.ค."]
 */
export const monthWords: Readonly<Record<"en" | "id" | "lv" | "th", readonly (readonly string[])[]>> = {
  en: [
    ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
    ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"], ["november", "nov"], ["december", "dec"],
  ],
  id: [
    ["januari", "jan"], ["februari", "feb"], ["maret", "mar"], ["april", "apr"], ["mei"], ["juni", "jun"],
    ["juli", "jul"], ["agustus", "agu", "agt", "ags"], ["september", "sep"], ["oktober", "okt"], ["november", "nov"], ["desember", "des"],
  ],
  lv: [
    // Nominative, then the forms a sentence needs: "uz 30. novembri" (accusative), "30. novembrī" (locative), "novembra" (genitive).
    ["janvāris", "janv.", "janvāri", "janvārī", "janvāra"], ["februāris", "febr.", "februāri", "februārī", "februāra"],
    ["marts", "martu", "martā", "marta"], ["aprīlis", "apr.", "aprīli", "aprīļa"], ["maijs", "maiju", "maijā", "maija"],
    ["jūnijs", "jūn.", "jūniju", "jūnijā", "jūnija"], ["jūlijs", "jūl.", "jūliju", "jūlijā", "jūlija"],
    ["augusts", "aug.", "augustu", "augustā", "augusta"], ["septembris", "sept.", "septembri", "septembrī", "septembra"],
    ["oktobris", "okt.", "oktobri", "oktobrī", "oktobra"], ["novembris", "nov.", "novembri", "novembrī", "novembra"],
    ["decembris", "dec.", "decembri", "decembrī", "decembra"],
  ],
  th: [
    ["มกราคม", "ม.ค."], ["กุมภาพันธ์", "ก.พ."], ["มีนาคม", "มี.ค."], ["เมษายน", "เม.ย."], ["พฤษภาคม", "พ.ค."], ["มิถุนายน", "มิ.ย."],
    ["กรกฎาคม", "ก.ค."], ["สิงหาคม", "ส.ค."], ["กันยายน", "ก.ย."], ["ตุลาคม", "ต.ค."], ["พฤศจิกายน", "พ.ย."], ["ธันวาคม", "ธ.ค."],
  ],
};

/**
 * Words a written date may carry besides the month: weekdays, ordinal suffixes ("5th"), the
 * Latvian "gada" ("2026. gada 5. janvāris"), the Thai "วันที่" ("the day") and era marks
 * พ.ศ. (Buddhist era) and ค.ศ. (common era).
 */
const fillerWords = [
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "st", "nd", "rd", "th", "of",
  "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "tanggal", "tgl",
  "pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena", "gada", "g.",
  "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์", "วันที่", "พ.ศ.", "ค.ศ.",
];

/**
 * A word folded for month lookup: lower case, no Latin accents, no dots.
 *
 * @example
 * monthKey("Janv.") //=> "janv"
 */
export function monthKey(word: string): string {
  return foldLatinText(word).replace(/\./g, "");
}

const months = new Map<string, number>(
  Object.values(monthWords).flatMap((names) => names.flatMap((words, i) => words.map((word) => [monthKey(word), i + 1] as const))),
);
const fillers = new Set(fillerWords.map(monthKey));

/**
 * The month (1–12) a word names, "filler" for a word a date may carry, or undefined.
 *
 * @example
 * monthOfWord("Agt")  //=> 8
 * monthOfWord("ก.พ.") //=> 2
 * monthOfWord("gada") //=> "filler"
 */
export function monthOfWord(word: string): number | "filler" | undefined {
  const key = monthKey(word);
  return months.get(key) ?? (fillers.has(key) ? "filler" : undefined);
}
