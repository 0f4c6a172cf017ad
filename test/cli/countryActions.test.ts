/*
 * The next action of every disputed, promised and unreachable row of the six country fixtures
 * (Indonesia, Latvia, Thailand, a UK firm with euro customers, a list in three currencies, a US
 * QuickBooks report), through the AR formulas (`annotate`: each row's Next action formula and the
 * value the engine computed for it) and through `remind` (why the row gets no message): the same
 * answer both ways, with the local words the reason quotes.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { runCli } from "./cliRun";
import { temporaryFolder } from "./errorCases";

type Action = "Resolve dispute" | "Await promise" | "Trace debtor" | "Wait" | "Reminder";

/** Per fixture: invoice number → the next action and the words of the notes the reason quotes. */
const fixtures: readonly (readonly [string, readonly (readonly [string, Action, string])[]])[] = [
  ["id-accurate-umur-piutang.xlsx", [
    ["SI.2026.08.00112", "Resolve dispute", "disputed, from 'sengketa'"],
    ["SI.2026.07.00087", "Await promise", "promise to pay, from 'janji bayar 30/11/2026'"],
    ["SI.2026.06.00040", "Trace debtor", "unreachable, from 'tidak dapat dihubungi'"],
    ["SI.2026.09.00158", "Reminder", "no dispute, from 'bukan sengketa'"],
  ]],
  ["lv-debitoru-paradi.xlsx", [
    ["BK-2026/0815", "Resolve dispute", "disputed, from 'apstrīdēts'"],
    ["BK-2026/0920", "Resolve dispute", "disputed, from 'apstridets'"],
    ["BK-2026/0731", "Await promise", "promise to pay, from 'apsolīja samaksāt līdz 2026-11-30'"],
    ["BK-2026/0610", "Trace debtor", "unreachable, from 'nevar sazināties'"],
    ["BK-2026/1003", "Wait", "no dispute, from 'nav strīda'"],
  ]],
  ["th-baht-receivables.xlsx", [
    ["INV6908-0012", "Resolve dispute", "disputed, from 'โต้แย้ง'"],
    ["INV6907-0031", "Await promise", "promise to pay, from 'สัญญาจะชำระ 30/11/2569'"],
    ["INV6906-0008", "Trace debtor", "unreachable, from 'ติดต่อไม่ได้'"],
    ["INV6909-0027", "Reminder", "no dispute, from 'ไม่มีข้อพิพาท'"],
  ]],
  ["uk-aged-debtors-gbp-eur.xlsx", [
    ["TV-10412", "Resolve dispute", "disputed, from 'disputed'"],
    ["TV-10350", "Await promise", "promise to pay, from 'promised to pay by 30/11/2026'"],
    ["TV-10466", "Trace debtor", "unreachable, from 'no answer'"],
  ]],
  ["two-currency-open-items.xlsx", [
    ["NE-26-0311", "Resolve dispute", "disputed, from 'disputed'"],
    ["NE-26-0287", "Await promise", "promise to pay, from 'promised to pay by 2026-11-30'"],
    ["NE-26-0199", "Trace debtor", "unreachable, from 'unreachable'"],
  ]],
  ["us-quickbooks-ar-aging-detail.xlsx", [
    ["1161", "Resolve dispute", "disputed, from 'disputed'"],
    ["1155", "Await promise", "promise to pay, from 'promised to pay 11/30/2026'"],
    // Unreachable, but still inside the 30-day grace period: the grace comes first (R1 before R9).
    ["1179", "Wait", "unreachable, from 'no answer'"],
  ]],
];

/**
 * What `remind` says of a row held back by its own status. A Wait or Reminder row is only checked
 * not to be held as disputed or promised: Remind drafts at the step of the customer's most
 * advanced invoice, so a row can share its customer's Trace debtor (Daugavas Tirdzniecība).
 */
const remindCode: Readonly<Record<Action, string | null>> = { "Resolve dispute": "disputed", "Await promise": "promisePending", "Trace debtor": "notMailStep", Wait: null, Reminder: null };

interface Annotated {
  readonly sheet: string;
  readonly columns: readonly { header: string; column: string }[];
}

interface RemindReport {
  readonly messages: readonly { invoices: string }[];
  readonly notDrafted: readonly { sheetRow: number | null; code: string; reason: string }[];
}

describe.each(fixtures)("%s: the next action of every disputed, promised and unreachable row", (file, rows) => {
  const found = new Map<string, { sheetRow: number; action: unknown; formula: unknown; reason: string }>();
  let remind: RemindReport;
  beforeAll(async () => {
    const folder = temporaryFolder();
    const output = join(folder, file);
    const annotated = await runCli(["annotate", join("countries", file), "-o", output, "--as-of", "2026-11-23", "--json"]);
    expect(annotated.code).toBe(0);
    const report = JSON.parse(annotated.stdout) as Annotated;
    const letter = (header: string) => report.columns.find((column) => column.header === header)?.column ?? "";
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(output);
    workbook.getWorksheet(report.sheet)?.eachRow((row) => {
      const invoice = (row.values as unknown[]).find((value) => rows.some(([number]) => number === value));
      if (typeof invoice !== "string") return;
      const next = row.getCell(letter("Next action")).value as { formula?: string; result?: unknown };
      const reason = row.getCell(letter("Reason")).value as { result?: unknown };
      found.set(invoice, { sheetRow: row.number, action: next.result, formula: next.formula, reason: String(reason.result) });
    });
    const drafted = await runCli(["remind", join("countries", file), "--as-of", "2026-11-23", "--out", folder, "--from", "ar@example.com", "--json"]);
    expect(drafted.code).toBe(0);
    remind = JSON.parse(drafted.stdout) as RemindReport;
  });

  it.each(rows)("%s: %s (AR formulas), the reason quoting %s", (invoice, action, words) => {
    const row = found.get(invoice);
    expect(row?.formula).toMatch(/NEXTACTION/);
    expect(row?.action).toBe(action);
    expect(row?.reason).toMatch(new RegExp(`^${action} — R\\d+`));
    expect(row?.reason).toContain(words);
  });

  it.each(rows)("%s: remind gives it the same answer", (invoice, action) => {
    const row = found.get(invoice);
    const left = remind.notDrafted.filter((item) => item.sheetRow === row?.sheetRow);
    const code = remindCode[action];
    if (code === null) {
      expect(left.filter((item) => ["disputed", "promisePending"].includes(item.code))).toEqual([]);
      return;
    }
    expect(left.map((item) => item.code)).toContain(code);
    if (code === "notMailStep") expect(left.map((item) => item.reason).join(" ")).toContain(`"${action}"`);
    expect(remind.messages.flatMap((message) => message.invoices.split(", "))).not.toContain(invoice);
  });
});
