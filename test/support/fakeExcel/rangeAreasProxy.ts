import { areaAddress } from "./areaRect";
import type { FakeContext } from "./fakeContext";
import { FakeOfficeError } from "./fakeOfficeError";
import { FakeProxy } from "./fakeProxy";
import { RangeProxy } from "./rangeProxy";
import type { Rect, SheetModel } from "./sheetModel";
import { WorksheetProxy } from "./worksheetProxy";

/** The selection as Excel.RangeAreas: its areas, joined address and sheet, read when the batch runs. */
export class RangeAreasProxy extends FakeProxy {
  readonly areas: RangeCollectionProxy;

  constructor(context: FakeContext, private readonly locate: () => { sheet: SheetModel; rects: Rect[] }) {
    super(context);
    this.areas = new RangeCollectionProxy(context, locate);
  }

  get address(): string { return this.loadedValue("address"); }
  get areaCount(): number { return this.loadedValue("areaCount"); }
  get cellCount(): number { return this.loadedValue("cellCount"); }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.locate().sheet);
  }

  protected defaultProperties(): readonly string[] { return ["address", "areaCount", "cellCount"]; }

  protected read(name: string): unknown {
    const { sheet, rects } = this.locate();
    switch (name) {
      // Excel joins the areas with a comma and a space: "Sheet1!A3:C5, Sheet1!A9".
      case "address": return rects.map((rect) => areaAddress(sheet.name, rect)).join(", ");
      case "areaCount": return rects.length;
      case "cellCount": return rects.reduce((sum, rect) => sum + rect.rows * rect.columns, 0);
    }
    throw new FakeOfficeError("InvalidArgument", `The fake RangeAreas has no property '${name}'.`);
  }
}

const AREA_PROPERTIES = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount", "cellCount"];

/**
 * RangeAreas.areas: `items` after a load; each item arrives with the scalar properties the load
 * named ("items/address,items/rowIndex"), or all of them for a bare load.
 */
export class RangeCollectionProxy extends FakeProxy {
  private selected: readonly string[] = AREA_PROPERTIES;

  constructor(context: FakeContext, private readonly locate: () => { sheet: SheetModel; rects: Rect[] }) {
    super(context);
  }

  get items(): RangeProxy[] { return this.loadedValue("items"); }

  override load(properties?: string | readonly string[] | { readonly select?: string }): this {
    const text = typeof properties === "string" ? properties : Array.isArray(properties) ? properties.join(",") : ((properties as { select?: string } | undefined)?.select ?? "");
    const named = text.split(",").flatMap((part) => /^\s*items\/(\w+)\s*$/.exec(part)?.[1] ?? []);
    const unknown = named.filter((name) => !AREA_PROPERTIES.includes(name));
    if (unknown.length > 0) throw new FakeOfficeError("InvalidArgument", `The fake loads only ${AREA_PROPERTIES.join(", ")} on selected areas, not ${unknown.join(", ")}.`);
    this.selected = named.length > 0 ? named : AREA_PROPERTIES;
    return super.load("items");
  }

  protected defaultProperties(): readonly string[] { return ["items"]; }

  protected read(): unknown {
    const { sheet, rects } = this.locate();
    return rects.map((rect) => {
      const proxy = new RangeProxy(this.context, () => ({ sheet, rect }));
      const values: Record<string, unknown> = {
        address: areaAddress(sheet.name, rect),
        rowIndex: rect.top,
        columnIndex: rect.left,
        rowCount: rect.rows,
        columnCount: rect.columns,
        cellCount: rect.rows * rect.columns,
      };
      this.selected.forEach((name) => proxy.preload(name, values[name]));
      return proxy;
    });
  }
}
