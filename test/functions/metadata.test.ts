// functions.json is generated from the JSDoc in functions.ts. The generator's CLI exits 0 even
// when it reports errors, so call it here and fail on any error, then check the IntelliSense
// text users see: a description for every function and parameter, and a help URL.
import * as path from "node:path";
import { generateCustomFunctionsMetadata, type ICustomFunctionsMetadata, type IGenerateResult } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";
import { functionRegistry } from "../../src/functions/functionRegistry";

const source = path.resolve(__dirname, "../../src/functions/functions.ts");
const exported = Object.entries(functions as Record<string, unknown>)
  .filter(([, value]) => typeof value === "function")
  .map(([name]) => name);

let result: IGenerateResult;
let metadata: ICustomFunctionsMetadata;

beforeAll(async () => {
  result = await generateCustomFunctionsMetadata(source, false);
  metadata = JSON.parse(result.metadataJson || "{}") as ICustomFunctionsMetadata;
}, 60_000);

describe("custom functions metadata", () => {
  it("generates without errors", () => {
    expect(result.errors).toEqual([]);
  });

  it("registers every exported function, and only those", () => {
    expect(exported.length).toBeGreaterThan(0);
    expect(result.associate.map((entry) => entry.functionName).sort()).toEqual([...exported].sort());
  });

  it("uses unique UPPERCASE ids (shown after the AR. namespace)", () => {
    const ids = metadata.functions.map((fn) => fn.id);
    for (const id of ids) expect(id).toMatch(/^[A-Z][A-Z0-9._]*$/);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("describes every function and every parameter, with a help URL", () => {
    const missing = metadata.functions.flatMap((fn) => [
      ...(fn.description?.trim() ? [] : [`${fn.id}: description`]),
      ...(fn.helpUrl?.startsWith("https://") ? [] : [`${fn.id}: https help URL`]),
      ...fn.parameters.filter((parameter) => !parameter.description?.trim()).map((parameter) => `${fn.id}(${parameter.name}): description`),
    ]);
    expect(missing).toEqual([]);
  });

  it("gives each function the registry's parameters, in its order, each name once (STEPOFFER's own currency is offerCurrency)", () => {
    const registry = functionRegistry as Record<string, { readonly parameters: readonly { readonly name: string }[] }>;
    const mismatched = metadata.functions.flatMap((fn) => {
      const names = fn.parameters.map((parameter) => parameter.name);
      const spec = registry[fn.id.replace(/\.EACH$/, "")];
      const problems = new Set(names).size === names.length ? [] : [`${fn.id}: a parameter name twice`];
      return spec && names.join(",") !== spec.parameters.map((parameter) => parameter.name).join(",") ? [...problems, `${fn.id}: ${names.join(",")}`] : problems;
    });
    expect(mismatched).toEqual([]);
    expect(metadata.functions.find((fn) => fn.id === "STEPOFFER")?.parameters.map((parameter) => parameter.name).slice(-3)).toEqual(["policySet", "margin", "offerCurrency"]);
  });
});
