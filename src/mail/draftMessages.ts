import type { Day } from "../core/days";
import type { DraftRequest } from "./draftRequest";
import type { Language } from "./language";
import { builtInTemplate, renderReminder, type RenderedMessage } from "./render";
import { reminderRecord, type ReminderRecord } from "./reminderRecord";
import type { Stage } from "./stage";
import type { Template } from "./templates/template";

/** Templates the user keeps in the workbook, by `templateKey(stage, language)`. */
export type UserTemplates = ReadonlyMap<string, Template>;

/** A draft with its text: ready to preview, write to the Reminders sheet, download or log. */
export interface DraftedMessage {
  readonly draft: DraftRequest;
  readonly message: RenderedMessage;
  readonly record: ReminderRecord;
  /** Whose template it was drafted from. */
  readonly source: "built-in" | "workbook";
}

/** A draft that could not be rendered: the workbook's template for its stage has a bad field. */
export interface DraftProblem {
  readonly draft: DraftRequest;
  readonly message: string;
}

/**
 * The key of a template: stage and language.
 *
 * @example
 * templateKey("Reminder", "lv") //=> "Reminder|lv"
 */
export function templateKey(stage: Stage, language: Language): string {
  return `${stage}|${language}`;
}

/**
 * Renders every draft with the user's template for its stage and language, else the built-in
 * one. A user template that no longer renders (edited by hand on its sheet) leaves its drafts
 * out with the reason, instead of falling back silently to words the user replaced.
 *
 * @param drafts - the draft requests (emails and letters)
 * @param templates - the user's templates
 * @param sender - the signature (R13)
 * @param asOf - the day of drafting
 *
 * @example
 * draftMessages(groups.drafts, new Map(), "Accounts receivable", 20488)
 * //=> { messages: [{ draft, message: { subject: "Payment reminder: …", … }, record, source: "built-in" }], problems: [] }
 */
export function draftMessages(drafts: readonly DraftRequest[], templates: UserTemplates, sender: string, asOf: Day): { messages: DraftedMessage[]; problems: DraftProblem[] } {
  const messages: DraftedMessage[] = [];
  const problems: DraftProblem[] = [];
  for (const draft of drafts) {
    const user = templates.get(templateKey(draft.stage, draft.language));
    const rendered = renderReminder(user ?? builtInTemplate(draft), draft, sender);
    if (!rendered.ok) {
      problems.push({ draft, message: `the workbook's ${draft.stage} template (${draft.language}) ${rendered.message}` });
      continue;
    }
    messages.push({ draft, message: rendered.message, record: reminderRecord(draft, rendered.message, asOf), source: user ? "workbook" : "built-in" });
  }
  return { messages, problems };
}
