// The sheet tabs under the grid: one tab per sheet (a tablist: arrow keys move between tabs,
// Enter or a click shows the sheet).
import { element } from "../element";

/** The tab strip and how its owner updates it. */
export interface SheetTabs {
  readonly element: HTMLElement;
  /** Shows these sheets, `active` selected. */
  update(names: readonly string[], active: string): void;
}

/**
 * Builds the tab strip; `onPick` gets the sheet the user chose.
 *
 * @example
 * const tabs = createSheetTabs((name) => grid.show(name)); tabs.update(["AR", "AR Summary"], "AR")
 */
export function createSheetTabs(onPick: (name: string) => void): SheetTabs {
  const strip = element("div", { class: "sheet-tabs", role: "tablist", "aria-label": "Sheets" });
  strip.addEventListener("keydown", (event) => {
    const tabs = [...strip.querySelectorAll<HTMLButtonElement>("[role=tab]")];
    const index = tabs.indexOf(document.activeElement as HTMLButtonElement);
    const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
    if (index < 0 || step === 0) return;
    event.preventDefault();
    tabs[(index + step + tabs.length) % tabs.length]?.focus();
  });
  return {
    element: strip,
    update(names, active) {
      const hadFocus = strip.contains(document.activeElement);
      strip.replaceChildren(
        ...names.map((name) => {
          const selected = name === active;
          const tab = element("button", { type: "button", role: "tab", class: "sheet-tab", "aria-selected": selected ? "true" : "false", "aria-controls": "sheet-grid", tabindex: selected ? 0 : -1, "data-sheet": name }, name);
          tab.addEventListener("click", () => {
            if (!selected) onPick(name);
          });
          return tab;
        }),
      );
      if (hadFocus) strip.querySelector<HTMLElement>("[aria-selected=true]")?.focus();
    },
  };
}
