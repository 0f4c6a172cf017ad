// The grid preview of the open workbook: the active sheet's cells with column letters and row
// numbers, drawn only where the viewport is (virtualised), sheet tabs below. The user selects as
// in Excel — click, Shift+click, Ctrl/Cmd+click, row headers, arrows and Shift+arrows — and every
// change goes to the workbook (`select`), where the port's readAgingData("auto") and
// readSelection find it. The port's selectCell (Analyze's problem buttons) comes back here through
// `onSelectCell` and scrolls to that cell.
import { a1Address } from "../cellAddress";
import { element } from "../element";
import { gridRows } from "./gridCells";
import { gridMove, type GridMove } from "./gridKeys";
import { cellSelection, moveSelection, selectCell, selectionOfAreas, selectRows, type GridSelection, type SelectMode } from "./gridSelection";
import { gridSizes, scrollToShow, visibleWindow } from "./gridWindow";
import type { GridWorkbook } from "./gridWorkbook";
import { createSheetTabs } from "./sheetTabs";

/** The grid's element and what its owner calls after the workbook changed. */
export interface SheetGrid {
  readonly element: HTMLElement;
  /** Re-reads the sheets, the shown sheet's size and the selection, and draws again (after a write). */
  refresh(): void;
}

/** Rows and columns shown beyond the used range, as Excel shows empty cells past the data. */
const SPARE = { rows: 20, columns: 4 } as const;

/**
 * Builds the grid over `workbook`, showing its active sheet and selection.
 *
 * @example
 * container.append(createSheetGrid(file).element)
 */
export function createSheetGrid(workbook: GridWorkbook): SheetGrid {
  const layer = element("div", { class: "grid-layer" });
  const spacer = element("div", { class: "grid-spacer" }, layer);
  const viewport = element("div", { class: "grid-viewport", id: "sheet-grid", role: "grid", tabindex: 0, "aria-multiselectable": "true" }, spacer);
  const address = element("output", { class: "grid-address", id: "grid-address", "aria-live": "polite", for: "sheet-grid" });
  const tabs = createSheetTabs((name) => {
    workbook.activate(name);
    show(name);
    publish();
  });
  const root = element(
    "div",
    { class: "sheet-grid" },
    element("div", { class: "grid-bar" }, element("span", { class: "grid-bar-label" }, "Selection"), address),
    viewport,
    tabs.element,
  );
  const kept = new Map<string, GridSelection>();
  let sheet = workbook.activeSheet();
  let size = { rows: 1, columns: 1 };
  let selection = cellSelection({ row: 0, column: 0 });
  let frame = 0;

  function show(name: string): void {
    if (sheet !== name) kept.set(sheet, selection);
    sheet = name;
    const adapter = workbook.selection();
    selection = kept.get(name) ?? (adapter.sheetName === name ? selectionOfAreas(adapter.areas) : cellSelection({ row: 0, column: 0 }));
    resize();
    viewport.setAttribute("aria-label", `Sheet ${name}`);
    tabs.update(workbook.sheetNames(), name);
    draw();
  }

  function resize(): void {
    const used = workbook.usedSize(sheet);
    size = { rows: Math.max(used.rows + SPARE.rows, 50), columns: Math.max(used.columns + SPARE.columns, 12) };
    spacer.style.height = `${gridSizes.headerHeight + size.rows * gridSizes.rowHeight}px`;
    spacer.style.width = `${gridSizes.rowHeaderWidth + size.columns * gridSizes.columnWidth}px`;
    viewport.setAttribute("aria-rowcount", String(size.rows + 1));
    viewport.setAttribute("aria-colcount", String(size.columns + 1));
  }

  function draw(): void {
    frame = 0;
    const view = { scrollTop: viewport.scrollTop, scrollLeft: viewport.scrollLeft, width: viewport.clientWidth, height: viewport.clientHeight };
    layer.style.width = `${view.width}px`;
    layer.style.height = `${view.height}px`;
    const window = visibleWindow(view, size.rows, size.columns);
    const name = sheet;
    layer.replaceChildren(...gridRows({ window, ...view, selection, cell: (row, column) => workbook.cell(name, row, column), idPrefix: "grid-cell" }));
    const activeId = `grid-cell-${selection.anchor.row}-${selection.anchor.column}`;
    if (layer.querySelector(`#${activeId}`)) viewport.setAttribute("aria-activedescendant", activeId);
    else viewport.removeAttribute("aria-activedescendant");
    address.textContent = selection.areas.map(areaText).join(", ");
  }

  function scheduleDraw(): void {
    if (frame === 0) frame = requestAnimationFrame(draw);
  }

  /** Takes a new selection: to the workbook, into view (the moving corner), drawn. */
  function select(next: GridSelection, reveal = true): void {
    selection = next;
    publish();
    if (reveal) {
      const target = scrollToShow({ scrollTop: viewport.scrollTop, scrollLeft: viewport.scrollLeft, width: viewport.clientWidth, height: viewport.clientHeight }, next.focus.row, next.focus.column);
      viewport.scrollTop = target.scrollTop;
      viewport.scrollLeft = target.scrollLeft;
    }
    draw();
  }

  function publish(): void {
    workbook.select(sheet, selection.areas);
  }

  function pick(event: PointerEvent, target: Element | null, mode: SelectMode): boolean {
    const at = target?.closest<HTMLElement>("[data-row]");
    if (!at) return false;
    const row = Number(at.dataset["row"]);
    const column = at.dataset["column"];
    const used = workbook.usedSize(sheet).columns;
    select(column === undefined ? selectRows(selection, row, mode, used) : selectCell(selection, { row, column: Number(column) }, mode), event.type === "pointermove");
    return true;
  }

  let dragging = false;
  layer.addEventListener("pointerdown", (event) => {
    if (event.button !== 0) return;
    viewport.focus({ preventScroll: true });
    const mode: SelectMode = event.shiftKey ? "extend" : event.ctrlKey || event.metaKey ? "add" : "replace";
    dragging = pick(event, event.target as Element, mode) && (event.target as Element).closest("[data-column]") !== null;
  });
  layer.addEventListener("pointermove", (event) => {
    if (!dragging || (event.buttons & 1) === 0) return;
    const under = document.elementFromPoint(event.clientX, event.clientY)?.closest("[data-column]") ?? null;
    const cell = under as HTMLElement | null;
    if (!cell || (Number(cell.dataset["row"]) === selection.focus.row && Number(cell.dataset["column"]) === selection.focus.column)) return;
    pick(event, cell, "extend");
  });
  window.addEventListener("pointerup", () => {
    dragging = false;
  });
  viewport.addEventListener("scroll", scheduleDraw);
  viewport.addEventListener("keydown", (event) => {
    const used = workbook.usedSize(sheet);
    const page = Math.max(1, Math.floor((viewport.clientHeight - gridSizes.headerHeight) / gridSizes.rowHeight) - 1);
    const move = gridMove(event, page, { row: Math.max(used.rows - 1, 0), column: Math.max(used.columns - 1, 0) });
    if (!move) return;
    event.preventDefault();
    select(applyMove(selection, move, size, used.columns));
  });
  new ResizeObserver(scheduleDraw).observe(viewport);

  workbook.onSelectCell((name, row, column) => {
    if (name !== sheet) show(name);
    select(cellSelection({ row, column }));
  });

  show(sheet);
  return {
    element: root,
    refresh() {
      const active = workbook.activeSheet();
      const adapter = workbook.selection();
      if (active !== sheet) kept.delete(active);
      show(active);
      if (adapter.sheetName === sheet && adapter.areas.length > 0 && !sameAreas(adapter.areas, selection)) select(selectionOfAreas(adapter.areas), false);
    },
  };
}

function applyMove(selection: GridSelection, move: GridMove, size: { rows: number; columns: number }, usedColumns: number): GridSelection {
  if (move.kind === "row") return selectRows(selection, selection.anchor.row, "replace", usedColumns);
  if (move.kind === "by") return moveSelection(selection, move.rows, move.columns, move.extend, size);
  const from = move.extend ? selection.focus : selection.anchor;
  const to = { row: move.row ?? from.row, column: move.column };
  return move.extend ? selectCell(selection, to, "extend") : cellSelection(to);
}

function sameAreas(areas: readonly { top: number; left: number; rows: number; columns: number }[], selection: GridSelection): boolean {
  return JSON.stringify(areas) === JSON.stringify(selection.areas);
}

function areaText(area: { top: number; left: number; rows: number; columns: number }): string {
  const first = a1Address({ row: area.top, column: area.left });
  return area.rows === 1 && area.columns === 1 ? first : `${first}:${a1Address({ row: area.top + area.rows - 1, column: area.left + area.columns - 1 })}`;
}
