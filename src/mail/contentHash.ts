/**
 * A 128-bit FNV-1a hash of a text's UTF-16 code units (each as two bytes), as 32 hex digits.
 * Draft ids need no secrecy, only no collisions among the messages of a workbook: with 128 bits
 * the chance that two of a million drafts share an id is about 10^-27 (the 32-bit hash it
 * replaces collided within thousands). BigInt keeps it exact and pure (no crypto module, so it
 * runs the same in Node, a browser and Excel).
 *
 * @param text - the text to hash
 * @returns 32 lower-case hex digits
 *
 * @example
 * contentHash("") //=> "6c62272e07bb014262b821756295c58d"
 */
export function contentHash(text: string): string {
  let hash = OFFSET_BASIS;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    hash = (((hash ^ BigInt(unit & 0xff)) * PRIME) & MASK);
    hash = (((hash ^ BigInt(unit >>> 8)) * PRIME) & MASK);
  }
  return hash.toString(16).padStart(32, "0");
}

/**
 * The 32-bit FNV-1a hash draft ids used before (8 hex digits): kept so ids already written to a
 * workbook's Reminders sheet and Contact Log are still recognised as the same message.
 *
 * @example
 * legacyHash("") //=> "811c9dc5"
 */
export function legacyHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, "0");
}

// FNV-1a 128-bit parameters (IETF draft-eastlake-fnv).
const OFFSET_BASIS = 0x6c62272e07bb014262b821756295c58dn;
const PRIME = 0x0000000001000000000000000000013bn;
const MASK = (1n << 128n) - 1n;
