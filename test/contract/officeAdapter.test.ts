/*
 * The adapter contract (workbookContract.ts) over the Office.js adapter, in the fake Excel loaded
 * from each fixture, with the AR and summary formulas evaluated through src/functions.
 */
import { officeWorkbook } from "../../src/excel";
import { cellAddress } from "../../src/workbook/a1";
import { createFakeExcel } from "../support/fakeExcel";
import { fromXlsx } from "../support/fakeExcel/fromXlsx";
import { evaluateWorkbookFormula } from "../support/fakeExcel/summaryEvaluator";
import { declareWorkbookContract, type Harness } from "./workbookContract";

async function officeHarness(fixturePath: string): Promise<Harness> {
  const fake = createFakeExcel(await fromXlsx(fixturePath), { evaluate: evaluateWorkbookFormula });
  fake.install();
  const harness: Harness = {
    port: officeWorkbook,
    select: (sheet, areas) => fake.setSelection(sheet, areas.map((area) => `${cellAddress(area.top, area.left)}:${cellAddress(area.top + area.rows - 1, area.left + area.columns - 1)}`)),
    inspect: {
      sheetNames: () => fake.book.sheets.map((sheet) => sheet.name),
      cell: (sheet, row, column) => fake.cell(sheet, row, column),
      tableNames: () => fake.book.tables.map((table) => table.name),
      names: () => [...fake.book.names.values()].map((name) => name.name),
    },
    typeInto: (sheet, row, column, value) => {
      const model = fake.book.sheets.find((each) => each.name === sheet);
      if (!model) throw new Error(`no sheet ${sheet}`);
      fake.book.write(model, row, column, value, "no");
    },
    reopen: () => Promise.resolve(harness),
  };
  return harness;
}

declareWorkbookContract("Office.js adapter", officeHarness);
