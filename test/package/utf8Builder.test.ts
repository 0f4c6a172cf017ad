import { strToU8 } from "fflate";
import { Utf8Builder } from "../../src/xlsx/package/utf8Builder";

describe("Utf8Builder: text built in pieces, encoded in batches", () => {
  it.each([
    ["nothing", []],
    ["one piece", ["<row r=\"1\"/>"]],
    ["two-byte and astral characters across several batches", Array.from({ length: 3_000 }, (_, index) => `<t>Wait — R1: ${index} 😀 ${"x".repeat(500)}</t>`)],
  ])("gives the same bytes as encoding the whole text at once: %s", (_name, pieces) => {
    const built = new Utf8Builder();
    for (const piece of pieces) built.push(piece);
    expect(Buffer.from(built.bytes()).equals(Buffer.from(strToU8(pieces.join(""))))).toBe(true);
  });
});
