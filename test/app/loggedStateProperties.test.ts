// Properties of the Contact Log fold (issue 12 item 2) over logs a user may have edited by hand:
// it never throws, counts each customer-facing marking still in force once, and an undo of
// every marking leaves nothing to restore.
import fc from "fast-check";
import { contactLogRows, invoiceKey, loggedStates, type LogRow } from "../../src/app/loggedState";

const stages = ["Reminder", "Consequences", "Incentive", "Ask sales", "Follow up", "Settlement offer", "Final notice", "", "Whatever"];
const rowArbitrary: fc.Arbitrary<LogRow> = fc.record({
  loggedAt: fc.oneof(fc.double({ min: -10, max: 3_000_000, noNaN: false }), fc.integer({ min: 40_000, max: 50_000 })),
  customer: fc.constantFrom("Acme", " acme ", "Beta", ""),
  invoices: fc.constantFrom("INV-1", "INV-1, INV-2", "(no number, due 2026-01-05)", "", ", ,"),
  stage: fc.constantFrom(...stages),
  draftId: fc.constantFrom("2026-02-05-a", "2026-02-06-b", "not-an-id", ""),
  undoes: fc.constant(""),
});

describe("loggedStates, properties", () => {
  it("never throws, and never counts more reminders than marking rows naming the invoice", () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary, { maxLength: 30 }), (rows) => {
        const states = loggedStates(rows, 1900);
        for (const state of states.values()) {
          expect(state.remindersSent).toBeLessThanOrEqual(rows.length);
          expect(state.remindersSent === 0).toBe(state.lastContact === null);
        }
      }),
    );
  });

  it("counts nothing once every draft id with a marking is undone as often as it was marked", () => {
    fc.assert(
      fc.property(fc.array(rowArbitrary.filter((row) => row.draftId !== ""), { maxLength: 20 }), (rows) => {
        const undos = rows.map((row) => ({ ...row, undoes: row.draftId }));
        expect(loggedStates([...rows, ...undos], 1900).size).toBe(0);
      }),
    );
  });

  it("reads any table of cells without throwing", () => {
    fc.assert(fc.property(fc.array(fc.array(fc.oneof(fc.string(), fc.double(), fc.constant(null), fc.boolean()), { maxLength: 14 }), { maxLength: 10 }), (values) => {
      expect(() => contactLogRows(values)).not.toThrow();
    }));
  });

  it("keys an invoice by customer and number in any case and spacing", () => {
    fc.assert(fc.property(fc.string(), fc.string(), (customer, invoice) => {
      expect(invoiceKey(` ${customer.toUpperCase()} `, invoice.toLowerCase())).toBe(invoiceKey(customer.toLowerCase(), ` ${invoice.toUpperCase()}`));
    }));
  });
});
