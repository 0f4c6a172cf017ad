/**
 * Whether Excel would read a text as a formula if it were written to a cell as a value:
 * it starts with `=`, `+`, `-` or `@` and is more than that one character.
 *
 * @example
 * looksLikeFormula("=HYPERLINK(\"x\")") //=> true
 * looksLikeFormula("-5 Co") //=> true
 * looksLikeFormula("Acme") //=> false
 */
export function looksLikeFormula(text: string): boolean {
  return text.length > 1 && /^[=+\-@]/.test(text);
}

/** The text number format: a cell with it keeps what is written as text. */
export const TEXT_FORMAT = "@";
