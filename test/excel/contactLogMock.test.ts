/*
 * appendContactLog against office-addin-mock, which returns an error value for a property read
 * without load + sync: the read pattern (what is loaded, how many syncs) and the write order.
 */
import { OfficeMockObject } from "office-addin-mock";
import { mockContext } from "../support/officeMockContext";
import { appendContactLog } from "../../src/excel";


/** office-addin-mock has no null objects: isNullObject is readable after sync without a load, as in Excel. */
function withNullState<T extends object>(object: T, isNull: boolean): T {
  Object.defineProperty(object, "isNullObject", { value: isNull });
  return object;
}

function install(context: object): void {
  Object.assign(globalThis, { Excel: { run: (batch: (context: object) => Promise<unknown>) => batch(context) } });
}

describe("appendContactLog with office-addin-mock", () => {
  const headers = ["Logged at", "Customer", "Invoices", "Stage", "Channel", "Subject", "Amount", "Currency", "Offer", "Note", "Draft id"];
  const entry = (draftId: string) => ({ loggedAt: 46_058.5, customer: "Acme", invoices: "INV-1", stage: "Reminder", channel: "email", subject: "Payment reminder", amount: 10, currency: "EUR", offer: null, note: "", draftId });

  it("reads the header, then the Draft id column found by name, migrates a version-1 log and appends below in one write", async () => {
    const { mock, sync, stats } = mockContext();
    const events: string[] = [];
    const loads: string[] = [];
    const track = (name: string, object: OfficeMockObject): OfficeMockObject => {
      const load = object.load.bind(object);
      object.load = (properties: string) => (loads.push(`${name}:${properties}`), load(properties));
      return object;
    };
    const header = track("header", mock({ values: [headers], rowIndex: 0, columnIndex: 0 }));
    const used = track("used", withNullState(mock({ rowIndex: 1, rowCount: 2 }), false));
    const ids = track("ids", mock({ values: [["d1"], ["d2"]] }));
    const body = track("body", mock({ rowIndex: 1, rowCount: 2, getUsedRangeOrNullObject: () => used, getColumn: (column: number) => (events.push(`getColumn ${column}`), ids) }));
    const written = {
      set numberFormat(grid: string[][]) { events.push(`numberFormat ${grid.length}x${grid[0]?.length ?? 0}`); },
      set values(grid: unknown[][]) { events.push(`values ${JSON.stringify(grid)}`); },
    };
    const sheet = { getRangeByIndexes: (...at: number[]) => (events.push(`range ${at.join(",")}`), written) };
    const table = track("table", withNullState(mock({ name: "DunningContactLog", getHeaderRowRange: () => header, getDataBodyRange: () => body }), false));
    Object.assign(table, {
      worksheet: sheet,
      rows: { add: (index: unknown, values: unknown[][]) => events.push(`rows.add ${String(index)} ${values.length}x${values[0]?.length ?? 0}`) },
      columns: { add: (_index: unknown, _values: unknown, name: string) => events.push(`columns.add ${name}`) },
    });
    const logSheet = track("sheet", withNullState(mock({ name: "Contact Log" }), false));
    install({
      workbook: { worksheets: { getItemOrNullObject: () => logSheet }, tables: { getItemOrNullObject: () => table } },
      application: { suspendApiCalculationUntilNextSync: () => events.push("suspend") },
      sync,
    });

    const result = await appendContactLog([entry("d2"), entry("d3")]);

    expect(result).toEqual({ ok: true, appended: ["d3"], alreadyLogged: ["d2"] });
    expect(loads).toEqual(["sheet:name", "table:name", "header:values,rowIndex,columnIndex", "body:rowIndex,rowCount", "used:rowIndex,rowCount", "ids:values"]);
    expect(events).toEqual([
      "getColumn 10",
      "columns.add Marked by",
      "columns.add Undoes",
      "suspend",
      "rows.add undefined 1x13",
      "range 3,0,1,13",
      "numberFormat 1x13",
      `values ${JSON.stringify([[46_058.5, "Acme", "INV-1", "Reminder", "email", "Payment reminder", 10, "EUR", "", "", "d3", "", ""]])}`,
    ]);
    expect(stats.syncs).toBe(4);
  });
});
