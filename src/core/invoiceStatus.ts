import { dateOrderEvidence, readDateText, type DateOrder } from "./dateText";
import { dayFromIsoText, type Day } from "./days";
import { ladderEntry, type LadderState } from "./ladderState";
import { noStatus, type StatusFlags } from "./status";
import { readStatusEntries, readStatusNotes, type StatusMention } from "./statusText";
import { statusTopics, type StatusTopic } from "./vocabulary";

/** The texts an invoice's status is read from: a strict Status cell and a free-text notes cell. */
export interface StatusSources {
  readonly status: string | null;
  readonly notes: string | null;
}

/** A mention with the column it was read from. */
export interface SourcedMention extends StatusMention {
  readonly source: "status" | "notes";
}

/** What the desk reads of an invoice's status. */
export interface InvoiceStatus {
  readonly ok: true;
  readonly flags: StatusFlags;
  /** The promise to pay in force, if any; its date as written (null: a promise without a date). */
  readonly promise: SourcedMention | null;
  /** The mention that decided each topic, in topic order: what ACTIONREASON quotes. */
  readonly read: readonly SourcedMention[];
}

/** A Status cell holds a word that is not a status: the reading refuses and names it. */
export interface StatusRefusal {
  readonly ok: false;
  readonly word: string;
}

export type InvoiceStatusReading = InvoiceStatus | StatusRefusal;

/**
 * Reads an invoice's status, the one reader behind the AR formulas, Analyze, drafting and the
 * CLI. The Status cell is strict: every entry must be a status phrase (in English, Indonesian,
 * Latvian or Thai), else the reading refuses and names the entry. The notes cell is free text:
 * status phrases are picked out of it and anything else is passed over. Within a text the last
 * phrase on a topic wins ("disputed … dispute resolved" is not disputed); a topic the Status
 * cell speaks of is decided by it, the others by the notes.
 *
 * @example
 * readInvoiceStatus({ status: null, notes: "Pelanggan sengketa harga" })
 * //=> { ok: true, flags: { ...noStatus, disputed: true }, promise: null, read: [{ topic: "disputed", text: "sengketa", source: "notes", … }] }
 * readInvoiceStatus({ status: "angry", notes: null }) //=> { ok: false, word: "angry" }
 */
export function readInvoiceStatus(sources: StatusSources): InvoiceStatusReading {
  const key = `${sources.status ?? ""}\u0000${sources.notes ?? ""}`;
  let reading = readings.get(key);
  if (reading === undefined) {
    if (readings.size >= MAX_CACHED) readings.clear();
    reading = Object.freeze(readSources(sources));
    readings.set(key, reading);
  }
  return reading;
}

/**
 * The day an invoice's promise says, read in the date order of the sheet (or the policy): the
 * promise date column when it has one, else the date the promise text gives, else the promise
 * the desk recorded in its Dunning status column. A date that shows
 * its order ("30/11/2026", "11/30/2026") is read in it; with the policy's "iso" order, a note's
 * date is read only then (or when it is ISO or has a month name).
 *
 * @example
 * promiseDayOf(null, readInvoiceStatus({ status: null, notes: "janji bayar 30/11/2026" }) as InvoiceStatus, "dayFirst") //=> 20787 (2026-11-30)
 */
export function promiseDayOf(column: Day | null, status: InvoiceStatus, order: DateOrder | "iso"): Day | null {
  if (column !== null) return column;
  const text = status.promise?.dateText ?? null;
  // A promise the desk recorded (its Dunning status column), when the user's words name none.
  if (text === null) return status.promise === null ? status.flags.promisedDay : null;
  const iso = dayFromIsoText(text);
  if (typeof iso === "number") return iso;
  // A date that shows its order is read in it: "promised to pay 11/30/2026" on a day-first sheet.
  const day = order === "iso" ? dayShowingItsOrder(text) : readDateText(text, dateOrderEvidence(text) ?? order);
  return typeof day === "number" ? day : null;
}

/** A numeric date whose order it does not show ("05/02/2026") is no date without an order. */
function dayShowingItsOrder(text: string): Day | null {
  const evidence = dateOrderEvidence(text);
  if (evidence === null && /^\s*[\d\u0E50-\u0E59]{1,2}[./-]/u.test(text)) return null;
  const day = readDateText(text, evidence ?? "dayFirst");
  return typeof day === "number" ? day : null;
}

/** How each topic is named when the desk says what it read. */
export const statusTopicNames: Readonly<Record<StatusTopic, { readonly set: string; readonly clear: string }>> = {
  disputed: { set: "disputed", clear: "no dispute" },
  promise: { set: "promise to pay", clear: "no promise pending" },
  unreachable: { set: "unreachable", clear: "reachable" },
  hardship: { set: "hardship", clear: "no hardship" },
  settlementOffered: { set: "settlement offered", clear: "no settlement offered" },
  salesAsked: { set: "sales asked", clear: "sales not asked" },
  doNotContact: { set: "do not contact", clear: "contact allowed" },
};

/**
 * The words a reading took from the notes, for a reason: "disputed, from 'sengketa'". Empty
 * when the notes said nothing the desk reads. Given the promise day the row was read with, a
 * promise without a date is left out here: the reason says it on its own (`undatedPromiseText`).
 *
 * @example
 * describeStatusRead(readInvoiceStatus({ status: null, notes: "sengketa; janji bayar 30/11/2026" }) as InvoiceStatus)
 * //=> "disputed, from 'sengketa'; promise to pay, from 'janji bayar 30/11/2026'"
 * describeStatusRead(readInvoiceStatus({ status: null, notes: "sengketa; janji bayar" }) as InvoiceStatus, null)
 * //=> "disputed, from 'sengketa'"
 */
export function describeStatusRead(status: InvoiceStatus, promiseDay?: Day | null): string {
  const undated = promiseDay === undefined ? null : undatedPromise(status, promiseDay);
  return status.read
    .filter((mention) => mention.source === "notes" && mention !== undated)
    .map((mention) => `${statusTopicNames[mention.topic][mention.effect]}, from '${mention.text}'`)
    .join("; ");
}

/**
 * The promise to pay a reading holds when the row gives it no day (no date after the words that
 * reads as one, no Promise date column): it is not awaited (R7). Null when there is none.
 *
 * @example
 * undatedPromise(readInvoiceStatus({ status: null, notes: "solīja samaksāt" }) as InvoiceStatus, null)?.text //=> "solīja samaksāt"
 * undatedPromise(readInvoiceStatus({ status: null, notes: "solīja samaksāt" }) as InvoiceStatus, 20787)   //=> null
 */
export function undatedPromise(status: InvoiceStatus, promiseDay: Day | null): SourcedMention | null {
  return promiseDay === null ? status.promise : null;
}

/**
 * What a reason says of a promise to pay without a date. R7 awaits a promise until its date, so
 * one without a date is not awaited and the ladder goes on: the reason must say so, not look
 * like a wait.
 *
 * @example
 * undatedPromiseText("janji bayar")
 * //=> "a promise to pay without a date ('janji bayar') is not awaited (R7): write its date after the words or in a Promise date column"
 */
export function undatedPromiseText(words: string): string {
  return `a promise to pay without a date ('${words}') is not awaited (R7): write its date after the words or in a Promise date column`;
}

const readings = new Map<string, InvoiceStatusReading>();
const MAX_CACHED = 10_000;

function readSources(sources: StatusSources): InvoiceStatusReading {
  // The desk's own dated entries (its Dunning status column, joined to the Status cell with "; ")
  // are taken out first; the rest is the user's and read strictly.
  const desk = deskEntries(sources.status);
  const entries = desk.rest === null ? { ok: true as const, mentions: [] } : readStatusEntries(desk.rest);
  if (!entries.ok) return { ok: false, word: entries.word };
  const fromStatus = lastPerTopic(entries.mentions, "status");
  const fromNotes = lastPerTopic(sources.notes === null ? [] : readStatusNotes(sources.notes), "notes");
  const flags: { -readonly [K in keyof StatusFlags]: StatusFlags[K] } = { ...noStatus, ...desk.flags };
  const read: SourcedMention[] = [];
  let promise: SourcedMention | null = null;
  for (const topic of statusTopics) {
    const mention = fromStatus.get(topic) ?? fromNotes.get(topic);
    if (mention === undefined) continue;
    read.push(mention);
    if (topic === "promise") {
      promise = mention.effect === "set" ? mention : null;
      flags.promisedDay = null;
    }
    // The user's words decide a topic, over a step the desk recorded.
    else flags[topic] = mention.effect === "set";
  }
  return { ok: true, flags: Object.freeze(flags), promise, read };
}

/**
 * The desk's dated entries of a status text ("sales asked 2026-12-02", "offered 2026-12-02 until
 * 2026-12-16", see ladderState.ts) as flags, and the text without them (null when nothing is left).
 */
function deskEntries(text: string | null): { readonly flags: Partial<StatusFlags>; readonly rest: string | null } {
  if (text === null) return { flags: {}, rest: null };
  const flags: { -readonly [K in keyof StatusFlags]?: StatusFlags[K] } = {};
  const rest: string[] = [];
  for (const part of text.split(/[;\n]+/)) {
    const entry = ladderEntry(part);
    if (entry?.salesAsked !== undefined && entry.salesAsked !== null) {
      flags.salesAsked = true;
      flags.salesAskedDay = Math.max(entry.salesAsked, flags.salesAskedDay ?? -Infinity);
    } else if (entry?.offered) {
      flags.settlementOffered = true;
      if (entry.offered.until !== null) flags.offeredUntil = Math.max(entry.offered.until, flags.offeredUntil ?? -Infinity);
    } else if (entry !== null) recordedFlags(entry, flags);
    else if (part.trim() !== "") rest.push(part);
  }
  return { flags, rest: rest.length === 0 ? null : rest.join(";") };
}

/** The flags of a step recorded in one click: a dispute opened or resolved, a promise, a plan (a call sets none). */
function recordedFlags(entry: Partial<LadderState>, flags: { -readonly [K in keyof StatusFlags]?: StatusFlags[K] }): void {
  if (entry.dispute) flags.disputed = entry.dispute.open;
  if (entry.promised) flags.promisedDay = entry.promised.payBy;
  if (entry.plan) flags.plan = entry.plan;
}

function lastPerTopic(mentions: readonly StatusMention[], source: SourcedMention["source"]): Map<StatusTopic, SourcedMention> {
  const last = new Map<StatusTopic, SourcedMention>();
  for (const mention of mentions) last.set(mention.topic, { ...mention, source });
  return last;
}
