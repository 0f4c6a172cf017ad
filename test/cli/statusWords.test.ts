/*
 * The command line on the country fixtures' local notes columns (Keterangan, Piezīmes, หมายเหตุ):
 * disputes, promises with their dates and unreachable customers are read in the local language,
 * a disputing customer gets "Resolve dispute" (not Ask sales or an offer), and the same text
 * under a strict "Status" header is refused, naming the words.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli, fixturesDir } from "./cliRun";
import { temporaryFolder } from "./errorCases";

interface AnalyzeReport {
  readonly list: { readonly columns: Record<string, string> };
  readonly summary: { readonly actions: Record<string, number> };
  readonly problems: readonly { code: string; cell: string; message: string }[];
}

interface RemindReport {
  readonly messages: readonly { customer: string; stage: string; invoices: string }[];
  readonly notDrafted: readonly { sheetRow: number | null; customer: string | null; code: string; reason: string }[];
}

/** Each fixture: the notes header, the disputing customer and invoice, and what its notes say. */
const countries = [
  { file: "id-accurate-umur-piutang.xlsx", notes: "Keterangan", disputing: "CV Maju Jaya", promised: "PT Karya Baru Sentosa", unreachable: "Toko Sejahtera", refused: "barang rusak saat pengiriman" },
  { file: "lv-debitoru-paradi.xlsx", notes: "Piezīmes", disputing: "SIA Kurzemes Būve", promised: "AS Rīgas Mēbeles", unreachable: "SIA Daugavas Tirdzniecība", refused: "apstrīdēts — nepilna piegāde" },
  { file: "th-baht-receivables.xlsx", notes: "หมายเหตุ", disputing: "บริษัท กรุงเทพวัสดุ จำกัด", promised: "ห้างหุ้นส่วนจำกัด เชียงใหม่ค้าไม้", unreachable: "ร้านสมชายการช่าง", refused: "โต้แย้ง สินค้าไม่ครบ" },
] as const;

const args = (command: string, file: string) => [command, file, "--as-of", "2026-11-23", "--json"];

describe("dunning-desk on local notes columns", () => {
  it.each(countries)("$file: analyze maps $notes as notes and reads disputes, promises and unreachable customers", async ({ file }) => {
    const run = await runCli(args("analyze", join("countries", file)));
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as AnalyzeReport;
    expect(report.list.columns.notes).toBe("H");
    expect(report.summary.actions["Resolve dispute"]).toBeGreaterThan(0);
    expect(report.summary.actions).toMatchObject({ "Await promise": 1, "Trace debtor": 1 });
    expect(report.summary.actions["Ask sales"]).toBeUndefined();
    expect(report.summary.actions["Settlement offer"]).toBeUndefined();
    expect(report.problems.filter((problem) => problem.code === "unknownStatus")).toEqual([]);
  });

  it.each(countries)("$file: remind leaves the disputed and promised invoices out and never asks sales or offers a settlement", async ({ file, disputing, promised, unreachable }) => {
    const run = await runCli(args("remind", join("countries", file)));
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as RemindReport;
    const codesOf = (customer: string) => report.notDrafted.filter((row) => row.customer === customer).map((row) => row.code);
    expect(codesOf(disputing)).toContain("disputed");
    expect(codesOf(promised)).toEqual(["promisePending"]);
    expect(report.notDrafted.find((row) => row.customer === promised)?.reason).toMatch(/promise to pay by 2026-11-30/);
    expect(report.notDrafted.filter((row) => row.customer === unreachable).map((row) => row.reason)).toEqual(expect.arrayContaining([expect.stringMatching(/Trace debtor/)]));
    for (const message of report.messages) expect(["Ask sales", "Settlement offer"]).not.toContain(message.stage);
    expect(report.messages.map((message) => message.customer)).not.toContain(promised);
  });

  describe.each(countries)("$file with the notes header renamed to Status", ({ file, notes, refused }) => {
    const folder = temporaryFolder();
    const renamed = join(folder, `status-${file}`);
    beforeAll(async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(join(fixturesDir, "countries", file));
      const sheet = workbook.worksheets[0];
      sheet?.eachRow((row) => row.eachCell((cell) => {
        if (cell.value === notes) cell.value = "Status";
      }));
      await workbook.xlsx.writeFile(renamed);
    });

    it("analyze refuses the free text as status, naming the words", async () => {
      const run = await runCli(args("analyze", renamed), folder);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout) as AnalyzeReport;
      expect(report.list.columns.status).toBe("H");
      const refusals = report.problems.filter((problem) => problem.code === "unknownStatus");
      expect(refusals.length).toBeGreaterThan(0);
      expect(refusals.map((problem) => problem.message)).toContainEqual(expect.stringContaining(`unknown word "${refused}"`));
      expect(refusals.every((problem) => problem.cell.startsWith("H"))).toBe(true);
    });

    it("remind drafts nothing for a row whose status it cannot read, and says why", async () => {
      const run = await runCli(args("remind", renamed), folder);
      const report = JSON.parse(run.stdout) as RemindReport;
      const refused = report.notDrafted.filter((row) => row.code === "unknownStatus");
      expect(refused.length).toBeGreaterThan(0);
      expect(refused.every((row) => /unknown word "/.test(row.reason))).toBe(true);
      // The disputed invoice of each fixture is never asked for.
      expect(report.messages.map((message) => message.invoices).join(" ")).not.toMatch(/SI\.2026\.08\.00112|BK-2026\/0815|INV6908-0012/);
    });
  });
});

describe("dunning-desk annotate on a notes column: the AR formulas read the notes as the pane does", () => {
  it.each([
    ["id-accurate-umur-piutang.xlsx", "SI.2026.08.00112", "(notes: disputed, from 'sengketa')"],
    ["lv-debitoru-paradi.xlsx", "BK-2026/0815", "(notes: disputed, from 'apstrīdēts')"],
    ["th-baht-receivables.xlsx", "INV6908-0012", "(notes: disputed, from 'โต้แย้ง')"],
  ])("%s: invoice %s is Resolve dispute, and the reason names the words", async (file, invoice, words) => {
    const folder = temporaryFolder();
    const output = join(folder, `annotated-${file}`);
    const run = await runCli(["annotate", join("countries", file), "-o", output, "--as-of", "2026-11-23", "--json"]);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { sheet: string; columns: { header: string; column: string }[] };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    const sheet = workbook.getWorksheet(report.sheet);
    const letter = (header: string) => report.columns.find((column) => column.header === header)?.column ?? "";
    let found = 0;
    sheet?.eachRow((row) => {
      if (!row.values || !(row.values as unknown[]).includes(invoice)) return;
      const result = (header: string) => (row.getCell(letter(header)).value as { formula?: string; result?: unknown }) ?? {};
      expect(result("Next action").result).toBe("Resolve dispute");
      expect(result("Next action").formula).toMatch(/,H\d+[,)]/);
      expect(String(result("Reason").result)).toContain(words);
      // The notes themselves are left as the user wrote them.
      expect(typeof row.getCell("H").value).toBe("string");
      found += 1;
    });
    expect(found).toBe(1);
  });
});
