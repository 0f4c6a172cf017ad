import { noStatus, readStatus } from "../../src/core/status";

describe("readStatus", () => {
  it.each([
    ["", noStatus],
    ["Disputed", { ...noStatus, disputed: true }],
    ["hardship; Sales  asked", { ...noStatus, hardship: true, salesAsked: true }],
    ["unreachable, settlement offered", { ...noStatus, unreachable: true, settlementOffered: true }],
    ["refused", { ...noStatus, settlementOffered: true }],
  ])("%j", (text, flags) => expect(readStatus(text)).toEqual(flags));

  it("names the first unknown word", () => expect(readStatus("disputed, angry")).toBe("angry"));

  it("reads each distinct text once", () => expect(readStatus("hardship")).toBe(readStatus("hardship")));
});
