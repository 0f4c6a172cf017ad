import { BadArgument } from "./cellValues";
import { cellError } from "./cellError";

/**
 * Runs a custom function's body the way Excel needs: a bad argument becomes `#VALUE!` with its
 * message (only #VALUE! and #N/A carry one), and an unexpected throw a generic `#VALUE!`
 * instead of a JavaScript exception in the cell. Outside Excel (no CustomFunctions global) the
 * error is a CellError with the same code and message (see cellError).
 *
 * @example
 * runCell(() => 42) //=> 42
 */
export function runCell<T>(body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (error instanceof BadArgument) throw cellError(error.code, error.message);
    // A bug of ours, not the user's input: say so rather than show a plausible number.
    throw cellError("#VALUE!", "Dunning Desk failed to compute this cell");
  }
}
