import { recordContacts } from "../../src/app/recordContacts";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { findHeaderRow } from "../../src/core/columns";
import { isFailure } from "../../src/workbook/agingData";
import { openWorkbookFile, type FileWorkbook } from "../../src/xlsx";
import { runCli } from "../cli/cliRun";
import { temporaryFolder } from "../cli/errorCases";
import { WORKBOOK_PARTS, entriesOf, packageDiff, sheetPath } from "./packageDiff";

const fixtures = join(__dirname, "..", "fixtures");
/** Made by LibreOffice (scripts/make-office-fixtures.py): chart, pivot table, comment, image, validation, conditional format. */
const officeFixtures = [
  { file: "uk-aged-debtors-libreoffice.xlsx", sheet: "Aged Debtors" },
  { file: "lv-debitori-libreoffice.xlsx", sheet: "Debitori" },
];
const folder = temporaryFolder();

/** What a save may change besides the aging sheet: the workbook's own parts; calcChain.xml may go. */
function expectOnlyDeskParts(before: Uint8Array, after: Uint8Array, agingSheet: string | null): void {
  const diff = packageDiff(before, after);
  const allowed = [...WORKBOOK_PARTS, ...(agingSheet ? [sheetPath(before, agingSheet)] : [])];
  expect(diff.changed.filter((path) => !allowed.includes(path))).toEqual([]);
  expect(diff.missing.filter((path) => !path.endsWith("calcChain.xml"))).toEqual([]);
  expect(diff.added.every((path) => /^xl\/(worksheets\/(_rels\/)?sheet\d+\.xml(\.rels)?|tables\/table\d+\.xml)$/.test(path))).toBe(true);
}

async function open(bytes: Uint8Array): Promise<FileWorkbook> {
  const book = await openWorkbookFile(bytes);
  if (!book.ok) throw new Error(book.error);
  return book;
}

describe.each(officeFixtures)("$file: every part the desk does not own comes out byte for byte", ({ file, sheet }) => {
  const input = readFileSync(join(fixtures, file));

  it("after annotate", async () => {
    const output = join(folder, `annotated-${file}`);
    const run = await runCli(["annotate", join(fixtures, file), "-o", output, "--as-of", "2026-02-15", "--force"]);
    expect(run.code).toBe(0);
    const annotated = readFileSync(output);
    expectOnlyDeskParts(input, annotated, sheet);
    const names = Object.keys(entriesOf(annotated));
    for (const folder of ["xl/charts/", "xl/pivotTables/", "xl/pivotCache/", "xl/drawings/", "xl/media/"]) expect(names.some((name) => name.startsWith(folder))).toBe(true);
  });

  it("after remind -o (the Reminders sheet)", async () => {
    const output = join(folder, `reminded-${file}`);
    const run = await runCli(["remind", join(fixtures, file), "-o", output, "--as-of", "2026-02-15", "--force"]);
    expect(run.code).toBe(0);
    expectOnlyDeskParts(input, readFileSync(output), null);
  });

  it("after a browser-mode save with nothing changed: the same entries, nothing rewritten but the workbook part", async () => {
    const saved = await (await open(input)).save();
    const diff = packageDiff(input, saved);
    expect(diff.missing).toEqual([]);
    expect(diff.added).toEqual([]);
    expect(diff.changed.filter((path) => path !== "xl/workbook.xml")).toEqual([]);
  });

  it("after Mark as sent (Contact Log and the rows' last contact) and a browser-mode save", async () => {
    const book = await open(input);
    const data = await book.port.readAgingData("auto");
    if (isFailure(data)) throw new Error(data.error);
    const header = findHeaderRow(data.values);
    if (!header.ok) throw new Error(header.message);
    const customerColumn = data.left + (header.mapping.customer?.column ?? 0);
    const row = data.top + header.row + 1;
    const customer = String(data.values[header.row + 1]?.[customerColumn - data.left]);
    const logged = await book.port.appendContactLog([{ loggedAt: 46068.5, customer, invoices: "INV-1", stage: "firstReminder", channel: "email", subject: "Payment reminder", amount: 100, currency: "GBP", offer: null, note: "", draftId: "d-1" }]);
    expect(logged).toMatchObject({ ok: true });
    const target = { sheetName: data.sheetName, tableName: data.tableName, headerRow: data.top + header.row, identity: { customer: customerColumn, invoiceNumber: null, dueDate: null, balance: null }, desk: { lastContact: null, remindersSent: null, dunningStatus: null } };
    const recorded = await recordContacts(book.port, target, [{ row, identity: { customer, invoiceNumber: null, dueDate: null, balance: null }, contactSerial: 46068, state: null }], { confirmOverwrite: false });
    expect(recorded).toMatchObject({ ok: true });
    expectOnlyDeskParts(input, await book.save(), sheet);
  });
});

describe("an .xlsm keeps its VBA project byte for byte", () => {
  // A hand-built part (LibreOffice cannot author a VBA project): bytes that stand for vbaProject.bin.
  const project = strToU8("hand-built stand-in for a VBA project, not real VBA");
  const base = unzipSync(readFileSync(join(fixtures, "uk-aged-debtors-libreoffice.xlsx")));
  const types = strFromU8(base["[Content_Types].xml"] ?? new Uint8Array())
    .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
    .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
  const rels = strFromU8(base["xl/_rels/workbook.xml.rels"] ?? new Uint8Array()).replace("</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>');
  const xlsm = zipSync({ ...base, "[Content_Types].xml": strToU8(types), "xl/_rels/workbook.xml.rels": strToU8(rels), "xl/vbaProject.bin": project });

  it("through annotate's writes (AR columns, summary, policy) and save", async () => {
    const output = join(folder, "annotated.xlsm");
    const input = join(folder, "macros.xlsm");
    writeFileSync(input, xlsm);
    const run = await runCli(["annotate", input, "-o", output, "--as-of", "2026-02-15", "--force"]);
    expect(run.code).toBe(0);
    const saved = entriesOf(readFileSync(output));
    expect(saved["xl/vbaProject.bin"]).toEqual(project);
    expect(strFromU8(saved["[Content_Types].xml"] ?? new Uint8Array())).toContain("macroEnabled.main+xml");
    expect(strFromU8(saved["xl/_rels/workbook.xml.rels"] ?? new Uint8Array())).toContain("vbaProject.bin");
  });

  it("through remind -o (the Reminders sheet) and a browser-mode save", async () => {
    const input = join(folder, "macros-remind.xlsm");
    writeFileSync(input, xlsm);
    const output = join(folder, "reminded.xlsm");
    expect((await runCli(["remind", input, "-o", output, "--as-of", "2026-02-15", "--force"])).code).toBe(0);
    expect(entriesOf(readFileSync(output))["xl/vbaProject.bin"]).toEqual(project);
    const opened = await open(xlsm);
    const saved = entriesOf(await opened.save());
    expect(saved["xl/vbaProject.bin"]).toEqual(project);
    expect(Object.keys(saved).sort()).toEqual(Object.keys(entriesOf(xlsm)).sort());
  });

  it("is refused, with nothing written, when -o would name the macro workbook .xlsx (Excel will not open that)", async () => {
    const input = join(folder, "macros-refused.xlsm");
    writeFileSync(input, xlsm);
    const output = join(folder, "macros-refused.xlsx");
    const run = await runCli(["annotate", input, "-o", output, "--as-of", "2026-02-15"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/holds macros \(\.xlsm\).*must end in \.xlsm/);
    expect(() => readFileSync(output)).toThrow();
  });
});
