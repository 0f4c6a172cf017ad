import fc from "fast-check";
import { customerJobs, withCustomerJobs } from "../../src/core/customerJob";
import { readLedger } from "../../src/core/ledger";

describe("customerJobs", () => {
  const quickBooks = ["Acme Corp:Warehouse fit-out", "Acme Corp:Office move", "Cypress Hotels:Lobby renovation", "Cypress Hotels", "Birch Dental Group", "Dockside:Pier 4:Phase 1"];

  it.each([
    ["Acme Corp:Warehouse fit-out", "Acme Corp", "Warehouse fit-out"],
    ["Acme Corp:Office move", "Acme Corp", "Office move"],
    ["acme corp:Office move", "acme corp", "Office move"],
    ["Cypress Hotels:Lobby renovation", "Cypress Hotels", "Lobby renovation"],
    ["Cypress Hotels", "Cypress Hotels", null],
    ["Birch Dental Group", "Birch Dental Group", null],
  ])("a QuickBooks list: %j → customer %j, job %j", (name, customer, job) => {
    expect(customerJobs([...quickBooks, "acme corp:Office move"])(name)).toEqual({ customer, job });
  });

  it("splits every such name once the list shows the hierarchy; a nested job keeps its colons", () => {
    expect(customerJobs(quickBooks)("Dockside:Pier 4:Phase 1")).toEqual({ customer: "Dockside", job: "Pier 4:Phase 1" });
  });

  it("keeps names whole in a list that shows no hierarchy (one job per customer, no customer alone)", () => {
    expect(customerJobs(["Dockside:Pier 4", "Birch:North"])("Dockside:Pier 4")).toEqual({ customer: "Dockside:Pier 4", job: null });
  });

  it.each([
    [["Re: Acme", "Re: Birch"], "Re: Acme"],
    [["Bar 10:30", "Bar 10:45"], "Bar 10:30"],
    [["Studio :54", "Studio :55"], "Studio :54"],
    [["Ratio 3:2 Ltd", "Ratio 3:1 Ltd"], "Ratio 3:2 Ltd"],
  ])("never splits at a colon beside a space or between digits: %j", (names, name) => {
    expect(customerJobs(names)(name)).toEqual({ customer: name, job: null });
  });

  it("gives every name a customer that begins it, for any list", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }), (names) => {
        const read = customerJobs(names);
        for (const name of names) {
          const { customer, job } = read(name);
          expect(name.trim().startsWith(customer)).toBe(true);
          if (job === null) expect(customer).toBe(name.trim());
          else expect(name.trim().endsWith(job) && name.slice(name.indexOf(customer) + customer.length).trimStart().startsWith(":")).toBe(true);
        }
      }),
    );
  });
});

describe("withCustomerJobs and the ledger", () => {
  it("reads a QuickBooks list's names as customer and job, and leaves a list without the hierarchy whole", () => {
    const rows = [{ customer: "Acme Corp:Warehouse fit-out" }, { customer: "Acme Corp:Office move" }, { customer: "Birch Dental" }];
    expect(withCustomerJobs(rows)).toEqual([{ customer: "Acme Corp", job: "Warehouse fit-out" }, { customer: "Acme Corp", job: "Office move" }, { customer: "Birch Dental" }]);
    expect(withCustomerJobs([{ customer: "Studio:54" }, { customer: "Re: Acme" }])).toEqual([{ customer: "Studio:54" }, { customer: "Re: Acme" }]);
  });

  it("readLedger gives every invoice its customer and job, so counts and totals are the customer's", () => {
    const cells = [["Customer", "Due date", "Balance"], ["Acme Corp:Warehouse fit-out", "2026-10-31", 4200], ["Acme Corp:Office move", "2026-10-01", 2875.5], ["Birch Dental", "2026-10-28", 1350]];
    const ledger = readLedger({ cells }, { row: 0, mapping: { customer: { column: 0 }, dueDate: { column: 1 }, balance: { column: 2 } } }, { dateSystem: 1900, asOf: 20_780 });
    expect(ledger.invoices.map((invoice) => [invoice.customer, invoice.job ?? null])).toEqual([["Acme Corp", "Warehouse fit-out"], ["Acme Corp", "Office move"], ["Birch Dental", null]]);
  });
});
