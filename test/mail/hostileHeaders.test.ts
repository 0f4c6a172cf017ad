/*
 * Issue 13 item 8: hostile names in headers and file names. A 32,767-character customer name
 * (Excel's cell limit) once made a 32,795-character To: line (RFC 5322 allows 998, recommends
 * 78); a U+202E override reached draft file names ("…\u202Egnp.exe" shows as "…exe.png").
 */
import fc from "fast-check";
import PostalMime from "postal-mime";
import { buildEml } from "../../src/mail/eml";
import { displayName, displayNameLimit, headerText, subjectLimit } from "../../src/mail/headers";
import type { RenderedMessage } from "../../src/mail/render";
import { shortened } from "../../src/mail/shortened";
import { utf8Length } from "../../src/mail/utf8Length";
import { safeFileName } from "../../src/mail/zip";

const characters = (text: string) => [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text)].length;
const bidi = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
const hostileNames = {
  "32,767 letters and spaces": "Acme Trading ".repeat(2521).slice(0, 32_767),
  "32,767 letters, no space": "x".repeat(32_767),
  "Thai, 5,000 characters": "บริษัท ตัวอย่าง จำกัด ".repeat(250),
  "a right-to-left override": "Acme \u202Egnp.exe",
  "every bidi control": "A\u202aB\u202bC\u202cD\u202dE\u202eF\u2066G\u2067H\u2068I\u2069J\u200eK\u200fL\u061cM",
};

function message(subject: string): RenderedMessage {
  return { subject, text: "Please pay.", html: "<p>Please pay.</p>" };
}

function headerBlock(name: string, subject: string): string {
  const built = buildEml(message(subject), { from: { name: "Finance", address: "ar@example.com" }, to: [{ name, address: "ap@acme.example" }], cc: [], day: 20488 });
  if (!built.ok) throw new Error(built.message);
  return built.eml.slice(0, built.eml.indexOf("\r\n\r\n"));
}

/** Lines over 78 characters hold one unbreakable token (an address, a word): never past 998. */
function expectFolded(block: string): void {
  for (const line of block.split("\r\n")) {
    expect(line.length).toBeLessThanOrEqual(998);
    if (line.length > 78) expect(line.trim().split(" ").length).toBeLessThanOrEqual(2);
  }
}

describe("headers of hostile names are folded, cut with a visible …, and free of bidi controls", () => {
  it.each(Object.entries(hostileNames))("%s", async (_label, name) => {
    const subject = `Reminder for ${name}`;
    const block = headerBlock(name, subject);
    expectFolded(block);
    expect(block).not.toMatch(bidi);
    const mail = await PostalMime.parse(`${block}\r\n\r\nx`);
    expect(mail.to?.[0]?.name).toBe(displayName(name));
    expect(characters(mail.to?.[0]?.name ?? "")).toBeLessThanOrEqual(displayNameLimit);
    expect(mail.subject).toBe(shortened(headerText(subject), subjectLimit));
    if (characters(headerText(name)) > displayNameLimit) expect(mail.to?.[0]?.name.endsWith("…")).toBe(true);
  });

  it("the 32,767-character name no longer makes a 32,795-character To: line", () => {
    const block = headerBlock(hostileNames["32,767 letters and spaces"], "Reminder");
    expect(block.length).toBeLessThan(1_000);
    expect(block.split("\r\n").every((line) => line.length <= 78)).toBe(true);
  });

  it("any name and subject (CR/LF, bidi, any script, any length): folded, ≤ 998 per line, read back as given (cut)", async () => {
    const text = fc.oneof(fc.string({ unit: "grapheme", maxLength: 300 }), fc.string({ unit: fc.constantFrom("a", " ", "\u202e", "\r\n", "ā", "ก", "\"", ",", "😀"), maxLength: 400 }));
    await fc.assert(
      fc.asyncProperty(text, text, async (name, subject) => {
        const block = headerBlock(name, subject);
        expectFolded(block);
        expect(block).not.toMatch(bidi);
        const mail = await PostalMime.parse(`${block}\r\n\r\nx`);
        expect(mail.subject ?? "").toBe(shortened(headerText(subject), subjectLimit));
        expect(mail.to?.[0]?.address).toBe("ap@acme.example");
        expect(mail.to?.[0]?.name ?? "").toBe(displayName(name));
      }),
      { seed: 8, numRuns: 300 },
    );
  });
});

describe("draft file names", () => {
  it("lose bidi controls: the override cannot disguise the extension", () => {
    expect(safeFileName("Reminder - Acme \u202Egnp.exe (USD).eml")).toBe("Reminder - Acme gnp.exe (USD).eml");
  });

  it("stay within 200 bytes of UTF-8, so 100 Thai letters do not exceed a file system's 255", () => {
    const name = safeFileName(`Reminder - ${"บริษัทตัวอย่างจำกัด".repeat(20)} (THB).eml`);
    expect(utf8Length(name)).toBeLessThanOrEqual(200);
    expect(name).toMatch(/…\.eml$/);
  });

  it("for any name: no bidi or control characters, ≤ 100 characters, ≤ 200 bytes, the extension kept", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 400 }), fc.string({ unit: fc.constantFrom("\u202e", "\u2066", "/", ":", "ก", "x", " ", "."), maxLength: 400 }), (first, second) => {
        const name = safeFileName(`${first}${second}.eml`);
        expect(name).not.toMatch(bidi);
        // eslint-disable-next-line no-control-regex
        expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
        expect(characters(name)).toBeLessThanOrEqual(100);
        expect(utf8Length(name)).toBeLessThanOrEqual(200);
        expect(name.endsWith(".eml")).toBe(true);
      }),
      { seed: 8, numRuns: 2_000 },
    );
  });
});
