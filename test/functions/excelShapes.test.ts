/*
 * What Excel really hands a function (issue 13 item 10), fed through the registration: an empty
 * cell is 0 on desktop and null on the web (also inside ranges), an entity or rich value is an
 * object, and error cells reach us only from files and tests (our metadata does not set
 * allowErrorForDataTypeAny, so Excel passes the error on without calling us). Every reader must
 * give desktop and web the same answer.
 */
import { loadRegistry, outcome, type Registry } from "../support/registry";

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

const DUE = 46_023;
const AS_OF = 46_057;
const entity = { type: "Entity", text: "Acme Ltd", properties: { Balance: { type: "Double", basicValue: 1200 } } };
const linked = { type: "LinkedEntity", text: "Microsoft Corp", id: { domainId: "stocks" } };

describe("an empty cell reads the same on desktop (0) and on the web (null)", () => {
  it.each<[string, (blank: unknown) => unknown[]]>([
    ["NEXTACTION balance", (blank) => [DUE, blank, 0, null, null, null, AS_OF]],
    ["NEXTACTION remindersSent, lastContact, status, promiseDate", (blank) => [DUE, 1200, blank, blank, blank, blank, AS_OF]],
    ["AGINGBUCKET daysOverdue", (blank) => [blank]],
    ["AGINGBUCKET a blank edge inside the edges range", (blank) => [45, [[30], [blank], [60]]]],
    ["SETTLEOFFER margin", (blank) => [1000, 75, blank]],
    ["SETTLEOFFER balance", (blank) => [blank, 75]],
    ["COLLECTPROB a blank policy value", (blank) => [90, [["agencyFeeRate", blank]]]],
    ["DAYSOVERDUE a blank policy row", (blank) => [DUE, AS_OF, [["graceDays", 14], [blank, blank]]]],
    ["PAYMENTPLAN interval", (blank) => [1000, 3, 46_053, blank]],
    ["PAYMENTPLAN instalments (required: one message for both)", (blank) => [1000, blank, 46_053]],
    ["DAYSOVERDUE dueDate", (blank) => [blank, AS_OF]],
  ])("%s", (label, args) => {
    const id = label.split(" ")[0] ?? "";
    expect(outcome(() => registry.call(id, ...args(0)))).toEqual(outcome(() => registry.call(id, ...args(null))));
  });

  it("a blank balance is 0 (nothing to do), as Excel's own arithmetic reads an empty cell", () => {
    expect(registry.call("NEXTACTION", DUE, null, 0, null, null, null, AS_OF)).toBe("None");
    expect(registry.call("AGINGBUCKET", null)).toBe("Current");
  });

  it("inside the ranges of an array form too", () => {
    const web = registry.call("NEXTACTION.EACH", [[DUE], [DUE]], [[1200], [null]], [[null], [null]], null, [[null], [""]], null, [[AS_OF]], null);
    const desktop = registry.call("NEXTACTION.EACH", [[DUE], [DUE]], [[1200], [0]], [[0], [0]], null, [[0], [0]], null, [[AS_OF]], null);
    expect(web).toEqual([["Reminder"], ["None"]]);
    expect(desktop).toEqual(web);
  });
});

describe("entities and rich values arrive as objects", () => {
  it.each([
    ["a formatted number", { type: "FormattedNumber", basicValue: 1200, numberFormat: "#,##0" }, "Reminder"],
    ["a double", { type: "Double", basicValue: 1200 }, "Reminder"],
    ["a text data type holding an amount", { type: "String", basicValue: "1,200.00" }, "Reminder"],
  ])("%s is read by its basic value", (_, balance, action) => {
    expect(registry.call("NEXTACTION", DUE, balance, 0, null, null, null, AS_OF)).toBe(action);
  });

  it.each([
    ["an entity", entity],
    ["a linked entity (stocks, geography)", linked],
    ["an unknown object", {}],
  ])("%s is refused with a message that names the argument, never as an error value", (_, value) => {
    const result = outcome(() => registry.call("NEXTACTION", DUE, value, 0, null, null, null, AS_OF)) as { code: string; message: string };
    expect(result.code).toBe("#VALUE!");
    expect(result.message).toMatch(/^balance is a data type/);
    expect(result.message).not.toMatch(/error/i);
  });

  it("an entity inside a range argument refuses only its own cell", () => {
    const result = registry.call("AGINGBUCKET.EACH", [[34], [entity]], null) as unknown[][];
    expect(result[0]).toEqual(["31-60"]);
    expect(result[1]?.[0]).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^daysOverdue is a data type/) as unknown });
  });
});

describe("an error cell passes its error on, as Excel's own functions do", () => {
  it.each([
    ["CustomFunctions.Error #N/A", new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable), "#N/A"],
    ["CustomFunctions.Error #DIV/0!", new CustomFunctions.Error(CustomFunctions.ErrorCode.divisionByZero), "#DIV/0!"],
    ["an ExcelJS error cell", { error: "#N/A" }, "#N/A"],
    ["a rich error value", { type: "Error", basicValue: "#NUM!", errorType: "Num" }, "#NUM!"],
    ["#REF!, which a function cannot return", { error: "#REF!" }, "#VALUE!"],
  ])("%s", (_, value, code) => {
    expect(outcome(() => registry.call("DAYSOVERDUE", value, AS_OF))).toEqual({ code, message: expect.stringMatching(/^dueDate is the error #/) as unknown });
  });

  it("our metadata never asks Excel for error inputs: it passes them on without calling us", async () => {
    const { generateCustomFunctionsMetadata } = await import("custom-functions-metadata");
    const { FUNCTIONS_SOURCE } = await import("../support/registry");
    const metadata = JSON.stringify(JSON.parse((await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE)).metadataJson));
    expect(metadata).not.toContain("allowErrorForDataTypeAny");
  });
});
