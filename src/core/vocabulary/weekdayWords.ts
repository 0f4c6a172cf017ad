// The days of the week in the desk's four languages, Sunday first (as `Date.getUTCDay`), for the
// policy's weekend setting: a Jakarta desk writes "Sabtu Minggu", a Riga one "sestdiena
// svētdiena", a Bangkok one "เสาร์ อาทิตย์". Full names may be shortened to three letters or more
// (Latin scripts); the abbreviations are read as whole words.
import type { Language } from "./index";

/** One language's day names and their usual abbreviations, Sunday first. */
export interface WeekdayWords {
  readonly names: readonly string[];
  readonly abbreviations: readonly (readonly string[])[];
}

export const weekdayWords: Readonly<Record<Language, WeekdayWords>> = {
  en: {
    names: ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
    abbreviations: [[], [], ["tues"], [], ["thur", "thurs"], [], []],
  },
  id: {
    names: ["minggu", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu"],
    abbreviations: [["ahad", "min", "mgg"], ["sen"], ["sel"], ["rab"], ["kam"], ["jum", "jum'at"], ["sab"]],
  },
  lv: {
    names: ["svētdiena", "pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena"],
    abbreviations: [["sv", "svētd"], ["pr", "pirmd"], ["ot", "otrd"], ["tr", "trešd"], ["ce", "ceturtd"], ["pk", "piektd"], ["se", "sestd"]],
  },
  th: {
    names: ["วันอาทิตย์", "วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์"],
    abbreviations: [["อาทิตย์", "อา", "อา."], ["จันทร์", "จ", "จ."], ["อังคาร", "อ", "อ."], ["พุธ", "พ", "พ."], ["พฤหัสบดี", "พฤหัส", "พฤ", "พฤ."], ["ศุกร์", "ศ", "ศ."], ["เสาร์", "ส", "ส."]],
  },
};
