import { contactLogLayout } from "../../src/workbook/contactLogLayout";
import { matchOwnedTable } from "../../src/workbook/ownedTable";

const v1 = contactLogLayout.olderVersions[0] ?? [];

describe("matchOwnedTable", () => {
  it("needs nothing for the current version, finding the key column by name", () => {
    expect(matchOwnedTable(contactLogLayout, [contactLogLayout.headers.map((header) => ` ${header.toUpperCase()} `)])).toEqual({ ok: true, version: 2, missing: [], keyColumn: 10 });
  });

  it("migrates version 1 by adding the missing columns at the end", () => {
    expect(matchOwnedTable(contactLogLayout, [[...v1]])).toEqual({ ok: true, version: 1, missing: ["Marked by", "Undoes"], keyColumn: 10 });
  });

  it.each([
    ["reordered", [...v1].reverse()],
    ["a column renamed", [...v1.slice(0, -1), "Id"]],
    ["a column of the user's added", [...contactLogLayout.headers, "Comment"]],
    ["empty", []],
  ])("refuses a Table %s", (_case, headers) => {
    expect(matchOwnedTable(contactLogLayout, [headers])).toEqual({ ok: false });
  });
});
