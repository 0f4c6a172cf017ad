import type { FakeContext } from "./fakeContext";
import { notLoaded } from "./fakeOfficeError";

/**
 * The load/sync contract every fake object keeps: `load` queues a read, `sync` fills the
 * properties, and reading one that was not loaded throws PropertyNotLoaded — as Excel does.
 */
export abstract class FakeProxy {
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined = false;

  constructor(protected readonly context: FakeContext) {}

  load(properties?: string | readonly string[] | { readonly select?: string }): this {
    const names = propertyNames(properties, this.defaultProperties());
    this.context.enqueue(() => {
      const read = names.map((name) => [name, this.read(name)] as const);
      return () => read.forEach(([name, value]) => this.loaded.set(name, value));
    });
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  /** For `…OrNullObject` proxies: whether the object exists is known after the next sync. */
  protected resolveNullAtSync(isNull: () => boolean): void {
    this.nullState = undefined;
    this.context.enqueue(() => {
      const value = isNull();
      return () => {
        this.nullState = value;
      };
    });
  }

  protected loadedValue<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** Marks a property as loaded (collection items arrive with theirs). */
  preload(name: string, value: unknown): void {
    this.loaded.set(name, value);
  }

  protected abstract read(name: string): unknown;

  protected abstract defaultProperties(): readonly string[];
}

function propertyNames(properties: string | readonly string[] | { readonly select?: string } | undefined, all: readonly string[]): string[] {
  const text = typeof properties === "string" ? properties : Array.isArray(properties) ? properties.join(",") : (properties as { select?: string } | undefined)?.select;
  if (!text) return [...all];
  // "items/name" loads the collection's items (which arrive with their scalar properties).
  return [...new Set(text.split(",").map((name) => name.trim().split("/")[0] ?? "").filter((name) => name !== ""))];
}
