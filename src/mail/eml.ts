import { createMimeMessage } from "mimetext/browser";
import { utcDateOfDay, type Day } from "../core/days";
import { checkAddress, displayName, mailboxText, subjectLine, type AddressProblem, type Mailbox } from "./headers";
import { utf8Length } from "./utf8Length";
import type { RenderedMessage } from "./render";

/** Who a draft is from and to, and the day it is written. */
export interface Envelope {
  readonly from: Mailbox;
  readonly to: readonly Mailbox[];
  readonly cc: readonly Mailbox[];
  /** The Date header (a day, passed in: no clock). */
  readonly day: Day;
}

/**
 * An RFC 5322 message (.eml text) for a rendered reminder: multipart/alternative with the
 * plain-text and HTML parts (UTF-8, base64), `X-Unsent: 1` so that Outlook and other mail
 * programs open it as an editable draft. Display names and the subject are RFC 2047
 * encoded-words (mimetext for names; the subject is split into words of at most 75 characters
 * here). Every address is checked first; names are folded to one line and cut to 100
 * characters, the subject to 200 ("…" shows the cut); every header line is folded to at most
 * 78 characters where it has a space (RFC 5322 §2.1.1; an address alone may be longer, never
 * past 998).
 *
 * @example
 * buildEml(message, { from: { name: "Finance", address: "ar@example.com" }, to: [{ name: "Acme", address: "ap@acme.example" }], cc: [], day: 20488 })
 * //=> { ok: true, eml: "Date: Thu, 05 Feb 2026 00:00:00 +0000\r\nFrom: …\r\nX-Unsent: 1\r\n…" }
 */
export function buildEml(message: RenderedMessage, envelope: Envelope): { readonly ok: true; readonly eml: string } | AddressProblem {
  for (const mailbox of [envelope.from, ...envelope.to, ...envelope.cc]) {
    const check = checkAddress(mailbox.address);
    if (!check.ok) return check;
  }
  const mime = createMimeMessage();
  const box = (mailbox: Mailbox) => ({ addr: mailbox.address.trim(), name: displayName(mailbox.name) });
  mime.setHeader("Date", utcDateOfDay(envelope.day).toUTCString().replace("GMT", "+0000"));
  mime.setSender(box(envelope.from));
  mime.setTo(envelope.to.map(box));
  if (envelope.cc.length > 0) mime.setCc(envelope.cc.map(box));
  const subject = subjectLine(message.subject);
  mime.setSubject(subject);
  mime.setHeader("X-Unsent", "1");
  for (const [contentType, data] of [["text/plain", message.text], ["text/html", message.html]] as const) {
    mime.addMessage({ contentType, encoding: "base64", data: wrap(mime.toBase64(data)) });
  }
  // mimetext writes each name and the subject as one encoded-word, however long; RFC 2047 wants
  // words of at most 75 characters, so these four fields are written again here.
  const base64 = (text: string) => mime.toBase64(text);
  const list = (mailboxes: readonly Mailbox[]) => mailboxes.map((mailbox) => mailboxHeader(mailbox, base64)).join(",\r\n ");
  let raw = mime.asRaw();
  raw = replaceField(raw, "From", mailboxHeader(envelope.from, base64));
  raw = replaceField(raw, "To", list(envelope.to));
  if (envelope.cc.length > 0) raw = replaceField(raw, "Cc", list(envelope.cc));
  return { ok: true, eml: replaceField(raw, "Subject", encodedWords(subject, base64)) };
}

/** A mailbox for a header: an ASCII name quoted when needed, any other name as encoded-words. */
function mailboxHeader(mailbox: Mailbox, base64: (text: string) => string): string {
  const name = displayName(mailbox.name);
  const address = mailbox.address.trim();
  if (/^[ -~]*$/.test(name) && foldable(name)) return mailboxText({ name, address });
  // The address on its own folded line keeps every line within 78 characters.
  return `${encodedWords(name, base64)}\r\n <${address}>`;
}

/** Replaces a header field (with its folded continuation lines) in the message's header block. */
function replaceField(raw: string, name: string, value: string): string {
  const end = raw.indexOf("\r\n\r\n");
  const field = new RegExp(`^${name}: .*(?:\r\n[ \t].*)*`, "m");
  return raw.slice(0, end).replace(field, () => folded(`${name}: ${value}`, name.length + 2)) + raw.slice(end);
}

const lineLimit = 78;

/**
 * A header field with every line over 78 characters folded before a space (CRLF + that space),
 * so unfolding gives back the same text; never inside the field name.
 */
function folded(field: string, start: number): string {
  return field
    .split("\r\n")
    .map((line, index) => {
      const lines: string[] = [];
      let rest = line;
      const from = index === 0 ? start : 1;
      while (rest.length > lineLimit) {
        let at = rest.lastIndexOf(" ", lineLimit);
        if (at < from) at = rest.indexOf(" ", lineLimit + 1); // a word longer than a line: fold after it
        if (at < from) break;
        lines.push(rest.slice(0, at));
        rest = rest.slice(at);
      }
      lines.push(rest);
      return lines.join("\r\n");
    })
    .join("\r\n");
}

/** Plain ASCII whose words all fit on a folded line: no need for encoded-words. */
function foldable(text: string): boolean {
  return text.split(" ").every((word) => word.length <= 60);
}

/**
 * A header value as RFC 2047 base64 encoded-words of at most 75 characters, folded with CRLF
 * and a space; whole characters only (never a split UTF-8 sequence). Pure ASCII text is returned as is.
 *
 * @example
 * encodedWords("Plain subject", base64) //=> "Plain subject"
 * encodedWords("Atgādinājums", base64) //=> "=?UTF-8?B?QXRnxIFkaW7EgWp1bXM=?="
 */
export function encodedWords(text: string, base64: (text: string) => string): string {
  if (/^[\u0020-\u007e]*$/.test(text) && foldable(text)) return text; // folded at its spaces
  const words: string[] = [];
  let chunk = "";
  for (const char of text) {
    // 39 bytes of UTF-8 → 52 base64 characters + 12 of "=?UTF-8?B??=" = 64: fits "Subject: " in 78.
    if (utf8Length(chunk + char) > 39) {
      words.push(chunk);
      chunk = "";
    }
    chunk += char;
  }
  if (chunk !== "") words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${base64(word)}?=`).join("\r\n ");
}

/** Base64 body lines of 76 characters (RFC 2045). */
function wrap(base64: string): string {
  return base64.replace(/.{76}/g, "$&\r\n");
}
