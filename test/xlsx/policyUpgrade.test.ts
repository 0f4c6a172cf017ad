/*
 * A policy sheet written before labels existed (test/fixtures/policy-sheet-before-labels.xlsx:
 * plain-table.xlsx annotated by the command line of commit d6866cd, a Name | Value Table) is read
 * and upgraded by both adapters, never refused: the Setting and Help columns are added, the
 * per-currency rounding rows appended, and DunningPolicy keeps pointing at Name and Value.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ensurePolicySheet } from "../../src/app/ensurePolicySheet";
import { workbookPolicy } from "../../src/app/workbookPolicy";
import { defaultPolicy } from "../../src/core/policy";
import { readPolicyTable } from "../../src/core/policyTable";
import { readPolicySheet, writePolicySheet } from "../../src/excel";
import { policyNames } from "../../src/workbook/policyNames";
import { policyRows } from "../../src/workbook/policyRows";
import { openWorkbookFile } from "../../src/xlsx";
import { inspectFile } from "../../src/xlsx/fileInspection";
import { createFakeExcel } from "../support/fakeExcel";
import { fromXlsx } from "../support/fakeExcel/fromXlsx";

const OLD = join(__dirname, "..", "fixtures", "policy-sheet-before-labels.xlsx");
const TOP = 3; // the Table's header row (0-based), as both adapters write it

async function openOld() {
  const book = await openWorkbookFile(new Uint8Array(readFileSync(OLD)));
  if (!book.ok) throw new Error(book.error);
  return book;
}

describe("a policy sheet written before labels existed", () => {
  it("is read as it is: the formulas' DunningPolicy is still two columns of name and value", async () => {
    const book = await openOld();
    const rows = await book.port.readPolicySheet();
    expect(rows?.every((row) => row.length === 2)).toBe(true);
    // The old sheet has no rounding rows: the per-currency defaults apply.
    expect(readPolicyTable(rows ?? [])).toEqual({ ok: true, policy: { ...defaultPolicy, dateOrder: "dayFirst", language: "en" } }); // written when "en" was the default
    expect(book.cell(policyNames.sheet, TOP, 2).value ?? "").toBe("");
  });

  it("the .xlsx adapter upgrades it: Setting and Help added, rounding rows appended, values kept", async () => {
    const book = await openOld();
    const policy = { ...defaultPolicy, graceDays: 21 };
    expect(await book.port.writePolicySheet(policy, null)).toBeUndefined();
    const again = await openWorkbookFile(await book.save());
    if (!again.ok) throw new Error(again.error);
    expect([0, 1, 2, 3].map((column) => again.cell(policyNames.sheet, TOP, column).value)).toEqual(["Name", "Value", "Setting", "Help"]);
    const rows = policyRows(policy);
    // The old rows keep their places; the rounding rows are appended below them.
    const sheetRows = rows.map((_, index) => [0, 1, 2, 3].map((column) => again.cell(policyNames.sheet, TOP + 1 + index, column).value));
    expect(new Map(sheetRows.map((row) => [row[0], row.slice(1)]))).toEqual(new Map(rows.map((row) => [row.name, [row.value, row.label, row.help]])));
    expect(sheetRows.at(-1)?.[0]).toMatch(/^roundTo [A-Z]{3}$/);
    const read = await again.port.readPolicySheet();
    expect(read?.every((row) => row.length === 2)).toBe(true);
    expect(readPolicyTable(read ?? [])).toEqual({ ok: true, policy });
    expect(inspectFile(again)?.tableNames()).toContain(policyNames.table);
    // The as-of date the old sheet had is kept (null asked to keep it).
    expect(again.cell(policyNames.sheet, 1, 1).value).toBe(book.cell(policyNames.sheet, 1, 1).value);
  });

  it("the Office adapter upgrades it the same way", async () => {
    const fake = createFakeExcel(await fromXlsx(OLD));
    fake.install();
    expect(await writePolicySheet(defaultPolicy, 46_068)).toBeUndefined();
    const table = fake.book.tables.find((each) => each.name === policyNames.table);
    const rows = policyRows(defaultPolicy);
    expect(table).toMatchObject({ top: TOP, left: 0, rows: rows.length + 1, columns: 4 });
    expect(fake.cell(policyNames.sheet, TOP, 2).value).toBe("Setting");
    expect(fake.cell(policyNames.sheet, TOP + 1, 2).value).toBe("Grace period (days)");
    expect(fake.book.names.get("dunningpolicy")?.rect).toEqual({ top: TOP + 1, left: 0, rows: rows.length, columns: 2 });
    expect(readPolicyTable((await readPolicySheet()) ?? [])).toEqual({ ok: true, policy: defaultPolicy });
  });

  it("a user's cell where the new columns go is not overwritten: it comes back as a conflict", async () => {
    const state = await fromXlsx(OLD);
    const sheet = state.sheets.find((each) => each.name === policyNames.sheet);
    const fake = createFakeExcel({ ...state, sheets: state.sheets.map((each) => (each === sheet ? { ...each, values: each.values.map((row, r) => (r === TOP + 2 ? [...row.slice(0, 2), "my note"] : row)) } : each)) });
    fake.install();
    expect(await writePolicySheet(defaultPolicy, 46_068)).toEqual({ ok: false, conflicts: [{ address: `'Dunning Policy'!C${TOP + 3}`, value: "my note" }] });
    expect(fake.cell(policyNames.sheet, TOP + 2, 2).value).toBe("my note");
  });
});

describe("its language en, written when en was the default", () => {
  it("reads as auto through the workbook's policy, with a notice for the user", async () => {
    const book = await openOld();
    const read = await workbookPolicy(book.port);
    expect(read).toMatchObject({ source: "sheet", warning: null, policy: { ...defaultPolicy, dateOrder: "dayFirst", language: "auto" } });
    expect(read.notices).toEqual([expect.stringContaining("To keep English letters, set language to en")]);
  });

  it("is written upgraded the next time the desk writes the sheet: auto and a locale row, after which en is the user's", async () => {
    const book = await openOld();
    const ensured = await ensurePolicySheet(book.port, { ...defaultPolicy, dateOrder: "dayFirst" }, { asOfSerial: 46_068, keepAsOf: true, replace: false });
    expect(ensured).toMatchObject({ ok: true, change: "updated", policy: { language: "auto" } });
    const again = await openWorkbookFile(await book.save());
    if (!again.ok) throw new Error(again.error);
    const rows = (await again.port.readPolicySheet()) ?? [];
    expect(rows.filter((row) => row[0] === "language" || row[0] === "locale")).toEqual([["language", "auto"], ["locale", "auto"]]);
    expect((await workbookPolicy(again.port)).notices).toEqual([]);
  });
});
