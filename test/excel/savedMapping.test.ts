import { loadSavedMapping, mappingKey, saveMapping } from "../../src/excel";
import { createFakeExcel } from "../support/fakeExcel";

describe("the saved column mapping", () => {
  it("keys a block by sheet and Table name, else by sheet and top-left cell", () => {
    expect(mappingKey({ sheetName: "AR", tableName: "Invoices", address: "AR!A3:H43" })).toBe("AR!Invoices");
    expect(mappingKey({ sheetName: "Open Invoices", tableName: null, address: "'Open Invoices'!A1:H27" })).toBe("Open Invoices!A1");
  });

  it("finds the mapping again after the list grows by a row or a column", () => {
    const before = mappingKey({ sheetName: "AR", tableName: null, address: "AR!A5:H25" });
    expect(mappingKey({ sheetName: "AR", tableName: null, address: "AR!A5:H26" })).toBe(before);
    expect(mappingKey({ sheetName: "AR", tableName: null, address: "AR!A5:J25" })).toBe(before);
  });

  it("round-trips through the workbook's settings", async () => {
    const fake = createFakeExcel({ sheets: [] });
    fake.install();
    expect(await loadSavedMapping("AR!Invoices")).toBeNull();
    expect(await saveMapping("AR!Invoices", { headerRow: 2, columns: { customer: 0, dueDate: 2, balance: 3 } })).toBeUndefined();
    expect(await loadSavedMapping("AR!Invoices")).toEqual({ headerRow: 2, columns: { customer: 0, dueDate: 2, balance: 3 } });
  });

  it("ignores a setting that is not a mapping", async () => {
    const fake = createFakeExcel({ sheets: [], settings: { "dunningDesk.mapping:AR!X": { headerRow: -1, columns: {} }, "dunningDesk.mapping:AR!Y": { headerRow: 0, columns: { nonsense: 1 } } } });
    fake.install();
    expect(await loadSavedMapping("AR!X")).toBeNull();
    expect(await loadSavedMapping("AR!Y")).toBeNull();
  });

  it("reports a failed save", async () => {
    const fake = createFakeExcel({ sheets: [] });
    fake.install();
    fake.failSettingsSave(true);
    expect(await saveMapping("k", { headerRow: 0, columns: {} })).toEqual({ error: "The column mapping could not be saved in the workbook: An internal error has occurred.", code: "5001" });
  });
});
