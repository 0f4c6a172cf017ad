import type { DraftRequest } from "./draftRequest";
import { escapeHtml } from "./escapeHtml";
import { formatDay, formatMoney, formatPercent } from "./formatting";
import { invoiceHtml, invoiceTables, invoiceText } from "./invoiceTable";
import { subjectLine } from "./headers";
import { mergeText, validateTemplate, type MergeField, type TemplateProblem } from "./mergeFields";
import { languagePacks } from "./templates";
import type { Template } from "./templates/template";

/** A reminder ready to send: subject, plain-text body and HTML body. */
export interface RenderedMessage {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

/**
 * Merges a template with a draft request, in the draft's language: dates with date-fns
 * locales in the draft's locale (British or US English, Thai with Buddhist-era years), money
 * with Intl in the draft's currency and locale. The subject is one line (CR/LF in any
 * value become spaces, bidi controls removed) of at most 200 characters (`subjectLine`); in the HTML part every merged value and the template text are escaped.
 * A template with an unknown field is refused with the field's name.
 *
 * @param template - subject and body (built-in or edited by the user)
 * @param draft - the customer's draft request
 * @param sender - the signature (R13: the finance role from the settings)
 *
 * @example
 * renderReminder(languagePacks.en.templates.Reminder, draft, "Accounts receivable, Example Ltd")
 * //=> { ok: true, message: { subject: "Payment reminder: $1,200.00 outstanding", text: "Dear Acme, …", html: "<!DOCTYPE html>…" } }
 */
export function renderReminder(template: Template, draft: DraftRequest, sender: string): { readonly ok: true; readonly message: RenderedMessage } | TemplateProblem {
  for (const text of [template.subject, template.body]) {
    const check = validateTemplate(text);
    if (!check.ok) return check;
  }
  const pack = languagePacks[draft.language];
  const cells = invoiceTables(draft, pack.labels);
  const values = fieldValues(draft, sender);
  // One subject for every way out (issue 13): the .eml header, the Reminders cell and the log carry the same cut line.
  const subject = subjectLine(mergeText(oneLine(template.subject), { ...values, invoices: "" }));
  const text = mergeText(template.body, { ...values, invoices: invoiceText(cells) });
  const htmlValues = mapValues(values, (value) => escapeHtml(value).replace(/\r?\n/g, "<br>\n"));
  const body = mergeText(template.body, { ...htmlValues, invoices: invoiceHtml(cells) }, (part) => escapeHtml(part).replace(/\r?\n/g, "<br>\n"));
  return { ok: true, message: { subject, text, html: htmlDocument(draft.language, subject, body) } };
}

/**
 * The built-in template of the draft's stage and language.
 *
 * @example
 * builtInTemplate(draft).subject //=> "Payment reminder: {{total}} outstanding"
 */
export function builtInTemplate(draft: DraftRequest): Template {
  return languagePacks[draft.language].templates[draft.stage];
}

/** Every field's text (except the invoice table, which differs between text and HTML). */
function fieldValues(draft: DraftRequest, sender: string): Record<Exclude<MergeField, "invoices">, string> {
  const { language, currency, locale } = draft;
  const labels = languagePacks[language].labels;
  const money = (amount: number | null) => (amount === null ? "" : formatMoney(amount, currency, locale));
  const discount = draft.discount === null ? "" : `${formatPercent(draft.discount / draft.total, locale)} (${money(draft.discount)})`;
  const schedule = (draft.schedule ?? []).map((item, index) => `${index + 1}. ${formatDay(item.day, locale)}: ${money(item.amount)}`);
  return {
    customer: oneLine(draft.customer),
    total: money(draft.total),
    offer: money(draft.offer),
    discount,
    payBy: formatDay(draft.payBy, locale),
    deadline: draft.deadline === null ? "" : formatDay(draft.deadline, locale),
    schedule: schedule.join("\n"),
    nextStep: draft.nextStep === null ? "" : labels.nextStep[draft.nextStep],
    terms: draft.terms === null ? labels.agreedTerms : oneLine(draft.terms),
    sender,
  };
}

function mapValues<K extends string>(values: Record<K, string>, change: (value: string) => string): Record<K, string> {
  return Object.fromEntries(Object.entries<string>(values).map(([key, value]) => [key, change(value)])) as Record<K, string>;
}

function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ");
}

/**
 * A message the user edited in the pane: the HTML part is the edited text, escaped, with line
 * breaks kept (the invoice table is then plain text, as the user wrote it).
 *
 * @example
 * editedMessage("Reminder", "Dear Acme,\n<b>thanks</b>", "en").html
 * //=> '<!DOCTYPE html>\n<html lang="en">…<body>\nDear Acme,<br>\n&lt;b&gt;thanks&lt;/b&gt;\n</body></html>'
 */
export function editedMessage(subject: string, text: string, language: string): RenderedMessage {
  const line = subjectLine(subject);
  return { subject: line, text, html: htmlDocument(language, line, escapeHtml(text).replace(/\r?\n/g, "<br>\n")) };
}

/** The HTML part around a body that is already escaped. */
function htmlDocument(language: string, subject: string, body: string): string {
  return `<!DOCTYPE html>\n<html lang="${escapeHtml(language)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>\n<body>\n${body}\n</body></html>`;
}
