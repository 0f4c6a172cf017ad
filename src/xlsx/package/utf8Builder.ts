import { strToU8 } from "fflate";

/** Characters gathered before they are encoded: big enough to be cheap, small enough to stay light. */
const BATCH_CHARACTERS = 1 << 20;

/**
 * UTF-8 bytes built from many pieces of text, encoded a batch at a time. A 100,000-row sheet
 * written as one string is some 116 million characters, held twice as UTF-16 once a reason's
 * dash makes it two-byte, and then encoded in one go; batches keep only the bytes.
 *
 * @example
 * const text = new Utf8Builder(); text.push("<row>"); text.push("</row>"); text.bytes() //=> Uint8Array of "<row></row>"
 */
export class Utf8Builder {
  private readonly chunks: Uint8Array[] = [];
  private pending: string[] = [];
  private pendingCharacters = 0;

  push(text: string): void {
    this.pending.push(text);
    this.pendingCharacters += text.length;
    if (this.pendingCharacters >= BATCH_CHARACTERS) this.flush();
  }

  /** Everything pushed, as one array of bytes. */
  bytes(): Uint8Array {
    this.flush();
    if (this.chunks.length === 1 && this.chunks[0]) return this.chunks[0];
    const out = new Uint8Array(this.chunks.reduce((sum, chunk) => sum + chunk.length, 0));
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.chunks.push(strToU8(this.pending.join("")));
    this.pending = [];
    this.pendingCharacters = 0;
  }
}
