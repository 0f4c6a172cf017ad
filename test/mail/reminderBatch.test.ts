import PostalMime from "postal-mime";
import { batchFileName, draftFiles } from "../../src/mail/draftFiles";
import { draftMessages, templateKey } from "../../src/mail/draftMessages";
import { builtInTemplate, editedMessage, renderReminder } from "../../src/mail/render";
import { CELL_TEXT_LIMIT, contactEntry, draftId, reminderRecord } from "../../src/mail/reminderRecord";
import { subjectLimit } from "../../src/mail/headers";
import { asOf, draftAt } from "./mailFixtures";

const sender = "Accounts receivable";

function rendered(draft = draftAt("Reminder", "en")) {
  const result = renderReminder(builtInTemplate(draft), draft, sender);
  if (!result.ok) throw new Error(result.message);
  return result.message;
}

describe("reminderRecord: a message as a Reminders-sheet row", () => {
  it("carries the addresses, the stage, the amount asked and the invoice numbers", () => {
    const draft = { ...draftAt("Settlement offer", "lv"), cc: ["cfo@acme.example", "boss@acme.example"] };
    const record = reminderRecord(draft, rendered(draft), asOf);
    expect(record).toMatchObject({ to: draft.to, cc: "cfo@acme.example; boss@acme.example", stage: "Settlement offer", customer: "Acme", currency: draft.currency, language: "lv" });
    expect(record.amount).toBe(draft.offer);
    expect(record.invoices).toBe(draft.lines.map((line) => line.invoiceNumber).join(", "));
  });

  it("names an invoice without a number by its due date", () => {
    const draft = draftAt("Reminder", "en");
    const line = draft.lines[0];
    if (!line) throw new Error("no line");
    const record = reminderRecord({ ...draft, lines: [{ ...line, invoiceNumber: null }] }, rendered(draft), asOf);
    expect(record.invoices).toMatch(/^\(no number, due \d{4}-\d\d-\d\d\)$/);
  });

  // Issue 13: the .eml header and the file names were cut, the Subject cell (and the Contact Log) held 32,795 characters.
  it.each([
    ["the Ask sales template", (draft: ReturnType<typeof draftAt>) => rendered(draft)],
    ["a subject edited in the pane", (draft: ReturnType<typeof draftAt>) => editedMessage(`Open invoices of ${draft.customer}`, "text", "en")],
  ])("cuts the Subject cell of a 32,767-character name as the .eml header is cut (%s), and the log keeps the same", (_label, message) => {
    const draft = draftAt("Ask sales", "en", `Acme \u202E${"Trading ".repeat(4096)}`.slice(0, CELL_TEXT_LIMIT));
    const record = reminderRecord(draft, message(draft), asOf);
    expect([...record.subject].length).toBeLessThanOrEqual(subjectLimit);
    expect(record.subject).toMatch(/^(Internal: open invoices of|Open invoices of) Acme Trading .*…$/);
    expect(record.subject).not.toContain("\u202E");
    expect(record.customer).toBe(draft.customer); // the row's identity stays whole
    expect(contactEntry(record, draft, 46058.5, "").subject).toBe(record.subject);
  });

  it("replaces a body too long for one Excel cell by a note, never cutting it", () => {
    const draft = draftAt("Reminder", "en");
    const long = { ...rendered(draft), html: "x".repeat(CELL_TEXT_LIMIT + 1) };
    const record = reminderRecord(draft, long, asOf);
    expect(record.html).toMatch(/Too long for one Excel cell/);
    expect(record.text).toBe(long.text);
  });
});

describe("draftId", () => {
  const draft = draftAt("Reminder", "en");
  it("is the same for the same message on the same day, and differs otherwise", () => {
    expect(draftId(draft, asOf)).toBe(draftId({ ...draft }, asOf));
    expect(draftId(draft, asOf)).toMatch(/^\d{4}-\d\d-\d\d-[0-9a-f]{32}$/);
    expect(draftId(draft, asOf + 1)).not.toBe(draftId(draft, asOf));
    expect(draftId({ ...draft, stage: "Consequences" }, asOf)).not.toBe(draftId(draft, asOf));
    expect(draftId({ ...draft, customer: "Beta" }, asOf)).not.toBe(draftId(draft, asOf));
  });
});

describe("contactEntry", () => {
  it("logs the total, the offer, the channel and the trimmed note", () => {
    const draft = draftAt("Incentive", "en");
    const record = reminderRecord(draft, rendered(draft), asOf);
    expect(contactEntry(record, draft, 46058.5, "  called too ")).toMatchObject({
      loggedAt: 46058.5, customer: "Acme", stage: "Incentive", channel: "Email", amount: draft.total, offer: draft.offer, note: "called too", draftId: record.draftId,
    });
    expect(contactEntry(record, { ...draft, to: null }, 46058.5, "").channel).toBe("Phone / letter");
  });
});

describe("draftMessages", () => {
  it("uses the workbook's template for its stage and language, the built-in one otherwise", () => {
    const lv = draftAt("Reminder", "lv");
    const en = draftAt("Reminder", "en", "Beta");
    const templates = new Map([[templateKey("Reminder", "lv"), { subject: "Atgādinājums {{customer}}", body: "Labdien, {{customer}}! {{total}}" }]]);
    const { messages, problems } = draftMessages([lv, en], templates, sender, asOf);
    expect(problems).toEqual([]);
    expect(messages.map((message) => [message.message.subject, message.source])).toEqual([["Atgādinājums Acme", "workbook"], [rendered(en).subject, "built-in"]]);
  });

  it("leaves out a draft whose workbook template has an unknown field, and names the field", () => {
    const templates = new Map([[templateKey("Reminder", "en"), { subject: "Hi {{client}}", body: "x" }]]);
    const { messages, problems } = draftMessages([draftAt("Reminder", "en")], templates, sender, asOf);
    expect(messages).toEqual([]);
    expect(problems[0]?.message).toMatch(/Reminder template \(en\) unknown field \{\{client\}\}/);
  });
});

describe("editedMessage", () => {
  it("escapes the edited text in the HTML part and keeps the subject on one line", () => {
    const message = editedMessage("Reminder\r\nBcc: x@y.z", "Dear Acme,\n<script>alert(1)</script>", "en");
    expect(message.subject).toBe("Reminder Bcc: x@y.z");
    expect(message.html).toContain("Dear Acme,<br>\n&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(message.html).not.toContain("<script>");
  });
});

describe("draftFiles", () => {
  const from = { name: sender, address: "ar@example.com" };
  it("makes an .eml per email that a mail parser reads back, and a .txt per letter", async () => {
    const email = draftAt("Consequences", "th", "บริษัท ตัวอย่าง");
    const letter = { ...draftAt("Reminder", "en", "Beta"), to: null };
    const messages = draftMessages([email, letter], new Map(), sender, asOf).messages;
    const { files, problems } = draftFiles(messages, from, asOf);
    expect(problems).toEqual([]);
    expect(files.map((file) => file.name)).toEqual([`Consequences - บริษัท ตัวอย่าง (${email.currency}).eml`, `Letter - Beta (${letter.currency}).txt`]);
    const parsed = await PostalMime.parse(files[0]?.text ?? "");
    expect(parsed.subject).toBe(messages[0]?.message.subject);
    expect(parsed.to?.[0]).toMatchObject({ name: "บริษัท ตัวอย่าง", address: email.to });
    expect(parsed.headers.find((header) => header.key === "x-unsent")?.value).toBe("1");
    expect(files[1]?.text).toContain("\r\n");
  });

  it("reports a draft whose address a header cannot carry instead of writing it", () => {
    const bad = { ...draftAt("Reminder", "en"), to: "ap@acme.example\r\nBcc: all@evil.example" };
    const { files, problems } = draftFiles(draftMessages([bad], new Map(), sender, asOf).messages, from, asOf);
    expect(files).toEqual([]);
    expect(problems[0]?.customer).toBe("Acme");
  });

  it("names the batch's zip by its day", () => {
    expect(batchFileName(20499)).toBe("reminders-2026-02-15.zip");
  });
});
