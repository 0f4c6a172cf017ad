import fc from "fast-check";
import { contentHash, legacyHash } from "../../src/mail/contentHash";
import { contactEntry, draftId, legacyDraftId, reminderRecord } from "../../src/mail/reminderRecord";
import { builtInTemplate, renderReminder } from "../../src/mail/render";
import { splitLogged } from "../../src/workbook/contactLogLayout";
import { asOf, draftAt } from "./mailFixtures";

/** One draft of `customer` in EUR at Reminder for invoice INV-1 on row 4: the shape of the collision found with the old hash. */
function oneLineDraft(customer: string) {
  const draft = draftAt("Reminder", "en");
  const line = draft.lines[0];
  if (!line) throw new Error("no line");
  return { ...draft, customer, currency: "EUR", lines: [{ ...line, row: 4, invoiceNumber: "INV-1" }] };
}

describe("draft ids cannot collide (issue 13 item 5)", () => {
  it("no longer gives the old 32-bit collision pair one id", () => {
    // Found by a search over "customer N" with the 32-bit FNV-1a the ids used before.
    const a = oneLineDraft("customer 294399");
    const b = oneLineDraft("customer 1252390");
    expect(legacyDraftId(a, asOf)).toBe(legacyDraftId(b, asOf));
    expect(draftId(a, asOf)).not.toBe(draftId(b, asOf));
  });

  it("gives 50,000 different drafts 50,000 different ids", () => {
    const ids = new Set<string>();
    const base = oneLineDraft("x");
    for (let n = 0; n < 50_000; n += 1) ids.add(draftId({ ...base, customer: `customer ${n}` }, asOf));
    expect(ids.size).toBe(50_000);
  });

  it("keeps the id of the same message drafted again (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (customer, invoice) => {
        const draft = oneLineDraft(customer);
        const again = { ...draft, lines: draft.lines.map((line) => ({ ...line, invoiceNumber: invoice })) };
        const redrafted = { ...oneLineDraft(customer), lines: again.lines.map((line) => ({ ...line })) };
        expect(draftId(redrafted, asOf)).toBe(draftId(again, asOf));
        expect(draftId({ ...again, customer: ` ${customer} ` }, asOf)).toBe(draftId(again, asOf));
        expect(draftId(again, asOf)).toMatch(/^\d{4}-\d\d-\d\d-[0-9a-f]{32}$/);
      }),
      { seed: 13, numRuns: 500 },
    );
  });

  it("hashes as FNV-1a 128 and the old FNV-1a 32", () => {
    expect(contentHash("")).toBe("6c62272e07bb014262b821756295c58d");
    expect(legacyHash("")).toBe("811c9dc5");
    expect(legacyHash("a")).toBe("e40c292c");
    expect(contentHash("a")).not.toBe(contentHash("b"));
  });

  it("recognises a message the log holds under its old 32-bit id", () => {
    const draft = oneLineDraft("Acme");
    const rendered = renderReminder(builtInTemplate(draft), draft, "AR");
    if (!rendered.ok) throw new Error(rendered.message);
    const entry = contactEntry(reminderRecord(draft, rendered.message, asOf), draft, 46058.5, "");
    expect(entry.legacyDraftId).toBe(legacyDraftId(draft, asOf));
    expect(splitLogged([entry], new Set([legacyDraftId(draft, asOf)]))).toEqual({ fresh: [], logged: [entry.draftId] });
    expect(splitLogged([entry], new Set(["2026-02-04-00000000"]))).toEqual({ fresh: [entry], logged: [] });
  });
});
