// Messages in the pane: errors in plain words (role="alert"), notes and successes (role="status").
import { element } from "./element";

export type NoticeKind = "error" | "warning" | "success" | "info";

/**
 * Shows one message in `host`, replacing what was there.
 *
 * @example
 * showNotice(host, "error", "Excel could not read the sheet: the workbook is protected.")
 */
export function showNotice(host: HTMLElement, kind: NoticeKind, text: string): void {
  const role = kind === "error" || kind === "warning" ? "alert" : "status";
  host.replaceChildren(element("p", { class: `notice notice-${kind}`, role }, text));
}

/** Removes the message in `host`. */
export function clearNotice(host: HTMLElement): void {
  host.replaceChildren();
}

/**
 * An exception as plain words for the pane: Office errors carry a `message` (and a `code`).
 *
 * @example
 * errorText(new Error("The workbook is protected.")) //=> "The workbook is protected."
 */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "object" && error !== null && "message" in error && typeof error.message === "string") return error.message;
  return String(error);
}
