import { isoTextOfDay, type Day } from "../core/days";
import type { DraftedMessage } from "./draftMessages";
import { buildEml } from "./eml";
import type { ZipEntry } from "./zip";

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
export function draftFiles(messages: readonly DraftedMessage[], from: { readonly name: string; readonly address: string }, day: Day): { files: ZipEntry[]; problems: FileProblem[] } {
  const files: ZipEntry[] = [];
  const problems: FileProblem[] = [];
  for (const { draft, message } of messages) {
    const label = `${draft.customer} (${draft.currency})`;
    if (draft.to === null && draft.medium === "call") {
      // R4: a call's talking points, with the number to call at the top.
      const number = `Call ${draft.phone ?? "(no phone number in the list)"}\r\n`;
      files.push({ name: `Call - ${label}.txt`, text: `${number}${message.subject}\r\n\r\n${message.text.replace(/\r?\n/g, "\r\n")}\r\n` });
      continue;
    }
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
