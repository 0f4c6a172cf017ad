import fc from "fast-check";
import { customerJobs } from "../../src/core/customerJob";

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
