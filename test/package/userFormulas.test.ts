import { recordContacts } from "../../src/app/recordContacts";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8 } from "fflate";
import { openWorkbookFile } from "../../src/xlsx";
import { runCli } from "../cli/cliRun";
import { temporaryFolder } from "../cli/errorCases";
import { entriesOf, sheetPath } from "./packageDiff";

const fixtures = join(__dirname, "..", "fixtures");
const file = join(fixtures, "user-formulas.xlsx");
const folder = temporaryFolder();
const SHEETS = ["Piutang", "Catatan", "Kontrol"];

/** Every formula cell of a sheet part, as its XML (formula and cached result together). */
function formulaCells(bytes: Uint8Array, sheet: string): string[] {
  const xml = strFromU8(entriesOf(bytes)[sheetPath(bytes, sheet)] ?? new Uint8Array());
  return [...xml.matchAll(/<c\b[^>]*>(?:(?!<\/c>)[\s\S])*?<f\b[\s\S]*?<\/c>/g)].map((match) => match[0]);
}

/** The user's formulas, each with its cached result, are in the saved file exactly as they were. */
function expectUserFormulasKept(before: Uint8Array, after: Uint8Array): void {
  for (const sheet of SHEETS) {
    const kept = new Set(formulaCells(after, sheet));
    const lost = formulaCells(before, sheet).filter((cell) => !kept.has(cell));
    expect({ sheet, lost }).toEqual({ sheet, lost: [] });
  }
}

describe("the user's formulas on three sheets keep their text and cached results (issue 13)", () => {
  const input = readFileSync(file);

  it("the fixture holds every kind: 2-D, several and literal arguments, whole columns, COUNTIFS, IF, shared, array, over the AR columns", () => {
    const all = SHEETS.flatMap((sheet) => formulaCells(input, sheet)).join("\n");
    for (const piece of ["SUM(A1:B2)", "SUM(A1:A2,B1)", "SUM(100,200)", "SUM(A:A)", "SUM(A1,A2)", "COUNTIFS(", "IF(", 't="shared"', 't="array"', "Piutang!G5:G8"]) expect(all).toContain(piece);
  });

  it.each([
    ["annotate", ["annotate", file, "--as-of", "2026-02-15", "--force", "-o"]],
    ["remind -o", ["remind", file, "--as-of", "2026-02-15", "--force", "-o"]],
  ])("through %s", async (name, args) => {
    const output = join(folder, `${name.replace(/\W/g, "")}.xlsx`);
    const run = await runCli([...args, output]);
    expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 });
    expectUserFormulasKept(input, readFileSync(output));
  });

  it("through annotate, then Mark as sent's writes and a browser-mode save of the annotated file", async () => {
    const output = join(folder, "annotated-then-saved.xlsx");
    expect((await runCli(["annotate", file, "--as-of", "2026-02-15", "--force", "-o", output])).code).toBe(0);
    const book = await openWorkbookFile(readFileSync(output));
    if (!book.ok) throw new Error(book.error);
    await book.port.appendContactLog([{ loggedAt: 46068.5, customer: "CV Maju Bersama", invoices: "INV/2025/0112", stage: "firstReminder", channel: "email", subject: "Pengingat pembayaran", amount: 12_500_000, currency: "IDR", offer: null, note: "", draftId: "d-1" }]);
    const target = { sheetName: "Piutang", tableName: null, headerRow: 3, identity: { customer: 0, invoiceNumber: null, dueDate: null, balance: null }, desk: { lastContact: null, remindersSent: null, dunningStatus: null } };
    const mark = { row: 4, identity: { customer: "CV Maju Bersama", invoiceNumber: null, dueDate: null, balance: null }, contactSerial: 46068, state: null };
    expect(await recordContacts(book.port, target, [mark], { confirmOverwrite: false })).toMatchObject({ ok: true });
    expectUserFormulasKept(input, await book.save());
  });
});

describe("a one-invoice list", () => {
  it("is annotated with its summary sheet (it crashed: cannot read the range Piutang!$G$2)", async () => {
    const output = join(folder, "one-invoice-annotated.xlsx");
    const run = await runCli(["annotate", join(fixtures, "one-invoice.xlsx"), "--as-of", "2026-02-15", "--force", "-o", output]);
    expect({ code: run.code, stderr: run.stderr }).toMatchObject({ code: 0 });
    const book = await openWorkbookFile(readFileSync(output));
    if (!book.ok) throw new Error(book.error);
    expect(book.sheetNames()).toContain("AR Summary");
  });
});
