import type { Day } from "./days";
import { ladderEntry } from "./ladderState";

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
  /** R22: the day sales was asked, when the desk recorded it ("sales asked 2026-12-02"): their reply is awaited for salesReplyDays. */
  readonly salesAskedDay: Day | null;
  /** R20: the last day of the settlement offer, when recorded ("offered 2026-12-02 until 2026-12-16"): the customer has until then. */
  readonly offeredUntil: Day | null;
}

/** The flags a status word sets. */
type StatusWordFlag = "disputed" | "hardship" | "unreachable" | "settlementOffered" | "salesAsked";

/** The words a Status cell may hold, comma-separated, in any case. */
export const statusWords: Readonly<Record<string, StatusWordFlag>> = {
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
};

export const noStatus: StatusFlags = {
  disputed: false,
  hardship: false,
  unreachable: false,
  settlementOffered: false,
  salesAsked: false,
  salesAskedDay: null,
  offeredUntil: null,
};

/** A status, or (as a string) the first word that is not a status word. */
export type StatusReading = StatusFlags | string;

const readings = new Map<string, StatusReading>();
const MAX_CACHED = 1_000;

/**
 * Reads a Status cell such as "Disputed, sales asked", or the desk's Dunning status entries with
 * their dates ("sales asked 2026-12-02; offered 2026-12-02 until 2026-12-16", see ladderState.ts);
 * both may come joined in one text. A Status column holds few distinct
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
  const flags: { -readonly [K in keyof StatusFlags]: StatusFlags[K] } = { ...noStatus };
  // "/" separates words but is no part of an ISO date: split dated entries on the other separators only.
  for (const part of text.split(/[,;|\n]+/)) {
    const dated = ladderEntry(part);
    if (dated?.salesAsked !== undefined && dated.salesAsked !== null) {
      flags.salesAsked = true;
      flags.salesAskedDay = Math.max(dated.salesAsked, flags.salesAskedDay ?? -Infinity);
      continue;
    }
    if (dated?.offered) {
      flags.settlementOffered = true;
      if (dated.offered.until !== null) flags.offeredUntil = Math.max(dated.offered.until, flags.offeredUntil ?? -Infinity);
      continue;
    }
    for (const piece of part.split("/")) {
      const word = piece.trim().toLowerCase().replace(/\s+/g, " ");
      if (word === "") continue;
      const flag = statusWords[word];
      if (!flag) return piece.trim();
      flags[flag] = true;
    }
  }
  return Object.freeze(flags);
}
