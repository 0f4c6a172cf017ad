import { customFunctionErrorCodes } from "./customFunctionErrorCodes";

/*
 * A stand-in for the `CustomFunctions` global that Excel's runtime provides, for Node (jest and
 * the benchmarks). Only what our wrappers use: the Error class, its codes, and `associate`,
 * which records registrations the way the runtime would.
 */

class CustomFunctionError extends Error {
  constructor(
    public readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

export const associated = new Map<string, (...args: unknown[]) => unknown>();

Object.assign(globalThis, {
  CustomFunctions: {
    Error: CustomFunctionError,
    ErrorCode: customFunctionErrorCodes,
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
  },
});
