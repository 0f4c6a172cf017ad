/**
 * An error shaped like OfficeExtension.Error: a `code`, Excel's message and `debugInfo`.
 *
 * @example
 * new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.").code //=> "ItemNotFound"
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string };

  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message };
  }
}

/** Excel's wording for a property read before load + sync. */
export function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
