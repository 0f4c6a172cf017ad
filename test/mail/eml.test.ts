import PostalMime from "postal-mime";
import { unzipSync, strFromU8 } from "fflate";
import { buildEml, encodedWords } from "../../src/mail/eml";
import { languages } from "../../src/mail/language";
import { builtInTemplate, renderReminder, type RenderedMessage } from "../../src/mail/render";
import { stages } from "../../src/mail/stage";
import { safeFileName, zipFiles } from "../../src/mail/zip";
import { asOf, draftAt } from "./mailFixtures";

const from = { name: "Finanšu nodaļa, SIA \"Piemērs\"", address: "ar@example.com" };

function rendered(stage: (typeof stages)[number], language: (typeof languages)[number], customer = "Acme"): RenderedMessage {
  const draft = draftAt(stage, language, customer);
  const result = renderReminder(builtInTemplate(draft), draft, "Finance");
  if (!result.ok) throw new Error(result.message);
  return result.message;
}

function eml(message: RenderedMessage, toName: string, cc: string[] = []): string {
  const result = buildEml(message, {
    from, to: [{ name: toName, address: "ap@acme.example" }], cc: cc.map((address) => ({ name: "", address })), day: asOf,
  });
  if (!result.ok) throw new Error(result.message);
  return result.eml;
}

describe("buildEml read back by postal-mime", () => {
  it.each(stages.flatMap((stage) => languages.map((language) => ({ stage, language }))))(
    "$stage / $language",
    async ({ stage, language }) => {
      const message = rendered(stage, language);
      const mail = await PostalMime.parse(eml(message, "Acme", ["cfo@acme.example"]));
      expect(mail.subject).toBe(message.subject);
      expect(mail.from).toMatchObject({ name: from.name, address: from.address });
      expect(mail.to).toEqual([expect.objectContaining({ name: "Acme", address: "ap@acme.example" })]);
      expect(mail.cc).toEqual([expect.objectContaining({ address: "cfo@acme.example" })]);
      expect(mail.text?.trim()).toBe(message.text.trim());
      expect(mail.html?.trim()).toBe(message.html.trim());
      expect(mail.headers).toContainEqual(expect.objectContaining({ key: "x-unsent", value: "1" }));
      expect(mail.date).toBe("2026-02-04T00:00:00.000Z");
    },
  );

  it("Thai and Latvian subjects and names are RFC 2047 words of ≤ 75 characters, lines ≤ 78", async () => {
    for (const [language, name] of [["th", "บริษัท ตัวอย่าง จำกัด (มหาชน) สำนักงานใหญ่"], ["lv", "Bērziņš, \"Ābele\" SIA"]] as const) {
      const message = rendered("Final notice", language, name);
      const text = eml(message, name);
      const header = text.split("\r\n\r\n")[0] ?? "";
      expect(header.split("\r\n").every((line) => line.length <= 998)).toBe(true);
      for (const field of ["Subject", "To"]) {
        const lines = new RegExp(`^${field}: [\\s\\S]*?(?=\\r\\n\\S)`, "m").exec(header)?.[0].split("\r\n") ?? [];
        expect(lines.length).toBeGreaterThan(0);
        expect(lines.every((line) => line.length <= 78)).toBe(true);
      }
      expect(header.match(/=\?UTF-8\?B\?[^?]*\?=/gi)?.every((word) => word.length <= 75)).toBe(true);
      expect(/[^ -~\r\n]/.test(header)).toBe(false);
      const mail = await PostalMime.parse(text);
      expect(mail.subject).toBe(message.subject);
      expect(mail.to?.[0]?.name).toBe(name);
    }
  });

  it("hostile names: CR/LF, quotes and commas cannot add headers or recipients", async () => {
    const message = { subject: "Hi\r\nBcc: evil@x.example", text: "x", html: "<p>x</p>" };
    const text = eml(message, 'Evil, "Corp"\r\nBcc: evil@x.example');
    expect(text).not.toMatch(/^Bcc:/im);
    const mail = await PostalMime.parse(text);
    expect(mail.bcc).toBeUndefined();
    expect(mail.to).toHaveLength(1);
    expect(mail.to?.[0]).toMatchObject({ name: 'Evil, "Corp" Bcc: evil@x.example', address: "ap@acme.example" });
    expect(mail.subject).toBe("Hi Bcc: evil@x.example");
  });

  it("an address with CR/LF or a display name is refused, with the address", () => {
    const message = { subject: "s", text: "t", html: "h" };
    const result = buildEml(message, { from, to: [{ name: "", address: "ap@acme.example\r\nBcc: e@x.example" }], cc: [], day: asOf });
    expect(result).toMatchObject({ ok: false, code: "badAddress" });
  });

  it("encodedWords leaves ASCII alone and never splits a character", () => {
    const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");
    expect(encodedWords("Payment reminder", base64)).toBe("Payment reminder");
    const words = encodedWords("ก".repeat(40), base64).split("\r\n ");
    expect(words).toHaveLength(4);
    expect(words.every((word) => word.length <= 75)).toBe(true);
    const decoded = words.map((word) => Buffer.from(word.slice(10, -2), "base64").toString("utf8")).join("");
    expect(decoded).toBe("ก".repeat(40));
  });
});

describe("zipFiles", () => {
  it("holds every .eml under a safe, unique name, read back with unzipSync", async () => {
    const first = eml(rendered("Reminder", "lv"), "Ābele");
    const second = eml(rendered("Reminder", "th"), "ไทย");
    const zip = zipFiles([
      { name: "Ābele SIA - Reminder.eml", text: first },
      { name: "ābele sia - reminder.eml", text: second },
      { name: "../../etc/passwd", text: "x" },
    ], asOf);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(["Ābele SIA - Reminder.eml", "ābele sia - reminder (2).eml", "_.._etc_passwd"]);
    const mail = await PostalMime.parse(strFromU8(files["Ābele SIA - Reminder.eml"] ?? new Uint8Array()));
    expect(mail.to?.[0]?.name).toBe("Ābele");
  });

  it.each([
    ['Acme/"Ltd": Final notice?.eml', "Acme_Ltd_ Final notice_.eml"],
    ["CON.eml", "_CON.eml"],
    ["  ..hidden.eml", "hidden.eml"],
    ["a\r\nb.eml", "a_b.eml"],
    ["", "message"],
    ["x".repeat(300) + ".eml", "x".repeat(95) + "….eml"],
  ])("safeFileName(%j) = %j", (name, expected) => {
    expect(safeFileName(name)).toBe(expected);
  });
});
