// The line above the grid: the open file's name, whether it has changes not saved yet, and
// "Save workbook", which downloads the workbook with everything the pane wrote.
import { element } from "../element";

/** The bar and what the workspace tells it. */
export interface FileBar {
  readonly element: HTMLElement;
  /** Marks the workbook as changed since it was opened or saved (or not). */
  changed(changed: boolean): void;
  saving(saving: boolean): void;
}

/**
 * Builds the bar for `fileName`; `onSave` runs when the user saves.
 *
 * @example
 * const bar = createFileBar("aging.xlsx", () => void save())
 */
export function createFileBar(fileName: string, onSave: () => void): FileBar {
  const save = element("fluent-button", { type: "button", appearance: "primary", id: "save-workbook" }, "Save workbook");
  const state = element("span", { class: "file-state", id: "file-state", role: "status" }, "No changes yet");
  const bar = element(
    "div",
    { class: "file-bar" },
    element("h2", { class: "file-name", id: "file-name", title: fileName }, fileName),
    state,
    save,
  );
  save.addEventListener("click", () => {
    if (!save.hasAttribute("disabled")) onSave();
  });
  return {
    element: bar,
    changed(changed) {
      state.textContent = changed ? "Changes not saved" : "Saved";
      state.classList.toggle("unsaved", changed);
    },
    saving(saving) {
      save.toggleAttribute("disabled", saving);
      if (saving) state.textContent = "Saving…";
    },
  };
}
