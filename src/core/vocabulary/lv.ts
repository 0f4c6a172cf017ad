import type { StatusVocabulary } from "./statusVocabulary";

/** Latvian status words, written with or without diacritics ("apstrīdēts", "apstridets"). */
export const lvStatus: StatusVocabulary = {
  words: {
    disputed: ["apstrīdēts", "apstrīdēta", "apstrīdēti", "apstrīd", "apstrīdēja", "strīds", "strīdā", "strīdīgs", "pretenzija", "iebildumi", "reklamācija"],
    promise: ["apsolīja samaksāt", "apsolīja maksāt", "apsolīja", "solīja samaksāt", "sola samaksāt", "apņēmās samaksāt", "samaksās", "solījums samaksāt", "maksājuma solījums"],
    unreachable: ["nav sasniedzams", "nav sasniedzama", "nesasniedzams", "nesasniedzama", "nevar sazināties", "nevar sazvanīt", "nesazvanāms", "neatbild", "neatbild uz zvaniem", "neatbild uz e-pastiem", "nav kontaktējams"],
    hardship: ["finansiālas grūtības", "finanšu grūtības", "naudas grūtības", "grūtības samaksāt", "maksājumu grūtības"],
    settlementOffered: ["piedāvāts izlīgums", "izlīguma piedāvājums", "piedāvāta atlaide", "piedāvājums nosūtīts"],
    salesAsked: ["jautāts pārdevējam", "pajautāts pārdevējam", "pārdevējs informēts", "nodots pārdevējam", "pārdošanas nodaļa informēta"],
    // R19: never scheduled, nothing drafted.
    doNotContact: ["nekontaktēt", "nesazināties", "nezvanīt", "saziņa tikai ar advokātu"],
  },
  clearing: {
    disputed: ["neapstrīdēts", "nav strīda", "strīds atrisināts"],
    promise: ["samaksāts", "apmaksāts", "jau samaksāts", "ir samaksāts", "nauda saņemta", "maksājums saņemts"],
    unreachable: ["ir sasniedzams", "sazvanīts", "sazināts"],
  },
  statusColumnOnly: { settlementOffered: ["piedāvāts", "atteikts"] },
  negators: ["nav", "ne", "vairs nav"],
  resolvers: ["atrisināts", "atrisināta", "atrisināti", "noslēgts", "atsaukts", "atsaukta", "beidzies"],
  dateLeads: ["līdz", "uz", "ne vēlāk kā", "datumā"],
};
