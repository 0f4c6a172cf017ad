import { formulaCases } from "../formulaCases";
import { loadRegistry, outcome, type Registry } from "../support/registry";

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

describe("the shared formula table, through the registered functions", () => {
  it.each(formulaCases.map((c) => [c.id, c.note, c] as const))("AR.%s — %s", (_, __, c) => {
    const result = outcome(() => registry.call(c.id, ...c.args));
    if (typeof c.expected === "object" && "error" in c.expected) {
      expect(result).toMatchObject({ code: c.expected.error, message: expect.stringContaining(c.expected.messageIncludes) as unknown });
    } else if (typeof c.expected === "number") {
      expect(result).toBeCloseTo(c.expected, 9);
    } else {
      expect(result).toEqual(c.expected);
    }
  });

  it("covers every registered function", () => {
    expect(new Set(formulaCases.map((c) => c.id))).toEqual(new Set(registry.ids));
  });
});
