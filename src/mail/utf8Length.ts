/**
 * The number of bytes of a text in UTF-8 (file-name limits and RFC 2047 words count bytes).
 *
 * @example
 * utf8Length("Acme") //=> 4
 * utf8Length("บาท")  //=> 9
 */
export function utf8Length(text: string): number {
  let length = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    length += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return length;
}
