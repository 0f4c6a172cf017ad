/**
 * A message from the core's catalog as the start of a sentence in the pane.
 *
 * @example
 * capitalize("policy setting graceDays must not be negative") //=> "Policy setting graceDays must not be negative"
 */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
