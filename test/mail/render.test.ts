import { format } from "date-fns";
import { id, lv } from "date-fns/locale";
import { dayFromIsoText, utcDateOfDay } from "../../src/core/days";
import { formatDay, formatMoney, formatShortDay } from "../../src/mail/formatting";
import { letterLocale } from "../../src/mail/letterLocale";
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
    expect(message.text).toContain(formatMoney(draft.total, "USD", draft.locale));
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
    expect(message.text).toContain(formatDay(draft.deadline ?? 0, draft.locale));
    expect(message.text).not.toMatch(/threat|ancam|draud|ขู่/i);
  });

  it("offer, discount, schedule and dates show up in their stages", () => {
    const incentive = render("Incentive", "en");
    expect(incentive.message.text).toMatch(/discount of \d+(\.\d)?% \(\$[\d,.]+\)/);
    const plan = render("Payment plan", "lv");
    expect(plan.message.text).toMatch(/1\. .+: .+€|1\. .+: .+\$/);
    expect(plan.message.text.split("\n").filter((line) => /^\d\. /.test(line))).toHaveLength(3);
    const settlement = render("Settlement offer", "th");
    expect(settlement.message.text).toContain(formatMoney(settlement.draft.offer ?? 0, "USD", settlement.draft.locale));
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

describe("formatting: dates and amounts in the letter's locale, as date-fns and Intl write them", () => {
  // 2026-11-23 and 2026-01-05 (a day below 13: US and British orders differ).
  const days = [dayFromIsoText("2026-11-23") as number, dayFromIsoText("2026-01-05") as number];
  const intl = (tag: string, day: number, options: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(tag, { ...options, timeZone: "UTC" }).format(utcDateOfDay(day));

  it.each(days)("English letters: US style for the US, British otherwise (day %p), as Intl's medium date", (day) => {
    expect(formatDay(day, "en-US")).toBe(intl("en-US", day, { dateStyle: "medium" }));
    expect(formatDay(day, "en-GB")).toBe(intl("en-GB", day, { dateStyle: "medium" }));
    expect(formatShortDay(day, "en-US")).toBe(intl("en-US", day, { day: "2-digit", month: "2-digit", year: "numeric" }));
    expect(formatShortDay(day, "en-GB")).toBe(intl("en-GB", day, { day: "2-digit", month: "2-digit", year: "numeric" }));
  });

  it("no ordinal suffix in English letters any more", () => {
    expect(formatDay(days[0] ?? 0, "en-GB")).toBe("23 Nov 2026");
    expect(formatDay(days[0] ?? 0, "en-US")).not.toMatch(/\d(st|nd|rd|th)\b/);
  });

  it.each(days)("Thai letters show the Buddhist-era year, as Intl's th-TH (Buddhist calendar) writes it (day %p)", (day) => {
    expect(formatDay(day, "th")).toBe(intl("th-TH", day, { dateStyle: "long" }));
    expect(formatShortDay(day, "th")).toBe(intl("th-TH", day, { day: "2-digit", month: "2-digit", year: "numeric" }));
    expect(formatDay(day, "th")).toMatch(/2569$/);
  });

  it.each(days)("Indonesian and Latvian letters: date-fns' long date of the locale (day %p)", (day) => {
    const local = new Date(utcDateOfDay(day).getUTCFullYear(), utcDateOfDay(day).getUTCMonth(), utcDateOfDay(day).getUTCDate());
    expect(formatDay(day, "id")).toBe(format(local, "PPP", { locale: id }));
    expect(formatDay(day, "id")).toBe(intl("id-ID", day, { dateStyle: "long" }));
    expect(formatDay(day, "lv")).toBe(format(local, "PPP", { locale: lv }));
  });

  it.each([
    ["en-US", "en-US"], ["en-GB", "en-GB"], ["id", "id-ID"], ["lv", "lv-LV"], ["th", "th-TH"],
  ] as const)("%s amounts as Intl's %s writes each currency", (locale, tag) => {
    for (const currency of ["USD", "EUR", "GBP", "IDR", "THB"]) {
      expect(formatMoney(1234.5, currency, locale)).toBe(new Intl.NumberFormat(tag, { style: "currency", currency }).format(1234.5));
    }
  });
});

describe("letterLocale", () => {
  it.each([
    ["en", "USD", "auto", "en-US"],
    ["en", "GBP", "auto", "en-GB"],
    ["en", "EUR", "auto", "en-GB"],
    ["en", "USD", "en-GB", "en-GB"],
    ["en", "EUR", "en-US", "en-US"],
    ["id", "IDR", "en-US", "id"],
    ["th", "USD", "auto", "th"],
  ] as const)("%s letter in %s with locale %s → %s", (language, currency, setting, locale) => {
    expect(letterLocale(language, currency, setting)).toBe(locale);
  });

  it("a drafted English letter in dollars is American", () => {
    expect(draftAt("Reminder", "en").locale).toBe("en-US");
  });
});
