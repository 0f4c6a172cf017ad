// Asks before another file replaces a workbook with changes not saved yet: the page holds the
// only copy of those changes until "Save workbook" downloads it.
import { element } from "../element";

/**
 * Shows the question in `host` and resolves true when the user chooses to open the other file.
 *
 * @example
 * if (await confirmDiscard(host, "aging.xlsx", "march.xlsx")) open(next)
 */
export function confirmDiscard(host: HTMLElement, openName: string, nextName: string): Promise<boolean> {
  return new Promise((resolve) => {
    const discard = element("fluent-button", { type: "button", id: "discard-changes" }, `Open ${nextName} without saving`);
    const keep = element("fluent-button", { type: "button", appearance: "primary", id: "keep-changes" }, `Keep ${openName}`);
    const box = element(
      "div",
      { class: "confirm", role: "alertdialog", "aria-labelledby": "discard-heading" },
      element("h3", { id: "discard-heading" }, "Changes not saved"),
      element("p", {}, `${openName} has changes that are not saved. Use Save workbook first to keep them, or open ${nextName} and lose them.`),
      element("div", { class: "actions" }, keep, discard),
    );
    const answer = (open: boolean) => () => {
      box.remove();
      resolve(open);
    };
    discard.addEventListener("click", answer(true));
    keep.addEventListener("click", answer(false));
    host.replaceChildren(box);
    keep.focus();
  });
}
