import { appendChildren, attribute, elements, escapeXml, findElement, unescapeXml, withAttribute } from "./xmlText";

/** Excel's built-in number formats the desk uses, by code (ECMA-376 §18.8.30). */
const BUILT_IN: Readonly<Record<string, number>> = {
  General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "0.00E+00": 11,
  "mm-dd-yy": 14, "d-mmm-yy": 15, "d-mmm": 16, "mmm-yy": 17, "h:mm": 20, "h:mm:ss": 21, "m/d/yy h:mm": 22, "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;

/** How a cell the desk writes looks: its number format, and whether long text wraps. */
export interface DeskStyle {
  readonly numberFormat: string;
  readonly wrap: boolean;
}

/**
 * Gives the cells the desk writes style indices in a workbook's styles.xml by APPENDING number
 * formats and cell formats: existing indices stay valid, so every cell the desk did not write
 * looks as it did. A cell keeps its own format (font, fill, border) with the desk's number format
 * and wrapping on top.
 *
 * @example
 * const styles = new StyleAppender(stylesXml); styles.index(0, { numberFormat: "0.0%", wrap: false }) //=> 7
 * styles.xml() // the styles part with the new <xf> (and <numFmt>) appended
 */
export class StyleAppender {
  private readonly cellFormats: string[];
  private readonly formats = new Map<string, number>();
  private readonly added = new Map<string, number>();
  private readonly newFormats: string[] = [];
  private readonly newCellFormats: string[] = [];
  private nextFormat = FIRST_CUSTOM_FORMAT;
  private originalFormats = 0;

  constructor(private readonly original: string) {
    const cellXfs = findElement(original, "cellXfs");
    this.cellFormats = cellXfs ? elements(original.slice(cellXfs.openEnd, cellXfs.end), "xf") : [];
    const numFmts = findElement(original, "numFmts");
    const formatTags = numFmts ? elements(original.slice(numFmts.openEnd, numFmts.end), "numFmt") : [];
    this.originalFormats = formatTags.length;
    for (const tag of formatTags) {
      const id = Number(attribute(tag, "numFmtId"));
      this.formats.set(attribute(tag, "formatCode") ?? "", id);
      this.nextFormat = Math.max(this.nextFormat, id + 1);
    }
  }

  /** The cell format index for a desk cell whose original format index was `base` (0 for none). */
  index(base: number, style: DeskStyle): number {
    const key = `${base}|${style.numberFormat}|${style.wrap}`;
    const known = this.added.get(key);
    if (known !== undefined) return known;
    const index = this.cellFormats.length + this.newCellFormats.length;
    this.newCellFormats.push(this.cellFormat(this.cellFormats[base] ?? this.cellFormats[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', style));
    this.added.set(key, index);
    return index;
  }

  /** The styles part with what was appended (the original when nothing was). */
  xml(): string {
    if (this.newCellFormats.length === 0) return this.original;
    let xml = this.original;
    if (this.newFormats.length > 0) {
      const count = this.originalFormats + this.newFormats.length;
      xml = appendChildren(xml, "numFmts", this.newFormats.join(""), count) ?? xml.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="${count}">${this.newFormats.join("")}</numFmts>`);
    }
    const appended = appendChildren(xml, "cellXfs", this.newCellFormats.join(""), this.cellFormats.length + this.newCellFormats.length);
    if (appended === null) throw new Error("styles.xml has no cellXfs");
    return appended;
  }

  private cellFormat(base: string, style: DeskStyle): string {
    let tag = /^<xf\b[^>]*?\/?>/.exec(base)?.[0] ?? "<xf>";
    if (tag.endsWith("/>")) tag = `${tag.slice(0, -2)}>`;
    tag = withAttribute(withAttribute(tag, "numFmtId", String(this.formatId(style.numberFormat))), "applyNumberFormat", "1");
    const alignment = /<alignment\b[^>]*\/?>/.exec(base)?.[0];
    const protection = /<protection\b[^>]*\/?>/.exec(base)?.[0] ?? "";
    if (!style.wrap) return `${tag}${alignment ?? ""}${protection}</xf>`;
    const wrapped = withAttribute(withAttribute(alignment ?? "<alignment/>", "wrapText", "1"), "vertical", "top");
    return `${withAttribute(tag, "applyAlignment", "1")}${wrapped}${protection}</xf>`;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.formats.get(code) ?? this.formats.get(unescapeXml(code));
    if (known !== undefined) return known;
    const id = this.nextFormat++;
    this.formats.set(code, id);
    this.newFormats.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }
}
