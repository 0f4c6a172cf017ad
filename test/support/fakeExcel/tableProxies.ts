import { estimateBytes } from "../../../src/excel/chunking";
import type { TableModel } from "./fakeBook";
import type { FakeContext } from "./fakeContext";
import { FakeOfficeError } from "./fakeOfficeError";
import { FakeProxy } from "./fakeProxy";
import { RangeProxy } from "./rangeProxy";
import type { SheetModel } from "./sheetModel";
import { TableRowProxy } from "./tableRowProxy";
import { WorksheetProxy } from "./worksheetProxy";

/** A sheet's Tables (scope a sheet) or the workbook's (scope null). */
export class TableCollectionProxy extends FakeProxy {
  constructor(context: FakeContext, private readonly scope: (() => SheetModel) | null) {
    super(context);
  }

  get items(): TableProxy[] { return this.loadedValue("items"); }

  add(address: RangeProxy | string, _hasHeaders: boolean): TableProxy {
    if (typeof address === "string") throw new FakeOfficeError("InvalidArgument", "The fake adds Tables over Range objects only.");
    const holder: { table?: TableModel } = {};
    this.context.enqueue(() => {
      const { sheet, rect } = address.place();
      const book = this.context.book;
      let n = book.tables.length + 1;
      while (book.tableNamed(`Table${n}`)) n += 1;
      holder.table = { name: `Table${n}`, sheet, top: rect.top, left: rect.left, rows: rect.rows, columns: rect.columns };
      book.tables.push(holder.table);
    });
    return new TableProxy(this.context, () => holder.table ?? null);
  }

  getItem(name: string): TableProxy {
    return new TableProxy(this.context, () => {
      const table = this.find(name);
      if (!table) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: table '${name}'.`);
      return table;
    });
  }

  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.context, () => this.find(name) ?? null, true);
  }

  protected defaultProperties(): readonly string[] {
    return ["items"];
  }

  protected read(): unknown {
    const sheet = this.scope?.();
    return this.context.book.tables
      .filter((table) => !sheet || table.sheet === sheet)
      .map((table) => TableProxy.loaded(this.context, table));
  }

  private find(name: string): TableModel | undefined {
    const table = this.context.book.tableNamed(name);
    const sheet = this.scope?.();
    return table && (!sheet || table.sheet === sheet) ? table : undefined;
  }
}

/** Excel.Table over a Table of the fake book. */
export class TableProxy extends FakeProxy {
  readonly columns: TableColumnCollectionProxy;
  readonly rows: { add: (index: number | undefined, values: unknown[][]) => TableRowProxy; getItemAt: (index: number) => TableRowProxy };

  constructor(context: FakeContext, readonly locate: () => TableModel | null, nullable = false) {
    super(context);
    if (nullable) this.resolveNullAtSync(() => locate() === null);
    this.columns = new TableColumnCollectionProxy(context, () => this.table());
    this.rows = { add: (index, values) => this.addRows(index, values), getItemAt: (index) => new TableRowProxy(context, () => this.table(), () => index) };
  }

  static loaded(context: FakeContext, table: TableModel): TableProxy {
    const proxy = new TableProxy(context, () => table);
    proxy.preload("name", table.name);
    return proxy;
  }

  get name(): string { return this.loadedValue("name"); }
  set name(name: string) { this.context.enqueue(() => { this.table().name = name; }); }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, () => this.table().sheet);
  }

  getRange(): RangeProxy { return this.range((t) => ({ top: t.top, left: t.left, rows: t.rows, columns: t.columns })); }
  getHeaderRowRange(): RangeProxy { return this.range((t) => ({ top: t.top, left: t.left, rows: 1, columns: t.columns })); }
  getDataBodyRange(): RangeProxy { return this.range((t) => ({ top: t.top + 1, left: t.left, rows: t.rows - 1, columns: t.columns })); }

  table(): TableModel {
    const table = this.locate();
    if (!table) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return table;
  }

  protected defaultProperties(): readonly string[] { return ["name"]; }

  protected read(name: string): unknown {
    if (name !== "name") throw new FakeOfficeError("InvalidArgument", `The fake Table has no property '${name}'.`);
    return this.locate()?.name ?? null;
  }

  /** Appends rows below the Table (the fake overwrites what is there; Excel would shift it down). */
  private addRows(index: number | undefined, values: unknown[][]): TableRowProxy {
    if (index !== undefined && index !== null) throw new FakeOfficeError("InvalidArgument", "The fake appends Table rows only.");
    const added = { row: -1 };
    this.context.enqueue(() => {
      const table = this.table();
      // Excel refuses rows of another width than the Table's.
      if (values.length === 0 || values.some((row) => row.length !== table.columns)) throw new FakeOfficeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
      added.row = table.rows - 1;
      // A calculated column fills its formula into an added row's empty cell, as Excel does.
      const filled = (value: unknown, c: number) => (value === null || value === "" ? table.calculated?.get(c) ?? value : value);
      values.forEach((row, r) => row.forEach((value, c) => this.context.book.write(table.sheet, table.top + table.rows + r, table.left + c, filled(value, c), "no")));
      table.rows += values.length;
    }, estimateBytes(values), values.length * (values[0]?.length ?? 0));
    // Excel returns the first added row.
    return new TableRowProxy(this.context, () => this.table(), () => added.row);
  }

  private range(rect: (table: TableModel) => { top: number; left: number; rows: number; columns: number }): RangeProxy {
    return new RangeProxy(this.context, () => {
      const table = this.table();
      return { sheet: table.sheet, rect: rect(table) };
    });
  }
}

/** Table.columns: append a named column, find one by name, list them. */
export class TableColumnCollectionProxy extends FakeProxy {
  constructor(context: FakeContext, private readonly table: () => TableModel) {
    super(context);
  }

  get items(): { name: string }[] { return this.loadedValue("items"); }

  add(index?: number, values?: unknown[][], name?: string): { getDataBodyRange: () => RangeProxy } {
    if (index !== undefined && index !== null) throw new FakeOfficeError("InvalidArgument", "The fake appends Table columns only.");
    const holder: { column?: number } = {};
    this.context.enqueue(() => {
      const table = this.table();
      const column = table.left + table.columns;
      table.columns += 1;
      holder.column = column;
      this.context.book.write(table.sheet, table.top, column, name ?? `Column${table.columns}`, "no");
      values?.forEach((row, r) => this.context.book.write(table.sheet, table.top + r, column, row[0], "no"));
    });
    return {
      getDataBodyRange: () =>
        new RangeProxy(this.context, () => {
          const table = this.table();
          return { sheet: table.sheet, rect: { top: table.top + 1, left: holder.column ?? 0, rows: table.rows - 1, columns: 1 } };
        }),
    };
  }

  protected defaultProperties(): readonly string[] { return ["items"]; }

  protected read(): unknown {
    const table = this.table();
    return Array.from({ length: table.columns }, (_, c) => ({ name: String(this.context.book.value(table.sheet, table.top, table.left + c)) }));
  }
}
