/*
 * Both adapters side by side on every fixture: after the same reading, policy and AR columns,
 * every AR cell holds the same value in the fake Excel (evaluated live through src/functions)
 * and in the saved .xlsx (the cached results the file adapter computed).
 */
import { readFileSync } from "node:fs";
import { findHeaderRow } from "../../src/core/columns";
import { defaultPolicy } from "../../src/core/policy";
import { officeWorkbook } from "../../src/excel";
import { cellAddress } from "../../src/workbook/a1";
import { isFailure } from "../../src/workbook/agingData";
import { planArColumns, type ArColumnPlan } from "../../src/workbook/arColumnPlan";
import type { WorkbookPort } from "../../src/workbook/port";
import { openWorkbookFile } from "../../src/xlsx";
import { createFakeExcel } from "../support/fakeExcel";
import { fromXlsx } from "../support/fakeExcel/fromXlsx";
import { evaluateWorkbookFormula } from "../support/fakeExcel/summaryEvaluator";
import { contractFixtures } from "./contractFixtures";

async function annotate(port: WorkbookPort, scope: (typeof contractFixtures)[number]["scope"]): Promise<ArColumnPlan> {
  const data = await port.readAgingData(scope);
  if (isFailure(data)) throw new Error(data.error);
  const header = findHeaderRow(data.values);
  if (!header.ok) throw new Error(header.message);
  expect(await port.writePolicySheet(defaultPolicy, 46_068)).toBeUndefined();
  const plan = planArColumns(data, header.row, header.mapping);
  expect(await port.writeArColumns(plan, { confirmOverwrite: false })).toMatchObject({ ok: true });
  return plan;
}

it.each(contractFixtures.map((fixture) => [fixture.file, fixture] as const))("%s: the AR cells agree between the adapters", async (_file, fixture) => {
  const fake = createFakeExcel(await fromXlsx(fixture.path), { evaluate: evaluateWorkbookFormula });
  fake.install();
  fake.setSelection(fixture.sheet, [cellAddress(fixture.cell.row, fixture.cell.column)]);
  const plan = await annotate(officeWorkbook, fixture.scope);
  const file = await openWorkbookFile(new Uint8Array(readFileSync(fixture.path)));
  if (!file.ok) throw new Error(file.error);
  file.select(fixture.sheet, [{ top: fixture.cell.row, left: fixture.cell.column, rows: 1, columns: 1 }]);
  expect(await annotate(file.port, fixture.scope)).toEqual(plan);
  const saved = await openWorkbookFile(await file.save());
  if (!saved.ok) throw new Error(saved.error);
  const grid = (value: (row: number, column: number) => unknown) =>
    Array.from({ length: plan.lastRow - plan.headerRow + 1 }, (_, r) => plan.columns.map((column) => value(plan.headerRow + r, column.column)));
  const office = grid((row, column) => fake.cell(plan.sheetName, row, column).value);
  expect(grid((row, column) => saved.cell(plan.sheetName, row, column).value)).toEqual(office);
  expect(office.flat().filter((value) => value !== "").length).toBeGreaterThan(plan.columns.length * 2);
});
