/*
 * The adapter contract (workbookContract.ts) over the .xlsx adapter: the fixture's bytes opened
 * with openWorkbookFile; `reopen` saves and opens the bytes again, so every answer the contract
 * inspects after a write has survived the file round trip.
 */
import { readFileSync } from "node:fs";
import { openWorkbookFile, type FileWorkbook } from "../../src/xlsx";
import { inspectFile } from "../../src/xlsx/fileInspection";
import { declareWorkbookContract, type Harness } from "./workbookContract";

async function fileHarness(fixturePath: string): Promise<Harness> {
  return harnessOf(await open(new Uint8Array(readFileSync(fixturePath))));
}

async function open(bytes: Uint8Array): Promise<FileWorkbook> {
  const book = await openWorkbookFile(bytes);
  if (!book.ok) throw new Error(book.error);
  return book;
}

function harnessOf(book: FileWorkbook): Harness {
  const inspection = inspectFile(book);
  if (!inspection) throw new Error("not a file workbook");
  return {
    port: book.port,
    select: (sheet, areas) => book.select(sheet, areas),
    inspect: {
      sheetNames: () => book.sheetNames(),
      cell: (sheet, row, column) => {
        const cell = book.cell(sheet, row, column);
        return { value: cell.value, formula: cell.formula, numberFormat: inspection.numberFormat(sheet, row, column) };
      },
      tableNames: () => inspection.tableNames(),
      names: () => inspection.definedNames(),
    },
    typeInto: (sheet, row, column, value) => inspection.typeInto(sheet, row, column, value),
    reopen: async () => harnessOf(await open(await book.save())),
  };
}

declareWorkbookContract(".xlsx adapter", fileHarness);
