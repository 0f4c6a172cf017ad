import { defaultPolicy } from "../../src/core/policy";
import { readPolicyTable } from "../../src/core/policyTable";

describe("the reminder settings of the policy (language, currency, sender)", () => {
  it("defaults to English, USD and a finance-role signature without an address", () => {
    expect([defaultPolicy.language, defaultPolicy.currency, defaultPolicy.senderName, defaultPolicy.senderEmail]).toEqual(["en", "USD", "Accounts receivable", ""]);
  });

  it.each([
    [["language", "Latvian"], { language: "lv" }],
    [["language", " th "], { language: "th" }],
    [["Language", "Bahasa Indonesia"], { language: "id" }],
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
    [["language", "German"], "policy setting language must be en, id, lv or th (English, Indonesian, Latvian or Thai)"],
    [["currency", "Euro"], "policy setting currency must be a three-letter ISO 4217 code such as USD"],
    [["senderName", "Finance\nBcc: x"], "policy setting senderName must be one line of at most 200 characters"],
    [["senderEmail", "ar@example.com\r\nBcc: x@y.z"], "policy setting senderEmail must be an email address such as ar@example.com, or empty"],
    [["senderEmail", "Finance <ar@example.com>"], "policy setting senderEmail must be an email address such as ar@example.com, or empty"],
    [["senderName", true], "policy setting senderName must be text, not TRUE"],
  ])("refuses %j", (row, message) => {
    expect(readPolicyTable([row])).toEqual({ ok: false, problem: message });
  });
});
