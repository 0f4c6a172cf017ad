// The pure parts of browser mode's grid: selection (click, Shift, Ctrl, row headers, arrows),
// keys, the visible window, and the names and notices around files.
import { gridMove } from "../../../src/taskpane/browserMode/gridKeys";
import { cellSelection, isSelected, moveSelection, selectCell, selectionOfAreas, selectRows } from "../../../src/taskpane/browserMode/gridSelection";
import { scrollToShow, visibleWindow } from "../../../src/taskpane/browserMode/gridWindow";
import { openFailureText } from "../../../src/taskpane/browserMode/openFailureText";
import { savedFileName } from "../../../src/taskpane/browserMode/savedFileName";

const key = (name: string, modifiers: { shiftKey?: boolean; ctrlKey?: boolean } = {}) => ({ key: name, shiftKey: false, ctrlKey: false, metaKey: false, ...modifiers });

describe("grid selection", () => {
  it("extends the last area to a Shift+click, keeping the active cell", () => {
    const extended = selectCell(cellSelection({ row: 5, column: 3 }), { row: 2, column: 1 }, "extend");
    expect(extended.areas).toEqual([{ top: 2, left: 1, rows: 4, columns: 3 }]);
    expect(extended.anchor).toEqual({ row: 5, column: 3 });
  });

  it("adds an area with Ctrl+click and extends only that one with Shift", () => {
    const two = selectCell(selectCell(cellSelection({ row: 1, column: 0 }), { row: 3, column: 2 }, "extend"), { row: 9, column: 0 }, "add");
    expect(selectCell(two, { row: 10, column: 1 }, "extend").areas).toEqual([
      { top: 1, left: 0, rows: 3, columns: 3 },
      { top: 9, left: 0, rows: 2, columns: 2 },
    ]);
  });

  it("selects whole rows from row headers, Shift extending and Ctrl adding", () => {
    const rows = selectRows(selectRows(cellSelection({ row: 0, column: 0 }), 4, "replace", 8), 6, "extend", 8);
    expect(rows.areas).toEqual([{ top: 4, left: 0, rows: 3, columns: 8 }]);
    expect(selectRows(rows, 10, "add", 8).areas).toHaveLength(2);
    expect(isSelected(rows, 5, 7)).toBe(true);
    expect(isSelected(rows, 7, 0)).toBe(false);
  });

  it.each([
    [1, 0, false, [{ top: 3, left: 2, rows: 1, columns: 1 }]],
    [1, 1, true, [{ top: 2, left: 2, rows: 2, columns: 2 }]],
    [-9, -9, false, [{ top: 0, left: 0, rows: 1, columns: 1 }]],
  ])("moves %i rows and %i columns (extend %s)", (rows, columns, extend, areas) => {
    expect(moveSelection(cellSelection({ row: 2, column: 2 }), rows, columns, extend, { rows: 10, columns: 5 }).areas).toEqual(areas);
  });

  it("takes the workbook's selection with the last area's top-left as the active cell", () => {
    expect(selectionOfAreas([{ top: 1, left: 1, rows: 1, columns: 1 }, { top: 4, left: 2, rows: 3, columns: 1 }]).anchor).toEqual({ row: 4, column: 2 });
    expect(selectionOfAreas([]).areas).toEqual([{ top: 0, left: 0, rows: 1, columns: 1 }]);
  });
});

describe("grid keys", () => {
  it.each([
    [key("ArrowDown"), { kind: "by", rows: 1, columns: 0, extend: false }],
    [key("ArrowLeft", { shiftKey: true }), { kind: "by", rows: 0, columns: -1, extend: true }],
    [key("PageDown"), { kind: "by", rows: 20, columns: 0, extend: false }],
    [key("Home", { ctrlKey: true }), { kind: "to", row: 0, column: 0, extend: false }],
    [key("End", { ctrlKey: true }), { kind: "to", row: 99, column: 7, extend: false }],
    [key(" ", { shiftKey: true }), { kind: "row" }],
    [key("Tab"), null],
  ])("%o → %o", (event, move) => {
    expect(gridMove(event, 20, { row: 99, column: 7 })).toEqual(move);
  });
});

describe("grid window", () => {
  it("draws only the rows and columns in view, whatever the sheet's size", () => {
    const window = visibleWindow({ scrollTop: 2_400_000, scrollLeft: 0, width: 900, height: 600 }, 100_020, 16);
    expect(window.lastRow - window.firstRow).toBeLessThan(30);
    expect(window.lastRow).toBe(100_019);
  });

  it("scrolls as little as needed to show a cell", () => {
    const view = { scrollTop: 240, scrollLeft: 0, width: 600, height: 300 };
    expect(scrollToShow(view, 12, 0)).toEqual({ scrollTop: 240, scrollLeft: 0 });
    expect(scrollToShow(view, 2, 9)).toEqual({ scrollTop: 48, scrollLeft: 496 });
  });
});

describe("files", () => {
  it.each([
    ["aging.xlsx", "aging (Dunning Desk).xlsx"],
    ["Aging March.XLSX", "Aging March (Dunning Desk).xlsx"],
    ["aging (Dunning Desk).xlsx", "aging (Dunning Desk).xlsx"],
    ["", "workbook (Dunning Desk).xlsx"],
    // A workbook with macros stays .xlsm: Excel refuses a macro-enabled package named .xlsx.
    ["macros.xlsm", "macros (Dunning Desk).xlsm"],
    ["Macros (Dunning Desk).XLSM", "Macros (Dunning Desk).xlsm"],
  ])("saves %s as %s", (opened, saved) => {
    expect(savedFileName(opened)).toBe(saved);
  });

  it("explains a password-protected file with what to do", () => {
    expect(openFailureText("q1.xlsx", "encrypted", "")).toMatch(/^q1\.xlsx is protected with a password\. In Excel, remove it/);
  });
});
