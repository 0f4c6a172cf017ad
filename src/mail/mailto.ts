import { checkAddress } from "./headers";

/** Longer mailto: links are cut or refused by some mail programs and browsers. */
export const mailtoLimit = 2000;

/**
 * A `mailto:` URL (RFC 6068) with subject, plain-text body and copies, or null when it would
 * be longer than `mailtoLimit` characters or an address is invalid. Line breaks are written as
 * %0D%0A; every value is percent-encoded, so no header can be injected.
 *
 * @example
 * mailtoUrl(["ap@acme.example"], [], "Reminder", "Dear Acme,\nthank you")
 * //=> "mailto:ap@acme.example?subject=Reminder&body=Dear%20Acme%2C%0D%0Athank%20you"
 */
export function mailtoUrl(to: readonly string[], cc: readonly string[], subject: string, text: string): string | null {
  const checks = [...to, ...cc].map(checkAddress);
  if (to.length === 0 || checks.some((check) => !check.ok)) return null;
  const list = (addresses: readonly string[]) => addresses.map((address) => encodeURIComponent(address.trim()).replace(/%40/g, "@")).join(",");
  const parts = [`subject=${encodeURIComponent(subject.replace(/[\r\n]+/g, " "))}`];
  if (cc.length > 0) parts.unshift(`cc=${list(cc)}`);
  parts.push(`body=${encodeURIComponent(text.replace(/\r?\n/g, "\r\n"))}`);
  const url = `mailto:${list(to)}?${parts.join("&")}`;
  return url.length > mailtoLimit ? null : url;
}
