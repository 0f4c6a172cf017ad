// Issue 12.8: an Email cell with several addresses drafts to all of them — the .eml's To:, the
// Reminders sheet and the mailto link — and the files stay aligned with their messages.
import fc from "fast-check";
import PostalMime from "postal-mime";
import { defaultPolicy } from "../../src/core/policy";
import { draftFiles } from "../../src/mail/draftFiles";
import { draftMessages } from "../../src/mail/draftMessages";
import { defaultReminderOptions, recipientList } from "../../src/mail/draftRequest";
import { checkAddress, checkAddressList } from "../../src/mail/headers";
import { mailtoUrl } from "../../src/mail/mailto";
import { reminderGroups } from "../../src/mail/reminderGroups";
import { reminderRecord } from "../../src/mail/reminderRecord";
import { asOf, invoice } from "./mailFixtures";

const from = { name: "Finance", address: "ar@example.com" };

function batch(email: string | null, others: readonly (string | null)[] = []) {
  const rows = [invoice({ customer: "Acme", email, escalationContact: null }), ...others.map((other, index) => invoice({ customer: `Beta ${index}`, email: other, escalationContact: null }))];
  const groups = reminderGroups(rows, asOf, defaultPolicy, { ...defaultReminderOptions, defaultCurrency: "USD" });
  const drafted = draftMessages([...groups.drafts, ...groups.letters], new Map(), "Finance", asOf);
  return { groups, messages: drafted.messages };
}

describe("a cell with several addresses", () => {
  it("the .eml has one To: with every address, read back by a mail program", async () => {
    const { messages } = batch("ap@acme.example; Cfo@Acme.example");
    const { files, problems } = draftFiles(messages, from, asOf);
    expect(problems).toEqual([]);
    const eml = files.find((file) => file.name.endsWith(".eml"))?.text ?? "";
    // One To: field (folded onto a second line, as RFC 5322 allows).
    expect(eml.replace(/\r\n[ \t]+/g, " ")).toMatch(/^To: Acme <ap@acme\.example>, Acme <Cfo@Acme\.example>\r$/m);
    expect(eml.match(/^To:/gm)).toHaveLength(1);
    const parsed = await PostalMime.parse(eml);
    expect(parsed.to?.map((box) => box.address)).toEqual(["ap@acme.example", "Cfo@Acme.example"]);
  });

  it("the Reminders sheet row and the mailto link hold every address", () => {
    const { messages } = batch("ap@acme.example, cfo@acme.example");
    const [message] = messages;
    if (!message) throw new Error("no message");
    expect(reminderRecord(message.draft, message.message, asOf).to).toBe("ap@acme.example, cfo@acme.example");
    expect(mailtoUrl(recipientList(message.draft), message.draft.cc, message.message.subject, "Hello")).toMatch(/^mailto:ap@acme\.example,cfo@acme\.example\?/);
  });

  it("files stay aligned with their messages when one cannot be written", () => {
    const { messages } = batch("ap@acme.example", ["b@beta.example", null]);
    // A From address a header cannot carry: no .eml can be written, the letter still is.
    const { files, byMessage } = draftFiles(messages, { name: "Finance", address: "not an address" }, asOf);
    expect(byMessage.map((file) => file?.name ?? null)).toEqual([null, null, "Letter - Beta 1 (USD).txt"]);
    expect(files.map((file) => file.name)).toEqual(["Letter - Beta 1 (USD).txt"]);
  });
});

describe("checkAddressList, for any cell", () => {
  const label = fc.stringMatching(/^[a-z0-9]{1,8}$/);
  const address = fc.tuple(label, label, fc.stringMatching(/^[a-z]{2,6}$/)).map(([local, host, tld]) => `${local}@${host}.${tld}`);
  const separator = fc.constantFrom(",", ";", ", ", " ; ", ";  ");

  it("reads every address of a list, in order, once each, whatever the separators", () => {
    fc.assert(
      fc.property(fc.array(address, { minLength: 1, maxLength: 6 }), fc.array(separator, { minLength: 6, maxLength: 6 }), (addresses, separators) => {
        const text = addresses.map((each, index) => `${index === 0 ? "" : separators[index] ?? ","}${each}`).join("");
        expect(checkAddressList(text)).toEqual({ ok: true, addresses: [...new Set(addresses)] });
      }),
    );
  });

  it("refuses the whole cell when one part is not an address, and never throws", () => {
    fc.assert(
      fc.property(fc.array(address, { maxLength: 3 }), fc.string(), (addresses, junk) => {
        const result = checkAddressList([...addresses, junk].join(", "));
        const parts = junk.split(/[,;]/).filter((part) => part.trim() !== "");
        if (parts.some((part) => !checkAddress(part).ok)) expect(result.ok).toBe(false);
        if (result.ok) for (const each of result.addresses) expect(checkAddress(each)).toEqual({ ok: true, address: each });
      }),
      { numRuns: 2_000 },
    );
  });
});
