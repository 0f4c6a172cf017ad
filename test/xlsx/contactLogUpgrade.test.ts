// A workbook whose Contact Log was written by an older desk (version 1: no "Marked by", no
// "Undoes") is migrated on the next append, not refused: its rows stay as they were.
import ExcelJS from "exceljs";
import { contactLogLayout } from "../../src/workbook/contactLogLayout";
import { openWorkbookFile } from "../../src/xlsx";

const v1 = contactLogLayout.olderVersions[0] ?? [];
const oldRow = [46_000.5, "Acme GmbH", "RE-1", "Reminder", "Email", "Zahlungserinnerung", 1200, "EUR", null, "telefoniert", "2026-01-01-3f9a2c1e"];

async function v1Workbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Offene Posten").addRow(["Kunde", "Rechnung", "Fällig", "Saldo"]);
  const sheet = workbook.addWorksheet("Contact Log");
  sheet.addTable({ name: contactLogLayout.name, ref: "A1", headerRow: true, columns: v1.map((name) => ({ name })), rows: [oldRow] });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("a version-1 Contact Log in a file", () => {
  it("gets Marked by and Undoes at its end, keeps its rows, and still knows the old draft id", async () => {
    const book = await openWorkbookFile(await v1Workbook());
    if (!book.ok) throw new Error(book.error);
    const entry = { loggedAt: 46_058.5, customer: "Acme GmbH", invoices: "RE-2", stage: "Consequences", channel: "Email", subject: "Mahnung", amount: 800, currency: "EUR", offer: null, note: "", draftId: "2026-02-05-9d3c", markedBy: "Dana" };
    expect(await book.port.appendContactLog([{ ...entry, draftId: "2026-01-01-x", legacyDraftId: "2026-01-01-3f9a2c1e" }, entry])).toEqual({ ok: true, appended: ["2026-02-05-9d3c"], alreadyLogged: ["2026-01-01-x"] });
    const saved = new ExcelJS.Workbook();
    await saved.xlsx.load((await book.save()).buffer as ArrayBuffer);
    const sheet = saved.getWorksheet("Contact Log");
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual(contactLogLayout.headers);
    expect(sheet?.getRow(2).getCell(10).value).toBe("telefoniert");
    expect(sheet?.getRow(3).getCell(11).value).toBe("2026-02-05-9d3c");
    expect(sheet?.getRow(3).getCell(12).value).toBe("Dana");
    const reopened = await openWorkbookFile(new Uint8Array(await saved.xlsx.writeBuffer()));
    if (!reopened.ok) throw new Error(reopened.error);
    const table = await reopened.port.readTable(contactLogLayout.name);
    expect(Array.isArray(table) ? table[0] : table).toEqual(contactLogLayout.headers);
  });
});
