// One drafted message on screen: who it goes to, the subject and the text, with Previous/Next.
// The user may edit this one message (it then stays as edited for every way out) and copy it.
import { displayName } from "../mail/headers";
import { channelText } from "../core/channel";
import { editedMessage } from "../mail/render";
import { reminderRecord } from "../mail/reminderRecord";
import type { DraftedMessage } from "../mail/draftMessages";
import type { Day } from "../core/days";
import { element, replaceChildren } from "./element";

/**
 * Shows message `index` of `messages` in `host`. `onEdit` receives the edited message.
 *
 * @example
 * showDraft(host, messages, 0, 20499, { onMove: (i) => …, onEdit: (i, edited) => …, extraActions: [copyButton] })
 */
export function showDraft(
  host: HTMLElement,
  messages: readonly DraftedMessage[],
  index: number,
  asOf: Day,
  handlers: { onMove(index: number): void; onEdit(index: number, edited: DraftedMessage): void; actions: readonly HTMLElement[] },
): void {
  const drafted = messages[index];
  if (!drafted) {
    host.replaceChildren();
    return;
  }
  const { draft, message } = drafted;
  const previous = element("fluent-button", { type: "button", id: "draft-previous", disabled: index === 0 }, "Previous");
  const next = element("fluent-button", { type: "button", id: "draft-next", disabled: index >= messages.length - 1 }, "Next");
  const edit = element("fluent-button", { type: "button", id: "draft-edit" }, "Edit this message");
  previous.addEventListener("click", () => handlers.onMove(index - 1));
  next.addEventListener("click", () => handlers.onMove(index + 1));
  const body = element("div", { class: "draft-body", id: "draft-text", tabindex: 0, "aria-label": "Message text" }, message.text);
  const subjectLine = element("p", { class: "draft-subject", id: "draft-subject" }, message.subject);
  edit.addEventListener("click", () => {
    const subject = element("input", { type: "text", id: "edit-subject", value: message.subject, "aria-label": "Subject" });
    const text = element("textarea", { id: "edit-text", rows: 14, "aria-label": "Message text" });
    text.value = message.text;
    const save = element("fluent-button", { type: "button", appearance: "primary", id: "edit-save" }, "Save changes");
    save.addEventListener("click", () => {
      const changed = editedMessage(subject.value, text.value, draft.language);
      handlers.onEdit(index, { ...drafted, message: changed, record: reminderRecord(draft, changed, asOf) });
    });
    subjectLine.replaceWith(subject);
    body.replaceWith(element("div", {}, text, element("div", { class: "actions" }, save)));
    subject.focus();
  });
  const recipient = recipientLine(draft);
  replaceChildren(
    host,
    element(
      "article",
      { class: "draft", "aria-labelledby": "draft-heading" },
      element("h3", { id: "draft-heading" }, `${index + 1} of ${messages.length}: ${displayName(draft.customer)} — ${draft.stage}`),
      element("p", { class: "draft-meta", id: "draft-to" }, recipient),
      element("p", { class: "hint" }, `${draft.language} · ${draft.currency} · ${draft.lines.length === 1 ? "1 invoice" : `${draft.lines.length} invoices`} · ${draft.rule}${drafted.source === "workbook" ? " · your template" : ""}`),
      subjectLine,
      body,
      element("div", { class: "actions" }, previous, next, edit, ...handlers.actions),
    ),
  );
}

/** Who the draft goes to: the addresses, the number to call (R4), or a letter (R13). */
function recipientLine(draft: DraftedMessage["draft"]): string {
  if (draft.medium === "call") return `Call ${channelText(draft.channel)}: ${draft.phone ?? "no phone number in the list"}. Use this text as the talking points; nothing is e-mailed (R4).`;
  if (draft.to === null) return draft.channel === "email" ? "No email address: use this text for a phone call or a letter." : `Send ${channelText(draft.channel)}: this text is the letter (R13).`;
  return `To: ${draft.to}${draft.cc.length > 0 ? ` · Cc: ${draft.cc.join(", ")}` : ""}`;
}
