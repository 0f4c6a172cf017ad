/** What the desk knows about an invoice beyond dates and money (R8, R9, R20, R22). */
export interface StatusFlags {
  /** R8: the customer disputes the invoice: dunning pauses. */
  readonly disputed: boolean;
  /** R7: the customer is in real hardship: a written payment plan. */
  readonly hardship: boolean;
  /** R9: the customer cannot be reached: trace them. */
  readonly unreachable: boolean;
  /** R20: a settlement for less was offered (and, the invoice being open, not taken). */
  readonly settlementOffered: boolean;
  /** R22: sales has been asked about a complaint or product problem. */
  readonly salesAsked: boolean;
  /** R19: the customer must not be contacted (asked in writing, insolvency, a lawyer's letter): never scheduled. */
  readonly doNotContact: boolean;
}

/** The words a Status cell may hold, comma-separated, in any case. */
export const statusWords: Readonly<Record<string, keyof StatusFlags>> = {
  disputed: "disputed",
  dispute: "disputed",
  hardship: "hardship",
  unreachable: "unreachable",
  offered: "settlementOffered",
  "settlement offered": "settlementOffered",
  refused: "settlementOffered",
  "settlement refused": "settlementOffered",
  "sales asked": "salesAsked",
  "asked sales": "salesAsked",
  "do not contact": "doNotContact",
  "do-not-contact": "doNotContact",
  "no contact": "doNotContact",
  dnc: "doNotContact",
};

export const noStatus: StatusFlags = {
  disputed: false,
  hardship: false,
  unreachable: false,
  settlementOffered: false,
  salesAsked: false,
  doNotContact: false,
};

/** A status, or (as a string) the first word that is not a status word. */
export type StatusReading = StatusFlags | string;

const readings = new Map<string, StatusReading>();
const MAX_CACHED = 1_000;

/**
 * Reads a Status cell such as "Disputed, sales asked". A Status column holds few distinct
 * texts, so readings are cached: the engine parses each text once, not once per row.
 *
 * @example
 * readStatus("Hardship; sales asked") //=> { ...noStatus, hardship: true, salesAsked: true }
 * readStatus("angry")                 //=> "angry" (not a status word)
 */
export function readStatus(text: string): StatusReading {
  let reading = readings.get(text);
  if (reading === undefined) {
    if (readings.size >= MAX_CACHED) readings.clear();
    reading = parseStatus(text);
    readings.set(text, reading);
  }
  return reading;
}

function parseStatus(text: string): StatusReading {
  const flags: { -readonly [K in keyof StatusFlags]: boolean } = { ...noStatus };
  for (const part of text.split(/[,;|/\n]+/)) {
    const word = part.trim().toLowerCase().replace(/\s+/g, " ");
    if (word === "") continue;
    const flag = statusWords[word];
    if (!flag) return part.trim();
    flags[flag] = true;
  }
  return Object.freeze(flags);
}
