import { defaultPolicy } from "../../src/core/policy";
import { readPolicyTable } from "../../src/core/policyTable";

describe("the reminder settings of the policy (language, currency, sender)", () => {
  it("defaults to the headers' language, the currency's date style, USD and a finance-role signature without an address", () => {
    expect([defaultPolicy.language, defaultPolicy.locale, defaultPolicy.currency, defaultPolicy.senderName, defaultPolicy.senderEmail]).toEqual(["auto", "auto", "USD", "Accounts receivable", ""]);
  });

  it.each([
    [["language", "Latvian"], { language: "lv" }],
    [["language", " th "], { language: "th" }],
    [["Language", "Bahasa Indonesia"], { language: "id" }],
    [["language", "auto"], { language: "auto" }],
    [["language", "en"], { language: "en" }],
    [["locale", "en-GB"], { locale: "en-GB" }],
    [["locale", "en_US"], { locale: "en-US" }],
    [["Locale", " UK "], { locale: "en-GB" }],
    [["locale", "Auto"], { locale: "auto" }],
    [["currency", "eur"], { currency: "EUR" }],
    [["senderName", "Finanšu nodaļa"], { senderName: "Finanšu nodaļa" }],
    [["senderName", "=Finance"], { senderName: "=Finance" }],
    [["senderEmail", "ar@example.com"], { senderEmail: "ar@example.com" }],
    [["senderEmail", null], { senderEmail: "" }],
    [["senderEmail", 0], { senderEmail: "" }],
  ])("reads %j", (row, expected) => {
    const read = readPolicyTable([row]);
    expect(read.ok && read.policy).toMatchObject(expected);
  });

  it.each([
    [["language", "German"], "policy setting language must be auto, en, id, lv or th (English, Indonesian, Latvian or Thai)"],
    [["locale", "fr-FR"], 'policy setting locale must be auto, en-US or en-GB (how English letters write dates: "Nov 23, 2026" or "23 Nov 2026")'],
    [["locale", 1], 'policy setting locale must be auto, en-US or en-GB (how English letters write dates: "Nov 23, 2026" or "23 Nov 2026")'],
    [["currency", "Euro"], "policy setting currency must be a three-letter ISO 4217 code such as USD"],
    [["senderName", "Finance\nBcc: x"], "policy setting senderName must be one line of at most 200 characters"],
    [["senderEmail", "ar@example.com\r\nBcc: x@y.z"], "policy setting senderEmail must be an email address such as ar@example.com, or empty"],
    [["senderEmail", "Finance <ar@example.com>"], "policy setting senderEmail must be an email address such as ar@example.com, or empty"],
    [["senderName", true], "policy setting senderName must be text, not TRUE"],
  ])("refuses %j", (row, message) => {
    expect(readPolicyTable([row])).toEqual({ ok: false, problem: message });
  });
});
