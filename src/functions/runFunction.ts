import { defaultPolicy, type Policy } from "../core/policy";
import { BadArgument } from "./cellValues";
import { cellError } from "./cellError";
import { functionRegistry, type FunctionId, type FunctionSpec } from "./functionRegistry";
import { RANGE_KINDS, type ParameterSpec } from "./parameterSpec";
import { readArgument } from "./readArgument";
import { optionalText } from "./cellValues";
import { policyArgument, policySetArgument } from "./rangeArguments";
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
    return evaluate(spec, args, readPolicy(spec, args, args));
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
    policy = readPolicy(spec, args, null);
  } catch (error) {
    throw asCellError(error);
  }
  // A policy set may differ row by row (a customer column names it): read per cell then, each set once.
  const perRow = spec.parameters.some((parameter) => parameter.kind === "policySet");
  const matrices = spec.parameters.map((parameter, index) => (RANGE_KINDS.has(parameter.kind) ? null : asMatrix(args[index])));
  const rows = Math.max(1, ...matrices.map((matrix) => matrix?.length ?? 1));
  const columns = Math.max(1, ...matrices.map((matrix) => matrix?.[0]?.length ?? 1));
  return Array.from({ length: rows }, (_, row) =>
    Array.from({ length: columns }, (_, column) => {
      const cellArgs = args.map((arg, index) => pick(matrices[index], arg, row, column));
      if (cellArgs.includes(PAST_END)) return cellError("#N/A", "this cell is past the end of a shorter range argument");
      try {
        return evaluate(spec, cellArgs, perRow ? readPolicy(spec, args, cellArgs) : policy);
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

/**
 * The policy a call decides with: the policy range's Value column, or the named set the
 * `policySet` argument of this cell (`cellArgs`; null: none yet, for the array form's first read) names.
 */
function readPolicy(spec: FunctionSpec, args: readonly unknown[], cellArgs: readonly unknown[] | null): Policy {
  const index = spec.parameters.findIndex((parameter) => parameter.kind === "policy");
  if (index < 0) return defaultPolicy;
  const setIndex = spec.parameters.findIndex((parameter) => parameter.kind === "policySet");
  const setName = setIndex < 0 || cellArgs === null ? "" : optionalText(cellArgs[setIndex], "policySet").trim();
  return setName === "" ? policyArgument(args[index] ?? null) : policySetArgument(args[index] ?? null, setName);
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
