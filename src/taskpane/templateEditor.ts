// Editing a stage's template (subject and body with {{fields}}) for one language. "Use now"
// re-drafts the batch with it; "Keep in workbook" saves it on the Dunning Templates sheet so the
// next batch (and colleagues) use it; "Restore built-in" removes the workbook's version.
import type { Language } from "../mail/language";
import { mergeFields, validateTemplate } from "../mail/mergeFields";
import type { Stage } from "../mail/stage";
import type { Template } from "../mail/templates/template";
import { element, replaceChildren } from "./element";
import { showNotice } from "./notice";
import { capitalize } from "./sentence";

export interface TemplateEditorActions {
  /** Re-drafts with this template for the batch (not saved). */
  use(template: Template): void;
  /** Saves it in the workbook; resolves with an error text or null. */
  keep(template: Template): Promise<string | null>;
  /** Removes the workbook's version; resolves with an error text or null. */
  restore(): Promise<string | null>;
}

/**
 * Opens the editor in `host` for a stage and language, filled with `template`.
 *
 * @example
 * openTemplateEditor(host, "Reminder", "lv", template, "workbook", actions)
 */
export function openTemplateEditor(host: HTMLElement, stage: Stage, language: Language, template: Template, source: "built-in" | "workbook", actions: TemplateEditorActions): void {
  const subject = element("input", { type: "text", id: "template-subject", value: template.subject });
  const body = element("textarea", { id: "template-body", rows: 12 });
  body.value = template.body;
  const notice = element("div", { class: "notice-host" });
  const use = element("fluent-button", { type: "button", appearance: "primary", id: "template-use" }, "Use for this batch");
  const keep = element("fluent-button", { type: "button", id: "template-keep" }, "Keep in workbook");
  const restore = element("fluent-button", { type: "button", id: "template-restore", disabled: source !== "workbook" }, "Restore built-in");
  const close = element("fluent-button", { type: "button", id: "template-close" }, "Close");

  /** The edited template, or null after saying which field is wrong. */
  const checked = (): Template | null => {
    for (const [label, text] of [["Subject", subject.value], ["Body", body.value]] as const) {
      const check = validateTemplate(text);
      if (!check.ok) {
        showNotice(notice, "error", `${label}: ${capitalize(check.message)}`);
        return null;
      }
    }
    return { subject: subject.value, body: body.value };
  };
  use.addEventListener("click", () => {
    const edited = checked();
    if (edited) actions.use(edited);
  });
  keep.addEventListener("click", () => {
    const edited = checked();
    if (!edited) return;
    void actions.keep(edited).then((error) => {
      showNotice(notice, error ? "error" : "success", error ?? "Kept on the Dunning Templates sheet: new drafts of this stage and language use it.");
      if (!error) restore.removeAttribute("disabled");
    });
  });
  restore.addEventListener("click", () => {
    void actions.restore().then((error) => showNotice(notice, error ? "error" : "success", error ?? "The built-in template is used again."));
  });
  close.addEventListener("click", () => host.replaceChildren());
  replaceChildren(
    host,
    element(
      "div",
      { class: "template-editor", role: "group", "aria-labelledby": "template-heading" },
      element("h3", { id: "template-heading" }, `Template: ${stage} (${language})`),
      element("p", { class: "hint" }, `Fields: ${mergeFields.map((field) => `{{${field}}}`).join(" ")}`),
      element("label", { for: "template-subject" }, "Subject"),
      subject,
      element("label", { for: "template-body" }, "Body"),
      body,
      element("div", { class: "actions" }, use, keep, restore, close),
      notice,
    ),
  );
  subject.focus();
}
