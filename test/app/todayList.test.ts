import { customerView } from "../../src/app/customerView";
import { todayList } from "../../src/app/todayList";
import { defaultPolicy } from "../../src/core/policy";
import { asOf, invoice } from "../mail/mailFixtures";

const options = { defaultCurrency: "USD", policySets: [] };
const today = (rows: Parameters<typeof customerView>[0], day = asOf) => todayList(customerView(rows, day, defaultPolicy, options), day, defaultPolicy);

describe("todayList: who to contact today, most at stake first", () => {
  it("orders by value at stake, then the older debt, and sums the stake per currency", () => {
    const list = today([
      invoice({ customer: "Small", balance: 500, dueDay: asOf - 60 }),
      invoice({ customer: "Large", balance: 50_000, dueDay: asOf - 60 }),
      invoice({ customer: "Euro", balance: 10_000, dueDay: asOf - 60, currency: "EUR" }),
      invoice({ customer: "Ancient", balance: 50_000, dueDay: asOf - 900 }),
    ]);
    expect(list.entries.map((entry) => entry.line.customer)).toEqual(["Large", "Euro", "Small", "Ancient"]);
    expect(Object.fromEntries(list.atStake)).toEqual({ USD: 1969.5, EUR: 390 });
  });

  it("leaves out customers whose next contact day is still ahead, and those not to be contacted", () => {
    const list = today([
      invoice({ customer: "Waiting", lastContactDay: asOf - 3 }),
      invoice({ customer: "In grace", dueDay: asOf - 10 }),
      invoice({ customer: "Blocked", statusText: "do not contact" }),
      invoice({ customer: "Due" }),
    ]);
    expect(list.entries.map((entry) => entry.line.customer)).toEqual(["Due"]);
  });

  it("gives each its medium: e-mail with a valid address, a call by phone (R4), else a letter (R13)", () => {
    const list = today([
      invoice({ customer: "Mail" }),
      invoice({ customer: "Phone", channel: "phone" }),
      invoice({ customer: "No address", email: null }),
      invoice({ customer: "Bad address", email: "ap@" }),
      invoice({ customer: "Post", channel: "letter" }),
    ]);
    expect(list.entries.map((entry) => [entry.line.customer, entry.medium])).toEqual([
      ["Mail", "email"], ["Phone", "call"], ["No address", "letter"], ["Bad address", "letter"], ["Post", "letter"],
    ]);
  });

  it("on a Saturday prepares Monday's contacts", () => {
    const saturday = asOf + 3; // 2026-02-07
    const list = today([invoice({ customer: "Monday", lastContactDay: saturday - 8 }), invoice({ customer: "Next Friday", lastContactDay: saturday - 4 })], saturday);
    expect(list.entries.map((entry) => entry.line.customer)).toEqual(["Monday"]);
  });
});
