import type { FakeContext } from "./fakeContext";
import { FakeOfficeError } from "./fakeOfficeError";
import { FakeProxy } from "./fakeProxy";
import { RangeAreasProxy } from "./rangeAreasProxy";
import { RangeProxy } from "./rangeProxy";
import { TableCollectionProxy } from "./tableProxies";
import { WorksheetProxy } from "./worksheetProxy";

/** context.workbook: sheets, Tables, names, the active cell. */
export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly names: NameCollectionProxy;
  readonly application: ApplicationProxy;

  constructor(private readonly context: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.tables = new TableCollectionProxy(context, null);
    this.names = new NameCollectionProxy(context);
    this.application = new ApplicationProxy(context);
  }

  getActiveCell(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const { sheet, row, column } = this.context.book.selection;
      return { sheet, rect: { top: row, left: column, rows: 1, columns: 1 } };
    });
  }

  /** The selected range; with several areas selected the batch fails, as in Excel. */
  getSelectedRange(): RangeProxy {
    const single = (): void => {
      // The code Excel gives here is unverified: Excel.ErrorCodes has InvalidSelection, which fits.
      if ((this.context.book.areas?.length ?? 1) > 1) throw new FakeOfficeError("InvalidSelection", "The current selection is invalid for this operation.");
    };
    this.context.enqueue(single);
    return new RangeProxy(this.context, () => {
      single();
      const { sheet, rects } = this.context.book.selectedAreas();
      return { sheet, rect: rects[0] ?? { top: 0, left: 0, rows: 1, columns: 1 } };
    });
  }

  /** All selected areas (Ctrl+click) as a RangeAreas; the active cell when nothing else is selected. */
  getSelectedRanges(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, () => this.context.book.selectedAreas());
  }
}

/** context.application: calculation suspension is counted as a request and otherwise a no-op. */
export class ApplicationProxy {
  suspended = 0;

  constructor(private readonly context: FakeContext) {}

  suspendApiCalculationUntilNextSync(): void {
    this.context.enqueue(() => {
      this.suspended += 1;
    });
  }
}

export class WorksheetCollectionProxy extends FakeProxy {
  get items(): WorksheetProxy[] { return this.loadedValue("items"); }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.book.active);
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const sheet = this.context.book.sheetNamed(name);
      if (!sheet) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: sheet '${name}'.`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.context.book.sheetNamed(name) ?? null, true);
  }

  add(name: string): WorksheetProxy {
    this.context.enqueue(() => {
      if (this.context.book.sheetNamed(name)) throw new FakeOfficeError("ItemAlreadyExists", `A sheet named '${name}' already exists.`);
      this.context.book.addSheet(name);
    });
    return this.getItem(name);
  }

  protected defaultProperties(): readonly string[] { return ["items"]; }

  protected read(): unknown {
    return this.context.book.sheets.map((sheet) => {
      const proxy = new WorksheetProxy(this.context, () => sheet);
      proxy.preload("name", sheet.name);
      return proxy;
    });
  }
}

export class NameCollectionProxy {
  constructor(private readonly context: FakeContext) {}

  add(name: string, reference: RangeProxy | string): NamedItemProxy {
    if (typeof reference === "string") throw new FakeOfficeError("InvalidArgument", "The fake names Range objects only.");
    this.context.enqueue(() => {
      if (this.context.book.names.has(name.toLowerCase())) throw new FakeOfficeError("ItemAlreadyExists", `The name '${name}' already exists.`);
      const { sheet, rect } = reference.place();
      this.context.book.names.set(name.toLowerCase(), { name, sheet, rect });
    });
    return this.getItem(name);
  }

  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, name, false);
  }

  getItemOrNullObject(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, name, true);
  }
}

export class NamedItemProxy extends FakeProxy {
  constructor(context: FakeContext, private readonly key: string, nullable: boolean) {
    super(context);
    if (nullable) this.resolveNullAtSync(() => !context.book.names.has(key.toLowerCase()));
  }

  get name(): string { return this.loadedValue("name"); }

  getRange(): RangeProxy {
    return new RangeProxy(this.context, () => {
      const named = this.context.book.names.get(this.key.toLowerCase());
      if (!named) throw new FakeOfficeError("ItemNotFound", `The name '${this.key}' doesn't exist.`);
      return { sheet: named.sheet, rect: named.rect };
    });
  }

  delete(): void {
    this.context.enqueue(() => {
      this.context.book.names.delete(this.key.toLowerCase());
    });
  }

  protected defaultProperties(): readonly string[] { return ["name"]; }

  protected read(): unknown {
    return this.context.book.names.get(this.key.toLowerCase())?.name ?? null;
  }
}
