import { withoutBidiControls } from "./bidiControls";
import { shortened } from "./shortened";

/** The most characters of a display name in a header or a Reminders cell; longer names end in "…". */
export const displayNameLimit = 100;

/** The most characters of a subject; a longer one (a very long customer name) ends in "…". */
export const subjectLimit = 200;

/** An address checked by `checkAddress`, with an optional display name. */
export interface Mailbox {
  readonly name: string;
  readonly address: string;
}

/** Why an address cannot go into a header. */
export interface AddressProblem {
  readonly ok: false;
  readonly code: "badAddress";
  readonly text: string;
  readonly message: string;
}

// Strict on purpose: a dot-atom local part and a host name with a letter TLD. Quoted local
// parts, IP literals and comments are legal in RFC 5322 but never seen in a ledger.
const localPart = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const hostLabel = /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * Checks one email address, strictly: no spaces, no CR/LF, no display name, one "@", a dot-atom
 * local part of at most 64 characters, a host name with at least two labels and a letter TLD.
 *
 * @example
 * checkAddress(" ap@acme.example ") //=> { ok: true, address: "ap@acme.example" }
 * checkAddress("ap@acme.example\r\nBcc: x@y.z") //=> { ok: false, code: "badAddress", … }
 */
export function checkAddress(text: string): { readonly ok: true; readonly address: string } | AddressProblem {
  const address = text.trim();
  const at = address.lastIndexOf("@");
  const local = address.slice(0, at);
  const labels = address.slice(at + 1).split(".");
  const valid =
    at > 0 && address.length <= 254 && local.length <= 64 && localPart.test(local) && labels.length >= 2 &&
    labels.every((label) => hostLabel.test(label)) && /^[A-Za-z]{2,63}$/.test(labels[labels.length - 1] ?? "");
  if (valid) return { ok: true, address };
  return { ok: false, code: "badAddress", text, message: `"${oneLine(text)}" is not a valid email address` };
}

/**
 * Checks a cell that may hold several addresses separated by "," or ";". Refused as a whole
 * when any one is invalid, or when there is none.
 *
 * @example
 * checkAddressList("a@x.example; b@y.example") //=> { ok: true, addresses: ["a@x.example", "b@y.example"] }
 */
export function checkAddressList(text: string): { readonly ok: true; readonly addresses: readonly string[] } | AddressProblem {
  const addresses: string[] = [];
  for (const part of text.split(/[,;]/)) {
    if (part.trim() === "") continue;
    const check = checkAddress(part);
    if (!check.ok) return check;
    if (!addresses.includes(check.address)) addresses.push(check.address);
  }
  if (addresses.length > 0) return { ok: true, addresses };
  return { ok: false, code: "badAddress", text, message: `"${oneLine(text)}" holds no email address` };
}

/**
 * A value made safe for one header line: CR, LF, tabs and other control characters folded into
 * single spaces, bidirectional controls removed (a name cannot reorder what the reader sees),
 * ends trimmed. Header injection ("…\r\nBcc: …") becomes harmless text.
 *
 * @example
 * headerText("Acme\r\nBcc: evil@x.example") //=> "Acme Bcc: evil@x.example"
 * headerText("Acme \u202Egnp.exe")            //=> "Acme gnp.exe"
 */
export function headerText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return withoutBidiControls(text).replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, " ").replace(/ {2,}/g, " ").trim();
}

/**
 * A display name for a header: `headerText`, at most `displayNameLimit` characters ("…" when cut).
 *
 * @example
 * displayName("Acme\u202E Ltd") //=> "Acme Ltd"
 */
export function displayName(name: string): string {
  return shortened(headerText(name), displayNameLimit);
}

/**
 * A subject as every way out carries it (the .eml header, the Reminders sheet's Subject cell,
 * the Contact Log, mailto links, letter files): `headerText`, at most `subjectLimit` characters
 * ("…" when cut), so a 32,767-character customer name in a template cannot fill a cell or a header.
 *
 * @example
 * subjectLine("Internal: open invoices of Acme\r\nLtd") //=> "Internal: open invoices of Acme Ltd"
 * subjectLine(`Reminder for ${"x".repeat(32_767)}`)     //=> "Reminder for xxx…" (200 characters)
 */
export function subjectLine(subject: string): string {
  return shortened(headerText(subject), subjectLimit);
}

/**
 * A mailbox as written in a header or a Reminders sheet cell: the name, folded to one line,
 * in double quotes (with " and \ escaped) when it holds anything beyond letters, digits and
 * spaces, e.g. commas or quotes. Non-ASCII names are left as they are: `eml.ts` encodes them (RFC 2047).
 *
 * @example
 * mailboxText({ name: 'Bērziņš, "SIA"', address: "a@b.lv" }) //=> '"Bērziņš, \\"SIA\\"" <a@b.lv>'
 * mailboxText({ name: "", address: "a@b.lv" })               //=> "a@b.lv"
 */
export function mailboxText(mailbox: Mailbox): string {
  const name = displayName(mailbox.name);
  if (name === "") return mailbox.address;
  const plain = /^[\p{L}\p{M}\p{N} ]+$/u.test(name);
  return `${plain ? name : `"${name.replace(/["\\]/g, "\\$&")}"`} <${mailbox.address}>`;
}

function oneLine(text: string): string {
  return headerText(text).slice(0, 80);
}
