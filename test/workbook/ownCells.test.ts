import fc from "fast-check";
import { arFormulaFamily, arColumnOfHeader, isOwnArCell, ownArColumns, withoutOwnColumns } from "../../src/workbook/ownCells";

describe("which cells are the desk's own (issue 12.7)", () => {
  it.each([
    ["=AR.NEXTACTION(RC3,RC5,,,,,DunningAsOf,DunningPolicy)", "nextAction"],
    ["=AR.ACTIONREASON([@[Due date]],[@Balance],,,,,DunningAsOf,DunningPolicy)", "reason"],
    ["=_xldudf_AR_DAYSOVERDUE(C4,DunningAsOf,DunningPolicy)", "daysOverdue"],
    ["=_xldudf_ar_agingbucket(I4)", "bucket"],
    ["=ar.settleoffer(D4,I4,,DunningPolicy)", "settleOffer"],
    ["=AR.NEXTCONTACT.EACH(C4:C43,D4:D43)", "nextContact"],
    ["=SUM(A1:A3)", null],
    ["=IF(AR.NEXTACTION(C4,D4)=\"Wait\",1,0)", null],
    ["Reminder", null],
    [12, null],
  ])("%s is of the family %s", (formula, family) => {
    expect(arFormulaFamily(formula)).toBe(family);
  });

  it.each([
    ["Next action", "nextAction"],
    ["  days   OVERDUE ", "daysOverdue"],
    ["Days overdue (AR)", "daysOverdue"],
    ["Customer", null],
  ])("the header %s names the AR column %s", (header, key) => {
    expect(arColumnOfHeader(header)).toBe(key);
  });

  it("a cell is the desk's when empty or a formula of its column's family; a typed value or another formula is not", () => {
    expect(isOwnArCell("nextAction", "=AR.NEXTACTION(RC3,RC5)", "Reminder")).toBe(true);
    expect(isOwnArCell("nextAction", null, "")).toBe(true);
    expect(isOwnArCell("nextAction", "call Monday", "call Monday")).toBe(false);
    expect(isOwnArCell("nextAction", "=AR.ACTIONREASON(RC3,RC5)", "Wait — R1")).toBe(false);
    expect(isOwnArCell("daysOverdue", "=TODAY()-C4", 12)).toBe(false);
  });

  it("finds the desk's columns by header and first formula, not the sheet's own Days overdue", () => {
    const values = [["Report"], ["Customer", "Days overdue", "Days overdue (AR)", "Next action", "Bucket"], ["Acme", 12, 12, "call Monday", "1-30"], ["Beta", 40, 40, "Reminder", "31-60"]];
    const formulas = [["Report"], ["Customer", "Days overdue", "Days overdue (AR)", "Next action", "Bucket"], ["Acme", 12, "=AR.DAYSOVERDUE(RC5,DunningAsOf)", "call Monday", "=SUM(1)"], ["Beta", 40, "=AR.DAYSOVERDUE(RC5,DunningAsOf)", "=AR.NEXTACTION(RC5,RC6)", "=SUM(1)"]];
    expect(ownArColumns(values, formulas)).toEqual([2, 3]);
    expect(withoutOwnColumns(values, [2, 3])[1]).toEqual(["Customer", "Days overdue", "", "", "Bucket"]);
  });

  it("never throws and only names columns whose header is an AR header, whatever the cells hold", () => {
    const cell = fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null), fc.constant("=AR.NEXTACTION(RC1)"), fc.constant("Next action"), fc.constant("Bucket"), fc.constant("=_xldudf_ar_agingbucket(A1)"));
    const grid = fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 8 });
    fc.assert(
      fc.property(grid, grid, (values, formulas) => {
        const own = ownArColumns(values, formulas);
        for (const column of own) expect(values.some((row) => arColumnOfHeader(row[column]) !== null)).toBe(true);
        expect(new Set(own).size).toBe(own.length);
      }),
      { numRuns: 2_000 },
    );
  });
});
