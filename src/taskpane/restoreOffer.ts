// The Analyze panel's offer to restore state from the Contact Log (issue 12 item 2): after a
// fresh export was pasted over the worked list, "The Contact Log holds later state for 38
// invoices…" with a button; the flow of src/app (shared with the command line) writes it. Only
// DOM and words here.
import type { FieldColumns } from "../core/columns";
import type { DateSystem } from "../core/days";
import type { ListPlace } from "../app/contactPlan";
import { restoreState, type ListedInvoice, type StateRestored } from "../app/restoreState";
import { isFailure } from "../workbook/agingData";
import type { WorkbookPort } from "../workbook/port";
import { element, replaceChildren } from "./element";
import { showNotice } from "./notice";

/** The list as read and analysed: what a restore needs. */
export interface RestoreContext {
  readonly workbook: WorkbookPort;
  readonly list: ListPlace;
  readonly headerRow: number;
  readonly mapping: FieldColumns;
  readonly invoices: readonly ListedInvoice[];
  readonly dateSystem: DateSystem;
  /** Called once the state is written: the sentence to show, and the result (created columns need the list read again). */
  readonly onRestored: (text: string, restored: StateRestored) => void;
}

/**
 * The offer, or null when the Contact Log (`log`, its values as read) holds nothing the list
 * lacks. Nothing is written before the user says so; the restore itself reads the log again.
 *
 * @example
 * await restoreOfferElement(context, log) //=> <div id="restore-offer">The Contact Log holds later state for 38 invoices … [Restore from the Contact Log]</div>
 */
export async function restoreOfferElement(context: RestoreContext, log: readonly (readonly unknown[])[]): Promise<HTMLElement | null> {
  // Counted as if the user agreed to replace what is in the way: they are asked before that happens.
  const planned = await run(context, { confirmOverwrite: true, dryRun: true, log });
  if (isFailure(planned) || !planned.ok || planned.invoices === 0) return null;
  const host = element("div", { class: "restore-offer", id: "restore-offer", role: "group", "aria-labelledby": "restore-question" });
  const button = element("fluent-button", { type: "button", appearance: "primary", id: "restore-state" }, "Restore from the Contact Log");
  const added = planned.createdColumns.length === 0 ? "" : ` The list lacks ${joined(planned.createdColumns)}: ${planned.createdColumns.length === 1 ? "it is" : "they are"} added right of the list.`;
  replaceChildren(
    host,
    element("p", { id: "restore-question" }, `The Contact Log holds later state than this list for ${invoicesText(planned.invoices)} (last contact, reminders sent, sales asked, offers): a fresh export? Restore it so the ladder continues where it was.${added} A newer date or higher count in the list is kept.`),
    element("div", { class: "actions" }, button),
  );
  button.addEventListener("click", () => void restore(context, host, false));
  return host;
}

async function restore(context: RestoreContext, host: HTMLElement, confirmOverwrite: boolean): Promise<void> {
  host.querySelectorAll("fluent-button").forEach((button) => button.setAttribute("disabled", ""));
  const result = await run(context, { confirmOverwrite, dryRun: false });
  if (isFailure(result)) {
    showNotice(host, "error", `Nothing was restored: ${result.error}`);
    return;
  }
  if (!result.ok && "moved" in result) {
    showNotice(host, "error", "Nothing was restored: rows have moved since the list was read. Read the list again.");
    return;
  }
  if (!result.ok) {
    const replace = element("fluent-button", { type: "button", appearance: "primary", id: "restore-replace" }, "Replace them");
    const leave = element("fluent-button", { type: "button", id: "restore-leave" }, "Leave the list as it is");
    replace.addEventListener("click", () => void restore(context, host, true));
    leave.addEventListener("click", () => showNotice(host, "info", "The list was left as it is: nothing restored."));
    replaceChildren(
      host,
      element("p", { id: "restore-question", role: "alert" }, `Nothing was restored yet: ${result.conflicts.length === 1 ? "a cell to restore into holds" : `${result.conflicts.length} cells to restore into hold`} a formula or an entry the desk did not write (${result.conflicts.map((conflict) => conflict.address).join(", ")}). Replace ${result.conflicts.length === 1 ? "it" : "them"} with the Contact Log's state?`),
      element("div", { class: "actions" }, replace, leave),
    );
    return;
  }
  const text = `State restored for ${invoicesText(result.invoices)} from the Contact Log.`;
  showNotice(host, "success", text);
  context.onRestored(text, result);
}

function run(context: RestoreContext, options: { readonly confirmOverwrite: boolean; readonly dryRun: boolean; readonly log?: readonly (readonly unknown[])[] }) {
  const { workbook, list, headerRow, mapping, invoices, dateSystem } = context;
  return restoreState(workbook, { list, headerRow, mapping, invoices, dateSystem, ...options });
}

function invoicesText(count: number): string {
  return count === 1 ? "1 invoice" : `${count.toLocaleString("en-US")} invoices`;
}

function joined(names: readonly string[]): string {
  return names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1] ?? ""}`;
}
