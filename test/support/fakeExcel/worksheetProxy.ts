import type { ChartModel } from "./fakeBook";
import type { FakeContext } from "./fakeContext";
import { FakeOfficeError } from "./fakeOfficeError";
import { FakeProxy } from "./fakeProxy";
import { RangeProxy } from "./rangeProxy";
import type { SheetModel } from "./sheetModel";
import { TableCollectionProxy } from "./tableProxies";

/** Excel.Worksheet over a sheet of the fake book, found when the batch runs. */
export class WorksheetProxy extends FakeProxy {
  readonly tables: TableCollectionProxy;
  readonly charts: ChartCollectionProxy;

  constructor(context: FakeContext, readonly locate: () => SheetModel | null, nullable = false) {
    super(context);
    if (nullable) this.resolveNullAtSync(() => locate() === null);
    this.tables = new TableCollectionProxy(context, () => this.sheet());
    this.charts = new ChartCollectionProxy(context, () => this.sheet());
  }

  get name(): string { return this.loadedValue("name"); }

  sheet(): SheetModel {
    const sheet = this.locate();
    if (!sheet) throw new FakeOfficeError("ItemNotFound", "The requested resource doesn't exist.");
    return sheet;
  }

  getRange(address: string): RangeProxy {
    const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address);
    if (!match) throw new FakeOfficeError("InvalidArgument", `The fake parses plain A1 addresses only, not '${address}'.`);
    const [top, left] = [Number(match[2]) - 1, columnIndex(match[1] ?? "A")];
    const [bottom, right] = match[3] ? [Number(match[4]) - 1, columnIndex(match[3])] : [top, left];
    return this.getRangeByIndexes(top, left, bottom - top + 1, right - left + 1);
  }

  getRangeByIndexes(top: number, left: number, rows: number, columns: number): RangeProxy {
    return new RangeProxy(this.context, () => ({ sheet: this.sheet(), rect: { top, left, rows, columns } }));
  }

  getCell(row: number, column: number): RangeProxy {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Excel gives A1 for an empty sheet's used range. */
  getUsedRange(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.sheet();
      return { sheet, rect: sheet.used() ?? { top: 0, left: 0, rows: 1, columns: 1 } };
    });
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): RangeProxy {
    return new RangeProxy(this.context, () => {
      const sheet = this.sheet();
      const used = sheet.used();
      return used ? { sheet, rect: used } : null;
    }, true);
  }

  activate(): void {
    this.context.enqueue(() => {
      this.context.book.active = this.sheet();
    });
  }

  protected defaultProperties(): readonly string[] {
    return ["name"];
  }

  protected read(name: string): unknown {
    if (name !== "name") throw new FakeOfficeError("InvalidArgument", `The fake Worksheet has no property '${name}'.`);
    return this.locate()?.name ?? null;
  }
}

/** Worksheet.charts: `add` records a chart; its title, legend and position can be set. */
export class ChartCollectionProxy {
  constructor(private readonly context: FakeContext, private readonly sheet: () => SheetModel) {}

  add(type: string, source: RangeProxy, seriesBy: string): ChartProxy {
    const holder: { chart?: ChartModel } = {};
    this.context.enqueue(() => {
      const chart: ChartModel = { sheet: this.sheet(), type, source: source.place().rect, seriesBy, title: "", legendVisible: true, position: [] };
      this.context.book.charts.push(chart);
      holder.chart = chart;
    });
    return new ChartProxy(this.context, () => holder.chart as ChartModel);
  }
}

/** A chart: only what src/excel sets. */
export class ChartProxy {
  readonly title: { text: string };
  readonly legend: { visible: boolean };

  constructor(private readonly context: FakeContext, chart: () => ChartModel) {
    const enqueue = (change: (model: ChartModel) => void) => context.enqueue(() => change(chart()));
    this.title = { set text(text: string) { enqueue((model) => { model.title = text; }); }, get text() { return chart().title; } };
    this.legend = { set visible(visible: boolean) { enqueue((model) => { model.legendVisible = visible; }); }, get visible() { return chart().legendVisible; } };
    this.setPosition = (start: string, end?: string) => enqueue((model) => { model.position = end ? [start, end] : [start]; });
  }

  readonly setPosition: (start: string, end?: string) => void;
}

function columnIndex(letters: string): number {
  return [...letters.toUpperCase()].reduce((sum, letter) => sum * 26 + letter.charCodeAt(0) - 64, 0) - 1;
}
