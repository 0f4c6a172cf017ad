/*
 * The build appends `CustomFunctions.associate(…)` calls to functions.ts wherever it is bundled
 * (custom-functions-metadata-plugin): in functions.js, and in the .xlsx adapter's chunk, which
 * evaluates the AR formulas with these wrappers. Inside Excel, office.js defines CustomFunctions
 * before any of them runs and this does nothing. Outside Excel (the page opened in a plain
 * browser, browser mode) nothing defines it, so the registrations get a place that ignores them
 * rather than a ReferenceError at load. No `Error` is added: cell errors stay CellErrors there
 * (cellError.ts).
 */
const scope = globalThis as { CustomFunctions?: unknown };
scope.CustomFunctions ??= { associate: () => undefined };

export {};
