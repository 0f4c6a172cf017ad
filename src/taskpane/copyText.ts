// Copying from a task pane: the async clipboard is blocked by permissions policy in Excel on the
// web, so the pane copies through a hidden textarea and execCommand, inside the click handler.

/**
 * Copies text; must run inside a click handler. Returns whether the browser took it.
 *
 * @example
 * button.addEventListener("click", () => { copyText(`${subject}\n\n${body}`); });
 */
export function copyText(text: string): boolean {
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  area.style.pointerEvents = "none";
  document.body.append(area);
  const focused = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  area.select();
  let copied = false;
  try {
    // Deprecated, but the one way that works in every Office pane (office-notes.md).
    copied = document.execCommand("copy");
  } catch {
    copied = false;
  }
  area.remove();
  focused?.focus();
  if (!copied && typeof navigator.clipboard?.writeText === "function") {
    void navigator.clipboard.writeText(text).catch(() => undefined); // plain browsers allow this one
    return true;
  }
  return copied;
}
