import { createFakeExcel, type FakeRequestContext } from "../support/fakeExcel";

describe("the fake Excel keeps Excel's load/sync rules", () => {
  it("throws PropertyNotLoaded for a property read before load + sync, and counts round trips", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [["a", 1]] }] });
    await fake.Excel.run(async (context: FakeRequestContext) => {
      const range = context.workbook.worksheets.getItem("S").getRange("A1:B1");
      expect(() => range.values).toThrow("The property 'values' is not available");
      range.load("values");
      expect(() => range.values).toThrow("The property 'values' is not available");
      await context.sync();
      expect(range.values).toEqual([["a", 1]]);
    });
    expect(fake.stats).toMatchObject({ syncs: 1, runs: 1, payloadCells: 2 });
  });

  it("turns text that looks like a formula into one when written as a value, as Excel does, unless formatted as text", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [] }] });
    await fake.Excel.run(async (context: FakeRequestContext) => {
      const sheet = context.workbook.worksheets.getItem("S");
      sheet.getRange("A1:C1").values = [["=1+1", "'=1+1", "-5 Co"]];
      sheet.getRange("A2").numberFormat = [["@"]];
      sheet.getRange("A2").values = [["=1+1"]];
      await context.sync();
    });
    expect([fake.cell("S", 0, 0).formula, fake.cell("S", 0, 1).value, fake.cell("S", 0, 2).formula, fake.cell("S", 1, 0).value]).toEqual(["=1+1", "=1+1", "=-5 Co", "=1+1"]);
  });

  it("refuses a 2-D array that does not fit the range", async () => {
    const fake = createFakeExcel({ sheets: [{ name: "S", values: [] }] });
    await expect(
      fake.Excel.run(async (context: FakeRequestContext) => {
        context.workbook.worksheets.getItem("S").getRange("A1:B1").values = [["only one"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});
