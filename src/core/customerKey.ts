/**
 * How customers are told apart, everywhere (reminders, the customer view, duplicates, the
 * Customer:Job reading): by name, ignoring case and surrounding spaces.
 *
 * Lower-casing a name outside ASCII (Thai, Latvian) goes through ICU and costs microseconds;
 * every invoice row asks for its customer's key several times, so each name's key is kept (a
 * list has a few thousand names; the memo is emptied past 50,000 so it cannot grow without bound).
 *
 * @example
 * customerKey(" ACME Ltd ") //=> "acme ltd"
 * customerKey("SIA Ūdeņi") //=> "sia ūdeņi"
 */
export function customerKey(name: string): string {
  let key = keys.get(name);
  if (key === undefined) {
    if (keys.size >= MAX_KEYS) keys.clear();
    key = name.trim().toLowerCase();
    keys.set(name, key);
  }
  return key;
}

const MAX_KEYS = 50_000;
const keys = new Map<string, string>();
