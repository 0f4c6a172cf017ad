// What Excel's runtime provides to the page, reduced to what the add-in touches. Injected with
// page.addInitScript, so it runs before office.js and the bundles: the function is serialised
// as source text and must not use anything from outside its own body: what it needs from the
// test side (the error codes) comes in as its argument.

/** Functions the bundle registered with CustomFunctions.associate, by id. */
export type Associated = Record<string, (...args: unknown[]) => unknown>;

export function installOfficeStandIn(errorCodes: Readonly<Record<string, string>>): void {
  class CustomFunctionError extends Error {
    readonly code: string;
    constructor(code: string, message?: string) {
      super(message);
      this.code = code;
    }
  }
  const associated: Associated = {};
  const info = { host: "Excel", platform: "OfficeOnline" };
  const associate = (idOrMap: string | Associated, fn?: (...args: unknown[]) => unknown): void => {
    // Office accepts both associate(id, fn) and associate({ ID: fn, … }).
    if (typeof idOrMap === "string") {
      if (fn) associated[idOrMap] = fn;
    } else Object.assign(associated, idOrMap);
  };
  Object.assign(globalThis, {
    __associated: associated,
    Office: {
      HostType: { Excel: "Excel" },
      PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
      context: { ...info, requirements: { isSetSupported: () => true }, diagnostics: { ...info, version: "16.0" } },
      onReady: (callback?: (value: typeof info) => void) => {
        if (callback) setTimeout(() => callback(info), 0);
        return Promise.resolve(info);
      },
      actions: { associate },
    },
    CustomFunctions: {
      associate,
      Error: CustomFunctionError,
      ErrorCode: errorCodes,
    },
  });
}
