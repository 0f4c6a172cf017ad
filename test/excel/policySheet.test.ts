import { defaultPolicy } from "../../src/core/policy";
import { readPolicyTable } from "../../src/core/policyTable";
import { ExcelError, policyNames, readPolicySheet, writePolicySheet } from "../../src/excel";
import { policyRows } from "../../src/workbook/policyRows";
import { createFakeExcel } from "../support/fakeExcel";

const AS_OF = 46_068;

function install() {
  const fake = createFakeExcel({ sheets: [{ name: "AR", values: [["Customer"]] }] });
  fake.install();
  return fake;
}

describe("the policy sheet", () => {
  it("writes a Name | Value | Setting | Help Table, DunningPolicy on Name and Value, and a static DunningAsOf date", async () => {
    const fake = install();
    expect(await readPolicySheet()).toBeNull();
    expect(await writePolicySheet(defaultPolicy, AS_OF)).toBeUndefined();
    const rows = policyRows(defaultPolicy);
    expect(fake.book.tables.find((table) => table.name === policyNames.table)).toMatchObject({ top: 3, left: 0, rows: rows.length + 1, columns: 4 });
    expect([0, 1, 2, 3].map((column) => fake.cell(policyNames.sheet, 3, column).value)).toEqual(["Name", "Value", "Setting", "Help"]);
    expect(fake.cell(policyNames.sheet, 4, 2).value).toBe("Grace period (days)");
    expect(fake.cell(policyNames.sheet, 4, 3).value).toBe("Days past due before the first reminder (R1).");
    expect(fake.book.names.get("dunningpolicy")?.rect).toEqual({ top: 4, left: 0, rows: rows.length, columns: 2 });
    expect(fake.cell(policyNames.sheet, 1, 1)).toEqual({ value: AS_OF, formula: null, numberFormat: "yyyy-mm-dd" });
    expect(fake.cell(policyNames.sheet, 4, 0).value).toBe("graceDays");
    const read = await readPolicySheet();
    expect(read).toHaveLength(rows.length);
    expect(readPolicyTable(read ?? [])).toEqual({ ok: true, policy: defaultPolicy });
  });

  it("rewrites values in place and moves the as-of date", async () => {
    const fake = install();
    await writePolicySheet(defaultPolicy, AS_OF);
    expect(await writePolicySheet({ ...defaultPolicy, graceDays: 14 }, AS_OF + 7)).toBeUndefined();
    expect(fake.cell(policyNames.sheet, 4, 1).value).toBe(14);
    expect(fake.cell(policyNames.sheet, 1, 1).value).toBe(AS_OF + 7);
    expect(readPolicyTable((await readPolicySheet()) ?? [])).toMatchObject({ ok: true, policy: { graceDays: 14 } });
  });

  it("with no as-of date given, keeps the sheet's own, and writes text settings as text", async () => {
    const fake = install();
    await writePolicySheet(defaultPolicy, AS_OF);
    expect(await writePolicySheet({ ...defaultPolicy, dateOrder: "dayFirst", decimalSeparator: "," }, null)).toBeUndefined();
    expect(fake.cell(policyNames.sheet, 1, 1).value).toBe(AS_OF);
    expect(readPolicyTable((await readPolicySheet()) ?? [])).toMatchObject({ ok: true, policy: { dateOrder: "dayFirst", decimalSeparator: "," } });
  });

  it("appends settings the sheet lacks and points DunningPolicy at the longer body", async () => {
    const fake = install();
    const fewer = { ...defaultPolicy, collectProbability: defaultPolicy.collectProbability.slice(0, 3) };
    await writePolicySheet(fewer, AS_OF);
    expect(await writePolicySheet(defaultPolicy, AS_OF)).toBeUndefined();
    expect(fake.book.names.get("dunningpolicy")?.rect.rows).toBe(policyRows(defaultPolicy).length);
    expect(readPolicyTable((await readPolicySheet()) ?? [])).toEqual({ ok: true, policy: defaultPolicy });
  });

  it("does not delete rows the new policy lacks: they come back as conflicts", async () => {
    install();
    await writePolicySheet(defaultPolicy, AS_OF);
    const fewer = { ...defaultPolicy, collectProbability: defaultPolicy.collectProbability.slice(0, 7) };
    const last = policyRows(defaultPolicy).length + 4;
    expect(await writePolicySheet(fewer, AS_OF)).toEqual({ ok: false, conflicts: [{ address: `'Dunning Policy'!A${last}:B${last}`, value: "collectProb 730" }] });
  });

  it("refuses a sheet of that name that holds no policy table", async () => {
    const fake = createFakeExcel({ sheets: [{ name: policyNames.sheet, values: [["my notes"]] }] });
    fake.install();
    expect(await writePolicySheet(defaultPolicy, AS_OF)).toEqual({ error: `The sheet "Dunning Policy" exists but holds no policy table: rename it, or delete it, and try again.` });
  });

  it("rejects with an ExcelError when Excel stays in cell-edit mode", async () => {
    const fake = install();
    fake.setCellEditMode(2);
    await expect(readPolicySheet()).rejects.toBeInstanceOf(ExcelError);
  });
});
