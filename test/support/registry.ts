/*
 * Registers the AR functions the way the build does: the metadata generator reads the JSDoc of
 * src/functions/functions.ts and says which export each id is associated with; we associate
 * them through the CustomFunctions stand-in and call them as Excel does, with every declared
 * parameter present and null for an omitted optional one.
 */
import * as path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functions from "../../src/functions/functions";
import { associated } from "./customFunctionsGlobal";

export const FUNCTIONS_SOURCE = path.join(__dirname, "../../src/functions/functions.ts");

export interface Registry {
  /** Calls `=AR.<id>(args…)`, padding omitted optional arguments with null. */
  call(id: string, ...args: unknown[]): unknown;
  readonly ids: readonly string[];
}

export async function loadRegistry(): Promise<Registry> {
  const result = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE);
  if (result.errors.length > 0) throw new Error(result.errors.join("\n"));
  const metadata = JSON.parse(result.metadataJson) as { functions: { id: string; parameters: unknown[] }[] };
  const exported = functions as unknown as Record<string, (...args: unknown[]) => unknown>;
  for (const { id, functionName } of result.associate) {
    const fn = exported[functionName];
    if (!fn) throw new Error(`${id} is associated with ${functionName}, which functions.ts does not export`);
    CustomFunctions.associate(id, fn);
  }
  const arity = new Map(metadata.functions.map((f) => [f.id, f.parameters.length]));
  return {
    ids: metadata.functions.map((f) => f.id),
    call(id, ...args) {
      const fn = associated.get(id);
      if (!fn) throw new Error(`AR.${id} is not registered`);
      const padded = [...args, ...Array<null>(Math.max(0, (arity.get(id) ?? 0) - args.length)).fill(null)];
      return fn(...padded);
    },
  };
}

/** What a call gave: its value, or the Excel error it raised (as {code, message}). */
export function outcome(call: () => unknown): unknown {
  try {
    return call();
  } catch (error) {
    if (error instanceof CustomFunctions.Error) return { code: error.code, message: error.message };
    throw error;
  }
}
