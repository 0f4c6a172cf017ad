import { defaultPolicy, type Policy } from "../core/policy";
import { BadArgument } from "./cellValues";
import { cellError } from "./cellError";
import { functionRegistry, type FunctionId, type FunctionSpec } from "./functionRegistry";
import { RANGE_KINDS, type ParameterSpec } from "./parameterSpec";
import { readArgument } from "./readArgument";
import { policyArgument } from "./rangeArguments";
import { validResult } from "./validResult";

/**
 * Runs an AR function as Excel calls it, for one cell: reads the policy, then every argument
 * by its spec (coercion, blanks to defaults, bounds), calls the engine and checks the result
 * (finite numbers, dates inside Excel's range). A bad argument throws `#VALUE!` with its
 * message; an input's error is passed on; anything unexpected is a generic `#VALUE!`.
 *
 * @example
 * runFunction("AGINGBUCKET", [34, null]) //=> "31-60"
 */
export function runFunction(id: FunctionId, args: readonly unknown[]): unknown {
  const spec: FunctionSpec = functionRegistry[id];
  try {
    return evaluate(spec, args, readPolicy(spec, args));
  } catch (error) {
    throw asCellError(error);
  }
}

/**
 * The array form of an AR function: arguments given as ranges are broadcast as Excel's own
 * functions do (a one-row or one-column range, or a single value, stretches to the others;
 * cells past a shorter range are #N/A) and the result is a matrix of the same shape, one
 * value or cell error per cell. The policy and bucket edges are read once for the whole call.
 *
 * @example
 * runEach("AGINGBUCKET", [[[10], [45]], null]) //=> [["1-30"], ["31-60"]]
 */
export function runEach(id: FunctionId, args: readonly unknown[]): unknown[][] {
  const spec: FunctionSpec = functionRegistry[id];
  let policy: Policy;
  try {
    policy = readPolicy(spec, args);
  } catch (error) {
    throw asCellError(error);
  }
  const matrices = spec.parameters.map((parameter, index) => (RANGE_KINDS.has(parameter.kind) ? null : asMatrix(args[index])));
  const rows = Math.max(1, ...matrices.map((matrix) => matrix?.length ?? 1));
  const columns = Math.max(1, ...matrices.map((matrix) => matrix?.[0]?.length ?? 1));
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => {
      const cellArgs = args.map((arg, index) => pick(matrices[index], arg, row, column));
      if (cellArgs.includes(PAST_END)) return cellError("#N/A", "this cell is past the end of a shorter range argument");
      try {
        return evaluate(spec, cellArgs, policy);
      } catch (error) {
        return asCellError(error);
      }
    }),
  );
}

function evaluate(spec: FunctionSpec, args: readonly unknown[], policy: Policy): unknown {
  // A plain loop: this runs once per cell, and a map with a closure cost a third of the call (bench/).
  const { parameters } = spec;
  const values = new Array<unknown>(parameters.length);
  for (let index = 0; index < parameters.length; index += 1) values[index] = readArgument(parameters[index] as ParameterSpec, args[index], policy);
  return validResult(spec.result, spec.compute(values, policy), policy.dateSystem);
}

function readPolicy(spec: FunctionSpec, args: readonly unknown[]): Policy {
  const index = spec.parameters.findIndex((parameter) => parameter.kind === "policy");
  return index < 0 ? defaultPolicy : policyArgument(args[index] ?? null);
}

const PAST_END = Symbol("past the end of a range");

function asMatrix(value: unknown): readonly (readonly unknown[])[] | null {
  if (!Array.isArray(value)) return null;
  return (value as unknown[]).map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]));
}

/** The argument for one cell of the result: a range's cell, stretched when it has one row or column. */
function pick(matrix: readonly (readonly unknown[])[] | null | undefined, arg: unknown, row: number, column: number): unknown {
  if (!matrix) return arg;
  const line = matrix.length === 1 ? matrix[0] : matrix[row];
  if (line === undefined) return PAST_END;
  const cell = line.length === 1 ? line[0] : column < line.length ? line[column] : PAST_END;
  return cell === undefined ? null : cell;
}

function asCellError(error: unknown): Error {
  if (error instanceof BadArgument) return cellError(error.code, error.message);
  // A bug of ours, not the user's input: say so rather than show a plausible number.
  return cellError("#VALUE!", "Dunning Desk failed to compute this cell");
}
