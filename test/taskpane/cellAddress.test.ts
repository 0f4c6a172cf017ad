import { a1Address, sheetCellOf } from "../../src/taskpane/cellAddress";
import { columnLetters } from "../../src/workbook/a1";

describe("sheet addresses of problems", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [27, "AB"],
    [701, "ZZ"],
    [702, "AAA"],
  ])("column %p is %p", (column, letters) => expect(columnLetters(column)).toBe(letters));

  it("places a problem of the values read on the sheet", () => {
    expect(sheetCellOf({ top: 4, left: 1 }, 3, 2)).toEqual({ row: 7, column: 3 });
    expect(a1Address(sheetCellOf({ top: 4, left: 1 }, 3, 2))).toBe("D8");
  });

  it("points a whole-row problem at the row's first cell", () => {
    expect(a1Address(sheetCellOf({ top: 0, left: 2 }, 5, null))).toBe("C6");
  });
});
