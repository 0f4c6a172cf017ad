// The invisible characters that reorder text: embeddings and overrides (U+202A–U+202E), isolates
// (U+2066–U+2069), the marks U+200E, U+200F and U+061C. In a file name or a header, "Invoice
// \u202Egnp.exe" shows as "Invoice exe.png"; no customer name needs them there.
const bidiControls = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * The text without bidirectional control characters.
 *
 * @example
 * withoutBidiControls("Acme \u202Egnp.exe") //=> "Acme gnp.exe"
 */
export function withoutBidiControls(text: string): string {
  return text.replace(bidiControls, "");
}
