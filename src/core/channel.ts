/** The media a customer can be reached by (R4): the Channel column's words, read in four languages. */
export type Channel = "email" | "phone" | "letter" | "sms" | "whatsapp" | "fax";

/** How the desk carries a step out for a channel: an e-mail draft, a letter's text, or a call list entry. */
export type Medium = "email" | "letter" | "call";

/**
 * The words a Channel cell may hold, per channel, in English, Indonesian, Latvian and Thai (folded:
 * lower case, single spaces). A bare "mail" is left out on purpose: it means e-mail to some desks
 * and the post to others.
 */
export const channelWords: Readonly<Record<Channel, readonly string[]>> = {
  email: ["email", "e-mail", "e mail", "surel", "surat elektronik", "e-pasts", "epasts", "e-pasta", "อีเมล", "อีเมล์"],
  phone: ["phone", "telephone", "tel", "call", "phone call", "mobile", "telepon", "telpon", "telp", "hp", "tālrunis", "telefons", "zvans", "โทรศัพท์", "โทร", "มือถือ"],
  letter: ["letter", "post", "postal", "paper", "surat", "pos", "vēstule", "pasts", "จดหมาย", "ไปรษณีย์"],
  sms: ["sms", "text", "text message", "pesan singkat", "īsziņa", "ข้อความ", "เอสเอ็มเอส"],
  whatsapp: ["whatsapp", "whats app", "wa", "วอทส์แอป", "วอทส์แอพ"],
  fax: ["fax", "faks", "fakss", "แฟกซ์"],
};

const channelByWord = new Map(Object.entries(channelWords).flatMap(([channel, words]) => words.map((word) => [word, channel as Channel] as const)));

/**
 * Reads a Channel cell: the channel its word names, null for a blank cell, or undefined for a word
 * the desk does not know (the caller says so rather than guess).
 *
 * @example
 * readChannel(" Telepon ") //=> "phone"
 * readChannel("")          //=> null
 * readChannel("pigeon")    //=> undefined
 */
export function readChannel(text: string | null): Channel | null | undefined {
  // Most Channel arguments are blank: answer those before normalising (once per AR cell).
  if (text === null || text === "") return null;
  const word = text.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
  if (word === "") return null;
  return channelByWord.get(word);
}

/**
 * How a step reaches a customer on a channel (R4, R13): e-mail is drafted, a letter or fax gets
 * the letter's text (in writing, R13), a phone, SMS or WhatsApp customer is listed for a call or a
 * message with the number.
 *
 * @example
 * mediumOf("whatsapp") //=> "call"
 * mediumOf("fax")      //=> "letter"
 */
export function mediumOf(channel: Channel): Medium {
  if (channel === "email") return "email";
  return channel === "letter" || channel === "fax" ? "letter" : "call";
}

/**
 * The channel in words for a reason: "by phone", "by letter".
 *
 * @example
 * channelText("sms") //=> "by SMS"
 */
export function channelText(channel: Channel): string {
  const names: Record<Channel, string> = { email: "e-mail", phone: "phone", letter: "letter", sms: "SMS", whatsapp: "WhatsApp", fax: "fax" };
  return `by ${names[channel]}`;
}
