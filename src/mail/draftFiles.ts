import { isoTextOfDay, type Day } from "../core/days";
import type { DraftedMessage } from "./draftMessages";
import { buildEml } from "./eml";
import { shortened, withinBytes } from "./shortened";
import type { ZipEntry } from "./zip";

/** A draft that could not become a file, and why (an address a header cannot carry). */
export interface FileProblem {
  readonly customer: string;
  readonly message: string;
}

/**
 * The files of a batch: one `.eml` draft per email (X-Unsent, so the mail program opens it for
 * editing) and one `.txt` per letter for a customer without an email address. Names start with
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
export function draftFiles(messages: readonly DraftedMessage[], from: { readonly name: string; readonly address: string }, day: Day): { files: ZipEntry[]; problems: FileProblem[] } {
  const files: ZipEntry[] = [];
  const problems: FileProblem[] = [];
  for (const { draft, message } of messages) {
    // The name cut short, so the stage and the currency stay in sight (and two currencies apart).
    const label = `${withinBytes(shortened(draft.customer, 60), 120)} (${draft.currency})`;
    if (draft.to === null) {
      files.push({ name: `Letter - ${label}.txt`, text: `${message.subject}\r\n\r\n${message.text.replace(/\r?\n/g, "\r\n")}\r\n` });
      continue;
    }
    const to = [{ name: draft.stage === "Ask sales" ? "" : draft.customer, address: draft.to }];
    const built = buildEml(message, { from, to, cc: draft.cc.map((address) => ({ name: "", address })), day });
    if (built.ok) files.push({ name: `${draft.stage} - ${label}.eml`, text: built.eml });
    else problems.push({ customer: draft.customer, message: built.message });
  }
  return { files, problems };
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
