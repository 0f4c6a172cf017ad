// A progress bar with a Cancel button for long operations. It is the `Progress` the adapter
// reports to; the adapter checks `cancelled` between chunks and yields to the page, so the pane
// stays responsive and Cancel takes effect at the next chunk.
import type { Progress } from "../workbook/progress";
import { element } from "./element";

/** A running operation's progress, shown in the pane; `finish` hides it again. */
export interface ProgressRun extends Progress {
  finish(): void;
}

/**
 * Shows "label: done of total" with a determinate bar (indeterminate until the first report)
 * and a Cancel button in `host`.
 *
 * @example
 * const run = startProgress(host, "Reading rows"); await readAgingData("auto", run); run.finish();
 */
export function startProgress(host: HTMLElement, label: string): ProgressRun {
  let cancelled = false;
  const bar = element("fluent-progress-bar", { "aria-label": label, class: "progress-bar" });
  const text = element("p", { class: "progress-text", role: "status", "aria-live": "polite" }, `${label}…`);
  const cancel = element("fluent-button", { type: "button", class: "cancel" }, "Cancel");
  cancel.addEventListener("click", () => {
    cancelled = true;
    cancel.setAttribute("disabled", "");
    text.textContent = `${label}: cancelling…`;
  });
  const box = element("div", { class: "progress" }, text, bar, cancel);
  host.replaceChildren(box);
  host.hidden = false;
  return {
    get cancelled() {
      return cancelled;
    },
    report(done: number, total: number) {
      bar.setAttribute("max", String(Math.max(total, 1)));
      bar.setAttribute("value", String(Math.min(done, total)));
      if (!cancelled) text.textContent = `${label}: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")}`;
    },
    finish() {
      host.replaceChildren();
      host.hidden = true;
    },
  };
}
