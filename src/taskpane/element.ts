// The pane builds its DOM with this one function: no framework, no innerHTML (sheet text is
// untrusted), so every value lands in the page as text.

type Attributes = Readonly<Record<string, string | number | boolean | null | undefined>>;
type Child = Node | string | number | null | undefined | false;

/**
 * Creates an element with attributes (false/null/undefined leave one out, true sets it empty)
 * and children (strings become text nodes; null/false are skipped).
 *
 * @example
 * element("button", { type: "button", disabled: false }, "Read") // <button type="button">Read</button>
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes?: Attributes,
  ...children: readonly (Child | readonly Child[])[]
): HTMLElementTagNameMap[K];
export function element(tag: string, attributes?: Attributes, ...children: readonly (Child | readonly Child[])[]): HTMLElement;
export function element(tag: string, attributes: Attributes = {}, ...children: readonly (Child | readonly Child[])[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "object" ? child : String(child));
  }
  return node;
}

/** Replaces an element's children. */
export function replaceChildren(parent: Element, ...children: readonly (Child | readonly Child[])[]): void {
  parent.replaceChildren();
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === "object" ? child : String(child));
  }
}

/** Calls `action` on click; fluent-button and native buttons already turn Enter/Space into clicks. */
export function onActivate(target: HTMLElement, action: () => void): void {
  target.addEventListener("click", action);
}
