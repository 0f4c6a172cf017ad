/**
 * A minimal OLE compound file (the container of .xls and password-protected workbooks): the
 * signature, a header sector and a directory sector naming the given streams in UTF-16LE —
 * enough for the sniffing in src/xlsx/sniffBytes.ts, not a file Excel would open.
 *
 * @example
 * oleFile(["EncryptionInfo", "EncryptedPackage"]).length //=> 1024
 */
export function oleFile(streams: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(512 * 2);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 24); // minor/major version, byte order, sector shift
  ["Root Entry", ...streams].forEach((name, i) => {
    const entry = 512 + i * 128;
    [...name].forEach((char, j) => bytes.set([char.charCodeAt(0), 0], entry + j * 2));
    bytes[entry + 64] = (name.length + 1) * 2; // name length in bytes, with the terminator
    bytes[entry + 66] = i === 0 ? 5 : 2; // root storage or stream
  });
  return bytes;
}
