import { isoTextOfDay, type Day } from "../core/days";
import type { DraftedMessage } from "./draftMessages";
import { buildEml } from "./eml";
import { shortened, withinBytes } from "./shortened";
import type { ZipEntry } from "./zip";
import { recipientList } from "./draftRequest";

/** A draft that could not become a file, and why (an address a header cannot carry). */
export interface FileProblem {
  readonly customer: string;
  readonly message: string;
}

/**
 * The files of a batch: one `.eml` draft per email (X-Unsent, so the mail program opens it for
 * editing) and one `.txt` per letter for a customer without an email address (or whose channel is a
 * letter), and per call (R4: the number, then the text as talking points). Names start with
 * the stage and the customer, so a folder of drafts sorts by what to do.
 *
 * @param messages - the drafted messages (edited ones included)
 * @param from - the sender's name (R13) and address
 * @param day - the Date header
 *
 * @example
 * draftFiles(messages, { name: "Accounts receivable", address: "ar@example.com" }, 20488)
 * //=> { files: [{ name: "Reminder - Acme (USD).eml", text: "Date: …" }, { name: "Letter - Beta (EUR).txt", text: "…" }], problems: [] }
 */
export function draftFiles(messages: readonly DraftedMessage[], from: { readonly name: string; readonly address: string }, day: Day): { files: ZipEntry[]; problems: FileProblem[]; byMessage: (ZipEntry | null)[] } {
  const files: ZipEntry[] = [];
  const problems: FileProblem[] = [];
  // Aligned with `messages`: a message without a file leaves a gap, so reports never shift a row.
  const byMessage: (ZipEntry | null)[] = [];
  for (const drafted of messages) {
    const { draft, message } = drafted;
    // The name cut short, so the stage and the currency stay in sight (and two currencies apart).
    const label = `${withinBytes(shortened(draft.customer, 60), 120)} (${draft.currency})`;
    const file = draft.to === null ? (draft.medium === "call" ? callFile(label, draft, message) : letterFile(label, message)) : emlFile(label, drafted, from, day);
    if ("message" in file) problems.push({ customer: draft.customer, message: file.message });
    else files.push(file);
    byMessage.push("message" in file ? null : file);
  }
  return { files, problems, byMessage };
}

/** R4: a call's talking points, with the number to call at the top. */
function callFile(label: string, draft: DraftedMessage["draft"], message: DraftedMessage["message"]): ZipEntry {
  const number = `Call ${draft.phone ?? "(no phone number in the list)"}\r\n`;
  return { name: `Call - ${label}.txt`, text: `${number}${message.subject}\r\n\r\n${message.text.replace(/\r?\n/g, "\r\n")}\r\n` };
}

function letterFile(label: string, message: DraftedMessage["message"]): ZipEntry {
  return { name: `Letter - ${label}.txt`, text: `${message.subject}\r\n\r\n${message.text.replace(/\r?\n/g, "\r\n")}\r\n` };
}

/** The .eml draft to every address of the message (one To: list), or why it cannot be written. */
function emlFile(label: string, { draft, message }: DraftedMessage, from: { readonly name: string; readonly address: string }, day: Day): ZipEntry | { message: string } {
  const to = recipientList(draft).map((address) => ({ name: draft.stage === "Ask sales" ? "" : draft.customer, address }));
  const built = buildEml(message, { from, to, cc: draft.cc.map((address) => ({ name: "", address })), day });
  return built.ok ? { name: `${draft.stage} - ${label}.eml`, text: built.eml } : { message: built.message };
}

/**
 * The name of the zip of a batch.
 *
 * @example
 * batchFileName(20499) //=> "reminders-2026-02-15.zip"
 */
export function batchFileName(day: Day): string {
  return `reminders-${isoTextOfDay(day)}.zip`;
}
