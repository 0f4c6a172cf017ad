import { excelMessages, readTemplates, removeTemplate, saveTemplate, templateNames, type TemplateRow } from "../../src/excel";
import { createFakeExcel } from "../support/fakeExcel";

const first: TemplateRow = { stage: "firstReminder", language: "en", subject: "Invoice {invoice} is overdue", body: "Dear {contact},\n\nour invoice {invoice} is {days} days overdue.\n\nKind regards" };
const second: TemplateRow = { stage: "secondReminder", language: "en", subject: "Second reminder", body: "Dear {contact},\nplease pay." };
const finalId: TemplateRow = { stage: "finalNotice", language: "id", subject: "Pemberitahuan terakhir", body: "Yth. {contact}" };

function install() {
  const fake = createFakeExcel({ sheets: [{ name: "AR", values: [["Customer"]] }] });
  fake.install();
  return fake;
}

/** The Table's body as the fake holds it: four columns from A, below the header in row 3. */
function body(fake: ReturnType<typeof install>): unknown[][] {
  const table = fake.book.tableNamed(templateNames.table);
  return table ? fake.values(templateNames.sheet, table.top + 1, table.left, table.rows - 1, table.columns) : [];
}

describe("the templates sheet", () => {
  it("reads [] from a workbook without the sheet", async () => {
    install();
    expect(await readTemplates()).toEqual([]);
    expect(await removeTemplate("firstReminder", "en")).toBeUndefined();
  });

  it("creates the sheet under a title, with a Stage/Language/Subject/Body Table", async () => {
    const fake = install();
    expect(await saveTemplate(first)).toBeUndefined();
    expect(fake.cell(templateNames.sheet, 0, 0).value).toBe("Dunning Desk reminder templates");
    expect(fake.book.tableNamed(templateNames.table)).toMatchObject({ top: 2, left: 0, rows: 2, columns: 4 });
    expect(fake.values(templateNames.sheet, 2, 0, 1, 4)).toEqual([["Stage", "Language", "Subject", "Body"]]);
    expect(await readTemplates()).toEqual([first]);
  });

  it("upserts by stage and language: rewrites only that row in place, in three syncs", async () => {
    const fake = install();
    await saveTemplate(first);
    await saveTemplate(second);
    await saveTemplate(finalId);
    fake.resetStats();
    const changed = { ...second, language: "EN ", subject: "Still unpaid" };
    expect(await saveTemplate(changed)).toBeUndefined();
    expect(fake.stats.syncs).toBe(3);
    expect(await readTemplates()).toEqual([first, changed, finalId]);
    expect(fake.book.tableNamed(templateNames.table)?.rows).toBe(4);
  });

  it("keeps a formula-looking subject as text", async () => {
    const fake = install();
    const risky = { ...first, subject: '=HYPERLINK("http://x","pay")' };
    await saveTemplate(second);
    await saveTemplate(risky);
    await saveTemplate({ ...second, subject: "-5% off if paid this week" });
    expect(fake.cell(templateNames.sheet, 4, 2)).toEqual({ value: '=HYPERLINK("http://x","pay")', formula: null, numberFormat: "@" });
    expect(fake.cell(templateNames.sheet, 3, 2)).toEqual({ value: "-5% off if paid this week", formula: null, numberFormat: "@" });
    expect(await readTemplates()).toEqual([{ ...second, subject: "-5% off if paid this week" }, risky]);
  });

  it("round-trips bodies with newlines and every field as text", async () => {
    install();
    const row = { stage: "1", language: "+62", subject: "@team", body: "line one\nline two\r\n\n-- \nsignature" };
    await saveTemplate(row);
    expect(await readTemplates()).toEqual([row]);
  });

  it("refuses a text longer than a cell holds and writes nothing", async () => {
    const fake = install();
    await saveTemplate(first);
    const result = await saveTemplate({ ...first, body: "x".repeat(32_768) });
    expect(result).toEqual({ error: excelMessages.templateTooLong("body", 32_768, 32_767) });
    expect(await readTemplates()).toEqual([first]);
    expect(await saveTemplate({ ...first, body: "x".repeat(32_767) })).toBeUndefined();
    expect(fake.book.tableNamed(templateNames.table)?.rows).toBe(2);
  });

  it("removes a template's row, and empties the last one instead of deleting it", async () => {
    const fake = install();
    await saveTemplate(first);
    await saveTemplate(second);
    expect(await removeTemplate("FIRSTREMINDER", "en")).toBeUndefined();
    expect(await readTemplates()).toEqual([second]);
    expect(body(fake)).toEqual([["secondReminder", "en", "Second reminder", "Dear {contact},\nplease pay."]]);
    expect(await removeTemplate("secondReminder", "en")).toBeUndefined();
    expect(await readTemplates()).toEqual([]);
    expect(await saveTemplate(finalId)).toBeUndefined();
    expect(body(fake)).toEqual([["finalNotice", "id", "Pemberitahuan terakhir", "Yth. {contact}"]]);
  });

  it("finds the columns by their headers when the user moved them", async () => {
    const fake = createFakeExcel({
      sheets: [{ name: templateNames.sheet, values: [["Templates"], [], ["Language", "Stage", "Notes", "Body", "Subject"], ["en", "firstReminder", "mine", "Hi", "Overdue"]], tables: [{ name: templateNames.table, top: 2, left: 0, rows: 2, columns: 5 }] }],
    });
    fake.install();
    expect(await readTemplates()).toEqual([{ stage: "firstReminder", language: "en", subject: "Overdue", body: "Hi" }]);
    await saveTemplate({ stage: "firstReminder", language: "en", subject: "New", body: "Hello" });
    expect(body(fake)).toEqual([["en", "firstReminder", "mine", "Hello", "New"]]);
  });

  it("refuses a sheet of that name without the Table", async () => {
    createFakeExcel({ sheets: [{ name: templateNames.sheet, values: [["my notes"]] }] }).install();
    expect(await saveTemplate(first)).toEqual({ error: excelMessages.templatesSheetWithoutTable(templateNames.sheet) });
    expect(await readTemplates()).toEqual([]);
  });
});
