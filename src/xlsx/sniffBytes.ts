/** What the first bytes of a file say it is. */
export type FileKind = "zip" | "encrypted" | "ole" | "other";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Tells an .xlsx (a zip) from a password-protected workbook (an OLE compound file holding the
 * stream "EncryptedPackage" or "EncryptionInfo", names in UTF-16LE), an old .xls (another OLE
 * file) and anything else — before ExcelJS is asked.
 *
 * @example
 * sniffBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) //=> "zip"
 */
export function sniffBytes(bytes: Uint8Array): FileKind {
  if (startsWith(bytes, ZIP)) return "zip";
  if (!startsWith(bytes, OLE)) return "other";
  return contains(bytes, utf16("EncryptedPackage")) || contains(bytes, utf16("EncryptionInfo")) ? "encrypted" : "ole";
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function utf16(text: string): number[] {
  return [...text].flatMap((char) => [char.charCodeAt(0), 0]);
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (let i = bytes.indexOf(first ?? 0); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(first ?? 0, i + 1)) {
    if (needle.every((byte, j) => bytes[i + j] === byte)) return true;
  }
  return false;
}
