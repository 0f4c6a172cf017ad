import { checkAddress, checkAddressList, headerText, mailboxText } from "../../src/mail/headers";
import { mailtoLimit, mailtoUrl } from "../../src/mail/mailto";

describe("checkAddress", () => {
  it.each([
    ["ap@acme.example", true],
    [" ap.team+dunning@acme.co.uk ", true],
    ["ap@acme", false],
    ["ap@@acme.example", false],
    ["ap acme@acme.example", false],
    ["ap@acme.example\r\nBcc: x@y.example", false],
    ["Acme <ap@acme.example>", false],
    ['"ap"@acme.example', false],
    [".ap@acme.example", false],
    ["ap@-acme.example", false],
    ["ap@acme.123", false],
    ["", false],
  ])("%j → %s", (text, ok) => {
    expect(checkAddress(text).ok).toBe(ok);
  });

  it("a list in one cell, separated by , or ;", () => {
    expect(checkAddressList("a@x.example; b@y.example, a@x.example")).toEqual({ ok: true, addresses: ["a@x.example", "b@y.example"] });
    expect(checkAddressList("a@x.example; nope")).toMatchObject({ ok: false, text: " nope" });
    expect(checkAddressList(" ; ")).toMatchObject({ ok: false });
  });
});

describe("headerText and mailboxText", () => {
  it.each([
    ["Acme\r\nBcc: evil@x.example", "Acme Bcc: evil@x.example"],
    ["  A\tB\u2028C  ", "A B C"],
  ])("headerText(%j)", (text, expected) => {
    expect(headerText(text)).toBe(expected);
  });

  it.each([
    [{ name: "Acme Ltd", address: "a@b.example" }, "Acme Ltd <a@b.example>"],
    [{ name: "Doe, John", address: "a@b.example" }, '"Doe, John" <a@b.example>'],
    [{ name: 'Bērziņš "SIA"', address: "a@b.lv" }, '"Bērziņš \\"SIA\\"" <a@b.lv>'],
    [{ name: "บริษัท ตัวอย่าง", address: "a@b.th" }, "บริษัท ตัวอย่าง <a@b.th>"],
    [{ name: "Evil\r\nBcc: x@y.z", address: "a@b.example" }, '"Evil Bcc: x@y.z" <a@b.example>'],
    [{ name: "", address: "a@b.example" }, "a@b.example"],
  ])("mailboxText(%j)", (mailbox, expected) => {
    expect(mailboxText(mailbox)).toBe(expected);
  });
});

describe("mailtoUrl", () => {
  it("encodes subject, body line breaks and copies", () => {
    expect(mailtoUrl(["ap@acme.example"], ["cfo@acme.example"], "Reminder & co", "Dear Acme,\nthanks")).toBe(
      "mailto:ap@acme.example?cc=cfo@acme.example&subject=Reminder%20%26%20co&body=Dear%20Acme%2C%0D%0Athanks",
    );
  });

  it("is null when too long, without a recipient, or with a bad address", () => {
    expect(mailtoUrl(["ap@acme.example"], [], "s", "x".repeat(mailtoLimit))).toBeNull();
    expect(mailtoUrl([], [], "s", "t")).toBeNull();
    expect(mailtoUrl(["ap@acme.example?bcc=x@y.example"], [], "s", "t")).toBeNull();
  });

  it("cannot inject headers through the subject", () => {
    const url = mailtoUrl(["ap@acme.example"], [], "Hi\r\nBcc: x@y.example&bcc=x@y.example", "t") ?? "";
    expect(url).not.toMatch(/[\r\n]|&bcc=/i);
  });
});
