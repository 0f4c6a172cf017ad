import { formatDay, formatMoney } from "../../src/mail/formatting";
import { languages } from "../../src/mail/language";
import { validateTemplate } from "../../src/mail/mergeFields";
import { builtInTemplate, renderReminder } from "../../src/mail/render";
import { stages } from "../../src/mail/stage";
import { languagePacks } from "../../src/mail/templates";
import { draftAt } from "./mailFixtures";

const cases = stages.flatMap((stage) => languages.map((language) => ({ stage, language })));
const sender = "Accounts receivable, Example Ltd";

function render(stage: (typeof stages)[number], language: (typeof languages)[number], customer = "Acme") {
  const draft = draftAt(stage, language, customer);
  const result = renderReminder(builtInTemplate(draft), draft, sender);
  if (!result.ok) throw new Error(result.message);
  return { draft, message: result.message };
}

// R18/R19: no legal words or threats before the final notice, in any language.
const legalWords: Record<(typeof languages)[number], RegExp> = {
  en: /lawsuit|\bsue\b|court|attorney|threat|legal action/i,
  id: /gugat|pengadilan|kuasa hukum|ancam/i,
  lv: /tiesā|tiesa|advokāt|draud/i,
  th: /ฟ้อง|ศาล|ทนาย|ขู่/,
};

describe("renderReminder: every stage × language", () => {
  it.each(cases)("$stage / $language: every field merged", ({ stage, language }) => {
    const { draft, message } = render(stage, language);
    for (const part of [message.subject, message.text, message.html]) expect(part).not.toMatch(/\{\{|\}\}/);
    expect(message.text).toContain(formatMoney(draft.total, "USD", language));
    expect(message.text).toContain("INV-");
    expect(message.text).toContain("CN-1");
    expect(message.text).toContain(sender);
    expect(message.html).toContain("<table");
    expect(message.subject).not.toMatch(/[\r\n]/);
  });

  it.each(cases.filter((c) => c.stage !== "Final notice"))("$stage / $language: courteous, no legal step named", ({ stage, language }) => {
    const { message } = render(stage, language);
    expect(message.text).not.toMatch(legalWords[language]);
  });

  it.each(languages)("Final notice / %s names the next lawful step and the deadline, no threat", (language) => {
    const { draft, message } = render("Final notice", language);
    expect(message.text).toContain(languagePacks[language].labels.nextStep.Agency);
    expect(message.text).toContain(formatDay(draft.deadline ?? 0, language));
    expect(message.text).not.toMatch(/threat|ancam|draud|ขู่/i);
  });

  it("offer, discount, schedule and dates show up in their stages", () => {
    const incentive = render("Incentive", "en");
    expect(incentive.message.text).toMatch(/discount of \d+(\.\d)?% \(\$[\d,.]+\)/);
    const plan = render("Payment plan", "lv");
    expect(plan.message.text).toMatch(/1\. .+: .+€|1\. .+: .+\$/);
    expect(plan.message.text.split("\n").filter((line) => /^\d\. /.test(line))).toHaveLength(3);
    const settlement = render("Settlement offer", "th");
    expect(settlement.message.text).toContain(formatMoney(settlement.draft.offer ?? 0, "USD", "th"));
  });
});

describe("renderReminder: hostile values", () => {
  it("escapes a <script> customer name in HTML and keeps it as text in the plain part", () => {
    const { message } = render("Reminder", "en", '<script>alert("x")</script> & Co');
    expect(message.html).not.toContain("<script>");
    expect(message.html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co");
    expect(message.text).toContain('<script>alert("x")</script> & Co');
  });

  it("folds CR/LF in a customer name out of the subject and the greeting", () => {
    const draft = { ...draftAt("Ask sales", "en"), customer: "Acme\r\nBcc: evil@x.example" };
    const result = renderReminder(builtInTemplate(draft), draft, sender);
    expect(result.ok && result.message.subject).toBe("Internal: open invoices of Acme Bcc: evil@x.example");
  });

  it("a user template with an unknown field is refused with the field's name", () => {
    const draft = draftAt("Reminder", "en");
    const result = renderReminder({ subject: "Hi {{client}}", body: "x" }, draft, sender);
    expect(result).toMatchObject({ ok: false, code: "unknownField", field: "client" });
  });
});

describe("validateTemplate", () => {
  it.each([
    ["Dear {{customer}}, {{ total }}", { ok: true }],
    ["Dear {{Customer}}", { ok: false, code: "unknownField", field: "Customer" }],
    ["Pay {{amount}} now", { ok: false, code: "unknownField", field: "amount" }],
    ["Dear {{customer", { ok: false, code: "unclosedField" }],
    ["Dear customer}}", { ok: false, code: "unclosedField" }],
  ])("%s", (text, expected) => {
    expect(validateTemplate(text)).toMatchObject(expected);
  });

  it.each(cases)("built-in $stage / $language is valid", ({ stage, language }) => {
    const template = languagePacks[language].templates[stage];
    expect(validateTemplate(template.subject)).toEqual({ ok: true });
    expect(validateTemplate(template.body)).toEqual({ ok: true });
  });
});

describe("formatting", () => {
  it.each([
    ["en", "January 31st, 2026", "$1,234.50"],
    ["lv", "31", "1234,50"],
    ["id", "31 Januari 2026", "1.234,50"],
    ["th", "2026", "1,234.50"],
  ] as const)("%s", (language, date, money) => {
    expect(formatDay(20484, language)).toContain(date);
    expect(formatMoney(1234.5, "USD", language).replace(/\s|\u00a0|\u202f/g, "")).toContain(money.replace(/\s/g, ""));
  });
});
