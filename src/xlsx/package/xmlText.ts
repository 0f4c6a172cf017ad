/*
 * Small, exact edits of OOXML parts as text. The desk never parses and re-serialises a part: it
 * finds one element by name and inserts or replaces a few characters, so everything it does not
 * understand (extensions, namespaces, attribute order, whitespace) stays byte for byte.
 */

/** One element found in a part: where it starts, where its start tag ends and where it ends. */
export interface Found {
  readonly start: number;
  /** Index just after the start tag's `>`. */
  readonly openEnd: number;
  /** Index just after the whole element (after `/>` or the end tag). */
  readonly end: number;
  readonly selfClosing: boolean;
  /** The start tag, `<name …>` or `<name …/>`. */
  readonly tag: string;
}

/**
 * The first element of that (unprefixed) name at or after `from`, or null.
 *
 * @example
 * findElement('<a><b x="1"/></a>', "b") //=> { start: 3, openEnd: 13, end: 13, selfClosing: true, tag: '<b x="1"/>' }
 */
export function findElement(xml: string, name: string, from = 0): Found | null {
  const open = new RegExp(`<${name}(?=[\\s/>])[^>]*>`, "g");
  open.lastIndex = from;
  const match = open.exec(xml);
  if (!match) return null;
  const tag = match[0];
  const openEnd = match.index + tag.length;
  if (tag.endsWith("/>")) return { start: match.index, openEnd, end: openEnd, selfClosing: true, tag };
  const close = xml.indexOf(`</${name}>`, openEnd);
  if (close < 0) return null;
  return { start: match.index, openEnd, end: close + name.length + 3, selfClosing: false, tag };
}

/**
 * Every element of that name (not nested in one another) inside `xml`, as text.
 *
 * @example
 * elements('<r><x a="1"/><x a="2"></x></r>', "x") //=> ['<x a="1"/>', '<x a="2"></x>']
 */
export function elements(xml: string, name: string): string[] {
  const found: string[] = [];
  for (let at = findElement(xml, name); at; at = findElement(xml, name, at.end)) found.push(xml.slice(at.start, at.end));
  return found;
}

/**
 * An attribute's value (entities decoded), or null.
 *
 * @example
 * attribute('<sheet name="A &amp; B" sheetId="2"/>', "name") //=> "A & B"
 */
export function attribute(tag: string, name: string): string | null {
  const match = attributePattern(name).exec(tag.slice(0, tag.indexOf(">") + 1));
  const value = match?.[1];
  if (value === undefined) return null;
  return value.includes("&") ? unescapeXml(value) : value;
}

/** One pattern per attribute name, made once: a saved sheet reads `r` of every row and cell. */
function attributePattern(name: string): RegExp {
  let pattern = attributePatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`\\s${name.replace(":", "\\:")}="([^"]*)"`);
    attributePatterns.set(name, pattern);
  }
  return pattern;
}

const attributePatterns = new Map<string, RegExp>();

/**
 * A start tag with one attribute set (replaced, or added before the tag's end).
 *
 * @example
 * withAttribute('<cellXfs count="2">', "count", "3") //=> '<cellXfs count="3">'
 */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name.replace(":", "\\:")}=)"[^"]*"`);
  if (pattern.test(tag)) return tag.replace(pattern, `$1"${escapeXml(value)}"`);
  const end = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, end)} ${name}="${escapeXml(value)}"${tag.slice(end)}`;
}

/**
 * A start tag without an attribute.
 *
 * @example
 * withoutAttribute('<row r="5" spans="1:9">', "spans") //=> '<row r="5">'
 */
export function withoutAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name.replace(":", "\\:")}="[^"]*"`), "");
}

/**
 * Appends children to an element (a self-closing one is opened), optionally setting its count.
 *
 * @example
 * appendChildren('<a><b/></a>', "a", "<c/>") //=> '<a><b/><c/></a>'
 */
export function appendChildren(xml: string, name: string, children: string, count?: number): string | null {
  const found = findElement(xml, name);
  if (!found) return null;
  const tag = count === undefined ? found.tag : withAttribute(found.tag, "count", String(count));
  if (found.selfClosing) return `${xml.slice(0, found.start)}${tag.slice(0, -2)}>${children}</${name}>${xml.slice(found.end)}`;
  const close = found.end - name.length - 3;
  return `${xml.slice(0, found.start)}${tag}${xml.slice(found.openEnd, close)}${children}${xml.slice(close)}`;
}

/**
 * Text or an attribute value escaped for XML (also the characters XML 1.0 cannot hold at all).
 *
 * @example
 * escapeXml('Smith & "Sons" <Ltd>') //=> "Smith &amp; &quot;Sons&quot; &lt;Ltd&gt;"
 */
export function escapeXml(text: string): string {
  // eslint-disable-next-line no-control-regex -- these control characters are not allowed in XML 1.0
  return text.replace(/[&<>"]|[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (char) => ESCAPES[char] ?? "");
}

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/**
 * XML text with its entities decoded.
 *
 * @example
 * unescapeXml("A &amp; B &#233;") //=> "A & B é"
 */
export function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_, entity: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (entity.startsWith("#x") || entity.startsWith("#X")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number(entity.slice(1)));
    return named[entity.toLowerCase()] ?? "";
  });
}
