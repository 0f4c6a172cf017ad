// Panel 5, "Remind": the selected rows become one draft per customer (stage from the ladder,
// template per stage and language), previewed here; then out through every path the host
// allows — the Reminders sheet (everywhere), Copy, .eml/.zip downloads, mailto — and into the
// Contact Log with "Mark as sent". Every row that gets no email is listed with its reason.
// Below, Record (recordSteps.ts): a promise, a plan, a dispute or a call on the selected rows.
import { displayName } from "../mail/headers";
import { policySetsOf } from "../app/policySetsOf";
import type { FieldColumns } from "../core/columns";
import { isoTextOfDay, type Day } from "../core/days";
import { describeLetterLanguage } from "../core/letterLanguage";
import type { Policy } from "../core/policy";
import { listLanguage } from "../app/listLanguage";
import { draftMessages, templateKey, type DraftedMessage } from "../mail/draftMessages";
import { defaultReminderOptions, recipientList } from "../mail/draftRequest";
import { batchFileName, draftFiles } from "../mail/draftFiles";
import { languageOf } from "../mail/language";
import { mailtoUrl } from "../mail/mailto";
import { reminderGroups } from "../mail/reminderGroups";
import { builtInTemplate } from "../mail/render";
import { stages } from "../mail/stage";
import type { Template } from "../mail/templates/template";
import { zipFiles } from "../mail/zip";
import { isFailure, type AgingData } from "../workbook/agingData";
import type { WorkbookPort } from "../workbook/port";
import type { SelectionReply } from "./analysisProtocol";
import { applyCells } from "../app/markSent";
import { copyText } from "./copyText";
import { downloadFile } from "./downloadFile";
import { showDraft } from "./draftPreview";
import { element, replaceChildren } from "./element";
import { missingWaysNote, type HostAbilities } from "./hostAbilities";
import { confirmMarkSent, markSent, undoLastMark } from "./markSent";
import type { MarkedBatch } from "../app/undoMarkSent";
import { clearNotice, errorText, showNotice } from "./notice";
import { startProgress } from "./progressView";
import { describeCalls, describeLeftOut, describeSelection } from "./remindSummary";
import { createRecordSection } from "./recordSteps";
import { openTemplateEditor } from "./templateEditor";

/** The list the drafts come from, as the pane read and mapped it. */
export interface RemindContext {
  readonly data: AgingData;
  readonly headerRow: number;
  readonly mapping: FieldColumns;
  readonly policy: Policy;
}

export interface RemindDependencies {
  /** The workbook the rows are selected in and the drafts are written to. */
  readonly workbook: WorkbookPort;
  /** The invoices on the selected rows (the analysis worker). */
  invoices(rows: readonly number[]): Promise<SelectionReply>;
  today(): Day;
  /** The day the drafts are for: today, or the report's own as-of date the user chose. */
  asOf(): Day;
  readonly abilities: HostAbilities;
  /** The pane's copy of the list changed (contacts recorded): refresh the figures. */
  onListChanged(): void;
}

export interface RemindPanel {
  readonly section: HTMLElement;
  show(context: RemindContext): void;
}

export function createRemindPanel(dependencies: RemindDependencies): RemindPanel {
  const draftButton = element("fluent-button", { type: "button", appearance: "primary", id: "draft-selection" }, "Draft reminders for the selected rows");
  const overrideGap = element("input", { type: "checkbox", id: "override-gap" });
  const summaryHost = element("div", { class: "remind-summary", id: "remind-summary" });
  const previewHost = element("div", { class: "preview-host", id: "draft-preview" });
  const editorHost = element("div", { class: "editor-host" });
  const confirmHost = element("div", { class: "confirm-host" });
  const progressHost = element("div", { class: "progress-host", hidden: true });
  const notice = element("div", { class: "notice-host", id: "remind-notice" });
  const writeSheet = element("fluent-button", { type: "button", id: "write-reminders" }, "Write to Reminders sheet");
  const download = element("fluent-button", { type: "button", id: "download-drafts" }, "Download drafts");
  // The From of downloaded drafts: the policy's senderEmail, or typed here for this session.
  const senderEmail = element("input", { type: "email", id: "sender-email", autocomplete: "email", placeholder: "ar@yourcompany.com" });
  const fromField = dependencies.abilities.download && element("div", { class: "field" }, element("label", { for: "sender-email" }, "From (your address, for downloaded drafts)"), senderEmail);
  const markAll = element("fluent-button", { type: "button", id: "mark-all-sent" }, "Mark all as sent");
  const batchActions = element("div", { id: "batch-actions", hidden: true }, fromField, element("div", { class: "actions" }, writeSheet, dependencies.abilities.download && download, markAll));
  const hostNote = missingWaysNote(dependencies.abilities);
  const section = element(
    "section",
    { class: "panel", id: "remind-panel", "aria-labelledby": "remind-heading", hidden: true },
    element("h2", { id: "remind-heading" }, "5. Remind"),
    element("p", { class: "hint" }, "Select invoice rows in the sheet (Ctrl+click for several areas), then draft: one email per customer, at the stage the playbook gives."),
    element("label", { class: "check" }, overrideGap, " Draft even if the last contact is less than the minimum gap ago (R17)"),
    element("div", { class: "actions" }, draftButton),
    progressHost,
    summaryHost,
    previewHost,
    editorHost,
    batchActions,
    hostNote && element("p", { class: "hint", id: "host-note" }, hostNote),
    confirmHost,
    notice,
  );
  section.append(createRecordSection(dependencies, () => context));

  let context: RemindContext | null = null;
  let messages: DraftedMessage[] = [];
  let shown = 0;
  let templates: Map<string, Template> = new Map();
  /** The last drafting's input, to draft again with an edited template. */
  let lastRows: readonly number[] = [];
  const logged = new Set<string>();
  /** Messages the user edited, by draft id: drafting again (another template) keeps them. */
  const edits = new Map<string, DraftedMessage>();

  function show(next: RemindContext): void {
    if (context?.data !== next.data) reset();
    if (senderEmail.value === "" || senderEmail.value === context?.policy.senderEmail) senderEmail.value = next.policy.senderEmail;
    context = next;
    section.hidden = false;
  }

  function reset(): void {
    messages = [];
    edits.clear();
    lastRows = [];
    summaryHost.replaceChildren();
    previewHost.replaceChildren();
    editorHost.replaceChildren();
    batchActions.hidden = true;
    clearNotice(notice);
  }

  draftButton.addEventListener("click", () => {
    if (context) void draftFromSelection(context);
  });

  async function draftFromSelection(current: RemindContext): Promise<void> {
    clearNotice(notice);
    summaryHost.replaceChildren(); // never show the last batch's counts while this one is drafted
    try {
      const selection = await dependencies.workbook.readSelection(current.data, current.headerRow);
      if (isFailure(selection)) return showNotice(notice, "error", `The selection could not be read: ${selection.error}`);
      const about = describeSelection(selection, current.data);
      if (selection.rows.length === 0) {
        reset();
        return showNotice(notice, "warning", about);
      }
      lastRows = selection.rows;
      shown = 0;
      const stored = await dependencies.workbook.readTemplates();
      templates = isFailure(stored) ? new Map<string, Template>() : new Map(stored.flatMap((row) => {
        const language = languageOf(row.language);
        const stage = stages.find((name) => name.toLowerCase() === row.stage.trim().toLowerCase());
        return language && stage ? [[templateKey(stage, language), { subject: row.subject, body: row.body }] as const] : [];
      }));
      await draft(current, about + (isFailure(stored) ? ` Your templates could not be read (${stored.error}); the built-in ones are used.` : ""));
    } catch (error) {
      showNotice(notice, "error", `Could not draft: ${errorText(error)}`);
    }
  }

  async function draft(current: RemindContext, about: string): Promise<void> {
    const asOf = dependencies.asOf();
    const selected = await dependencies.invoices(lastRows);
    if (!selected.ok) return showNotice(notice, "error", selected.message);
    const { policy } = current;
    const sets = await policySetsOf(dependencies.workbook);
    const language = listLanguage(current, policy, null);
    const options = { ...defaultReminderOptions, overrideGap: overrideGap.checked, defaultLanguage: language.language, defaultCurrency: policy.currency, policySets: sets.sets };
    const groups = reminderGroups(selected.invoices, asOf, policy, options);
    const drafted = draftMessages([...groups.drafts, ...groups.letters, ...groups.calls], templates, policy.senderName, asOf);
    messages = drafted.messages.map((message) => edits.get(message.record.draftId) ?? message);
    shown = Math.min(shown, Math.max(0, messages.length - 1));
    const emails = messages.filter((message) => message.draft.to !== null).length;
    const calls = messages.filter((message) => message.draft.medium === "call");
    const letters = messages.length - emails - calls.length;
    replaceChildren(
      summaryHost,
      element("p", { id: "draft-count", role: "status" }, `${about} ${emails === 1 ? "1 email" : `${emails} emails`}, ${letters === 1 ? "1 text for a call or letter" : `${letters} texts for a call or letter`}${calls.length === 0 ? "" : `, ${calls.length === 1 ? "1 customer" : `${calls.length} customers`} to call`}.`),
      element("p", { id: "draft-language", class: "hint" }, `${describeLetterLanguage(language)}.`),
      describeCalls(calls),
      describeLeftOut(current.data, selected.leftOut, groups.skipped, drafted.problems),
    );
    batchActions.hidden = messages.length === 0;
    render();
  }

  function render(): void {
    const current = messages[shown];
    if (!current || !context) {
      previewHost.replaceChildren();
      return;
    }
    showDraft(previewHost, messages, shown, dependencies.asOf(), {
      onMove: (index) => {
        shown = index;
        render();
      },
      onEdit: (index, edited) => {
        messages[index] = edited;
        edits.set(edited.record.draftId, edited);
        render();
        showNotice(notice, "success", "Saved: this message goes out as edited.");
      },
      actions: messageActions(current),
    });
  }

  function messageActions(current: DraftedMessage): HTMLElement[] {
    const copy = element("fluent-button", { type: "button", id: "copy-draft" }, "Copy");
    copy.addEventListener("click", () => {
      const copied = copyText(`${current.message.subject}\n\n${current.message.text}`);
      showNotice(notice, copied ? "success" : "error", copied ? "Subject and text copied." : "This browser refused to copy: select the text and press Ctrl+C.");
    });
    const template = element("fluent-button", { type: "button", id: "edit-template" }, "Edit template");
    template.addEventListener("click", () => editTemplate(current));
    const mark = element("fluent-button", { type: "button", id: "mark-sent" }, logged.has(current.record.draftId) ? "Logged" : "Mark as sent");
    if (logged.has(current.record.draftId)) mark.setAttribute("disabled", "");
    mark.addEventListener("click", () => void logAsSent([current]));
    const actions = [copy, template, mark];
    const url = dependencies.abilities.mailto && current.draft.to !== null ? mailtoUrl(recipientList(current.draft), current.draft.cc, current.message.subject, current.message.text) : null;
    if (url) actions.splice(1, 0, element("a", { href: url, class: "link-button", id: "open-mail" }, "Open in mail app"));
    return actions;
  }

  function editTemplate(current: DraftedMessage): void {
    const { stage, language } = current.draft;
    const key = templateKey(stage, language);
    const own = templates.get(key);
    openTemplateEditor(editorHost, stage, language, own ?? builtInTemplate(current.draft), own ? "workbook" : "built-in", {
      use: (template) => {
        templates.set(key, template);
        if (context) void draft(context, "Drafted again with the edited template.");
      },
      keep: async (template) => {
        const saved = await dependencies.workbook.saveTemplate({ stage, language, subject: template.subject, body: template.body });
        if (isFailure(saved)) return saved.error;
        templates.set(key, template);
        if (context) void draft(context, "Drafted again with the template kept in the workbook.");
        return null;
      },
      restore: async () => {
        const removed = await dependencies.workbook.removeTemplate(stage, language);
        if (isFailure(removed)) return removed.error;
        templates.delete(key);
        if (context) void draft(context, "Drafted again with the built-in template.");
        return null;
      },
    });
  }

  writeSheet.addEventListener("click", () => void writeReminders(false));

  async function writeReminders(confirmReplace: boolean): Promise<void> {
    clearNotice(notice);
    const progress = startProgress(progressHost, "Writing the Reminders sheet");
    try {
      const result = await dependencies.workbook.writeRemindersSheet(messages.map((message) => message.record), { confirmReplace }, progress);
      if (isFailure(result)) return showNotice(notice, progress.cancelled ? "info" : "error", result.error);
      if (!result.ok) return askToReplace(result.existingRows);
      showNotice(notice, "success", `Wrote ${result.rows === 1 ? "1 message" : `${result.rows} messages`} to the Reminders sheet (${result.address}), ready for mail merge.`);
    } catch (error) {
      showNotice(notice, "error", `Could not write the Reminders sheet: ${errorText(error)}`);
    } finally {
      progress.finish();
    }
  }

  function askToReplace(existing: number): void {
    const replace = element("fluent-button", { type: "button", appearance: "primary", id: "confirm-replace" }, "Replace them");
    const keep = element("fluent-button", { type: "button", id: "keep-reminders" }, "Keep them");
    replace.addEventListener("click", () => {
      confirmHost.replaceChildren();
      void writeReminders(true);
    });
    keep.addEventListener("click", () => {
      confirmHost.replaceChildren();
      showNotice(notice, "info", "The Reminders sheet was left as it is.");
    });
    replaceChildren(
      confirmHost,
      element(
        "div",
        { class: "confirm", role: "alertdialog", "aria-labelledby": "replace-heading", id: "replace-confirm" },
        element("h3", { id: "replace-heading" }, "The Reminders sheet holds an earlier batch"),
        element("p", {}, `It has ${existing === 1 ? "1 message" : `${existing} messages`}. Replace them with this batch? Messages you sent are in the Contact Log either way.`),
        element("div", { class: "actions" }, replace, keep),
      ),
    );
    keep.focus();
  }

  download.addEventListener("click", () => {
    if (!context) return;
    const { policy } = context;
    const address = senderEmail.value.trim();
    if (address === "") {
      senderEmail.focus();
      return showNotice(notice, "warning", "Type your email address in From first (or set senderEmail in the policy): a draft needs a From address.");
    }
    const day = dependencies.today();
    const { files, problems } = draftFiles(messages, { name: policy.senderName, address }, day);
    const [only] = files;
    if (files.length === 1 && only) downloadFile(only.name, only.text, only.name.endsWith(".eml") ? "message/rfc822" : "text/plain");
    else if (files.length > 1) downloadFile(batchFileName(day), zipFiles(files, day), "application/zip");
    const left = problems.map((problem) => `${displayName(problem.customer)}: ${problem.message}`).join("; ");
    showNotice(notice, problems.length ? "warning" : "success", `${files.length === 1 ? "1 draft" : `${files.length} drafts`} downloaded${files.length > 1 ? " in one .zip" : ""}: open each .eml in your mail program, check it and send.${left ? ` Not downloaded: ${left}.` : ""}`);
  });

  markAll.addEventListener("click", () => void logAsSent(messages.filter((message) => !logged.has(message.record.draftId))));

  async function logAsSent(chosen: readonly DraftedMessage[]): Promise<void> {
    const current = context;
    if (!current) return;
    if (chosen.length === 0) return showNotice(notice, "info", "Every message of this batch is logged already.");
    clearNotice(notice);
    const today = dependencies.today();
    const answer = await confirmMarkSent(confirmHost, chosen.length, isoTextOfDay(today));
    if (answer === null) return showNotice(notice, "info", "Nothing was logged.");
    try {
      const result = await markSent(dependencies.workbook, chosen, current.data, current.headerRow, current.mapping, new Date(), today, current.policy.dateSystem, answer.note, answer.markedBy);
      for (const id of result.logged) logged.add(id);
      if (result.updated.length > 0) {
        applyCells(current.data, result.updated);
        dependencies.onListChanged();
      }
      showNotice(notice, result.kind, result.text);
      if (result.batch) offerUndo(result.batch, answer.markedBy);
      render();
    } catch (error) {
      showNotice(notice, "error", `Could not log: ${errorText(error)}`);
    }
  }

  /** One click takes the last batch back (issue 17): an "Undoes" log row per message, the cells restored. */
  function offerUndo(batch: MarkedBatch, markedBy: string): void {
    const undo = element("fluent-button", { type: "button", id: "undo-sent" }, batch.entries.length === 1 ? "Undo Mark as sent" : `Undo Mark as sent (${batch.entries.length} messages)`);
    undo.addEventListener("click", () => {
      undo.remove();
      void (async () => {
        const current = context;
        if (!current) return;
        try {
          const result = await undoLastMark(dependencies.workbook, batch, new Date(), dependencies.today(), current.policy.dateSystem, markedBy);
          for (const entry of batch.entries) logged.delete(entry.draftId);
          if (result.cells.length > 0) {
            applyCells(current.data, result.cells);
            dependencies.onListChanged();
          }
          showNotice(notice, result.kind, result.text);
          render();
        } catch (error) {
          showNotice(notice, "error", `Could not undo: ${errorText(error)}`);
        }
      })();
    });
    notice.append(undo);
  }

  return { section, show };
}
