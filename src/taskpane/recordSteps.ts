// "Record" in the pane (issue 12): one button per step taken outside the desk — a promise to
// pay, a payment plan agreed, a dispute opened or resolved, a call made — on the selected rows,
// with a small form for the date or amount. The flow is src/app/recordStep (shared with
// `dunning-desk record`); only DOM and words here.
import { recordStep } from "../app/recordStep";
import { readStepForm, type StepFields } from "../app/stepForm";
import { stepStages, type StepKind } from "../app/stepRecord";
import { applyCells } from "../app/markSent";
import type { MarkedBatch } from "../app/undoMarkSent";
import { isoTextOfDay, serialFromDay } from "../core/days";
import type { Invoice } from "../core/invoiceRow";
import { isFailure } from "../workbook/agingData";
import { element, replaceChildren } from "./element";
import { lastCollectorName, markResult, rememberCollectorName, timeOfDay, undoLastMark } from "./markSent";
import { clearNotice, errorText, showNotice } from "./notice";
import type { RemindContext, RemindDependencies } from "./remindPanel";
import { describeSelection } from "./remindSummary";

/** The buttons, in the order a collector meets the steps. */
const buttons: readonly { readonly kind: StepKind; readonly id: string; readonly label: string }[] = [
  { kind: "promise", id: "record-promise", label: "Promise to pay" },
  { kind: "plan", id: "record-plan", label: "Payment plan agreed" },
  { kind: "disputeOpened", id: "record-dispute", label: "Dispute opened" },
  { kind: "disputeResolved", id: "record-resolved", label: "Dispute resolved" },
  { kind: "call", id: "record-call", label: "Call made" },
];

/** What each step writes, said before the user confirms. */
const writes: Readonly<Record<StepKind, string>> = {
  promise: "the promise with its date (NEXTACTION waits until then, then follows up the broken promise)",
  plan: "the plan with its instalments (NEXTACTION awaits each instalment and follows up a missed one)",
  disputeOpened: "\"dispute opened\" (NEXTACTION answers Resolve dispute until it is resolved)",
  disputeResolved: "\"dispute resolved\" (the ladder goes on where it was)",
  call: "\"called\", and today as Last contact with one more reminder sent (a call is a contact)",
};

/**
 * The Record section of the Remind panel: five buttons acting on the selected rows.
 *
 * @example
 * section.append(createRecordSection(dependencies, () => context))
 */
export function createRecordSection(dependencies: RemindDependencies, contextOf: () => RemindContext | null): HTMLElement {
  const formHost = element("div", { class: "confirm-host", id: "record-form-host" });
  const notice = element("div", { class: "notice-host", id: "record-notice" });
  const actions = buttons.map(({ kind, id, label }) => {
    const button = element("fluent-button", { type: "button", id }, label);
    button.addEventListener("click", () => void start(kind));
    return button;
  });

  async function start(kind: StepKind): Promise<void> {
    const context = contextOf();
    if (!context) return;
    clearNotice(notice);
    try {
      const selection = await dependencies.workbook.readSelection(context.data, context.headerRow);
      if (isFailure(selection)) return showNotice(notice, "error", `The selection could not be read: ${selection.error}`);
      if (selection.rows.length === 0) return showNotice(notice, "warning", describeSelection(selection, context.data));
      const selected = await dependencies.invoices(selection.rows);
      if (!selected.ok) return showNotice(notice, "error", selected.message);
      if (selected.invoices.length === 0) return showNotice(notice, "warning", `None of the selected rows holds an invoice: ${selected.leftOut.map((row) => `row ${context.data.top + row.row + 1}: ${row.reason}`).join("; ") || "select invoice rows"}.`);
      showForm(kind, context, selected.invoices);
    } catch (error) {
      showNotice(notice, "error", `Could not record: ${errorText(error)}`);
    }
  }

  function showForm(kind: StepKind, context: RemindContext, invoices: readonly Invoice[]): void {
    const today = dependencies.today();
    const fields = stepFields(kind, today);
    const note = element("input", { type: "text", id: "record-note", maxlength: 500 });
    const name = element("input", { type: "text", id: "record-by", maxlength: 100, value: lastCollectorName(), autocomplete: "name" });
    const formNotice = element("div", { class: "notice-host", id: "record-form-notice" });
    const confirm = element("fluent-button", { type: "button", appearance: "primary", id: "confirm-record" }, "Record");
    const cancel = element("fluent-button", { type: "button", id: "cancel-record" }, "Cancel");
    cancel.addEventListener("click", () => {
      formHost.replaceChildren();
      showNotice(notice, "info", "Nothing was recorded.");
    });
    confirm.addEventListener("click", () => {
      const form = readStepForm(kind, fields.values(), today);
      if (!form.ok) return showNotice(formNotice, "error", form.message);
      rememberCollectorName(name.value);
      formHost.replaceChildren();
      void record(context, { record: form.record, invoices, note: note.value, markedBy: lastCollectorName() });
    });
    const customers = [...new Set(invoices.map((invoice) => invoice.customer))];
    const count = invoices.length === 1 ? "1 invoice" : `${invoices.length} invoices`;
    replaceChildren(
      formHost,
      element(
        "div",
        { class: "confirm", role: "dialog", "aria-labelledby": "record-heading", "aria-describedby": "record-text", id: "record-form" },
        element("h3", { id: "record-heading" }, `${stepStages[kind]}: ${count} of ${customers.join(", ")}`),
        element("p", { id: "record-text" }, `Each invoice gets a row in the Contact Log, and in the desk's own Dunning status column (never your Status or notes) ${writes[kind]}, dated ${isoTextOfDay(today)}. Log rows are never changed afterwards.`),
        fields.elements,
        element("label", { for: "record-note" }, "Note for the log (optional)"),
        note,
        element("label", { for: "record-by" }, "Your name, as who recorded it (optional)"),
        name,
        formNotice,
        element("div", { class: "actions" }, confirm, cancel),
      ),
    );
    (fields.first ?? cancel).focus();
  }

  async function record(context: RemindContext, chosen: { readonly record: Parameters<typeof recordStep>[1]["record"]; readonly invoices: readonly Invoice[]; readonly note: string; readonly markedBy: string }): Promise<void> {
    const today = dependencies.today();
    const daySerial = serialFromDay(today, context.policy.dateSystem);
    try {
      const outcome = await recordStep(dependencies.workbook, { ...chosen, list: context.data, headerRow: context.headerRow, mapping: context.mapping, loggedAt: daySerial + timeOfDay(new Date()), day: today, daySerial, confirmOverwrite: false });
      const result = markResult(outcome, "invoice");
      if (result.updated.length > 0) {
        applyCells(context.data, result.updated);
        dependencies.onListChanged();
      }
      showNotice(notice, result.kind, `${stepStages[chosen.record.kind]}: ${result.text}`);
      if (outcome.logged && outcome.batch) offerUndo(outcome.batch, chosen.markedBy);
    } catch (error) {
      showNotice(notice, "error", `Could not record: ${errorText(error)}`);
    }
  }

  function offerUndo(batch: MarkedBatch, markedBy: string): void {
    const undo = element("fluent-button", { type: "button", id: "undo-record" }, "Undo");
    undo.addEventListener("click", () => {
      undo.remove();
      void (async () => {
        const context = contextOf();
        if (!context) return;
        try {
          const result = await undoLastMark(dependencies.workbook, batch, new Date(), dependencies.today(), context.policy.dateSystem, markedBy, "invoice");
          if (result.cells.length > 0) {
            applyCells(context.data, result.cells);
            dependencies.onListChanged();
          }
          showNotice(notice, result.kind, result.text);
        } catch (error) {
          showNotice(notice, "error", `Could not undo: ${errorText(error)}`);
        }
      })();
    });
    notice.append(undo);
  }

  return element(
    "div",
    { class: "record-steps", id: "record-steps" },
    element("h3", {}, "Record a step for the selected rows"),
    element("p", { class: "hint" }, "A promise taken on the phone, a plan agreed, a dispute, a call: one click each, logged with your name."),
    element("div", { class: "actions" }, actions),
    formHost,
    notice,
  );
}

/** The form's own fields for a step (a promise's date and amount, a plan's instalments), and their values. */
function stepFields(kind: StepKind, today: number): { readonly elements: HTMLElement[]; readonly first: HTMLElement | null; values(): StepFields } {
  const field = (id: string, label: string, input: HTMLElement) => element("div", { class: "field" }, element("label", { for: id }, label), input);
  if (kind === "promise") {
    const payBy = element("input", { type: "date", id: "record-pay-by", min: isoTextOfDay(today), required: true });
    const amount = element("input", { type: "text", id: "record-amount", inputmode: "decimal", placeholder: "the balance" });
    return { elements: [field("record-pay-by", "Promised to pay by", payBy), field("record-amount", "Amount promised (optional, with a point)", amount)], first: payBy, values: () => ({ payBy: payBy.value, amount: amount.value }) };
  }
  if (kind === "plan") {
    const instalments = element("input", { type: "number", id: "record-instalments", min: 1, max: 120, step: 1, required: true });
    const first = element("input", { type: "date", id: "record-first", required: true });
    const every = element("select", { id: "record-every" }, ["monthly", "quarterly", "weekly", "biweekly"].map((word) => element("option", { value: word }, word)));
    return {
      elements: [field("record-instalments", "Number of instalments", instalments), field("record-first", "First instalment on", first), field("record-every", "Then", every)],
      first: instalments,
      values: () => ({ instalments: instalments.value, first: first.value, every: every.value }),
    };
  }
  return { elements: [], first: null, values: () => ({}) };
}
