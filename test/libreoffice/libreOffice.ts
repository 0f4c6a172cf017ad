/*
 * LibreOffice Calc as an outside reader of the files the desk writes: one headless soffice process
 * per conversion of a whole batch of files (it starts in seconds, then converts each file in well
 * under one), with its own profile in a temporary HOME so parallel runs never share one.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export const SOFFICE = process.env.SOFFICE_PATH ?? "soffice";
/** CSV: comma, double quotes, UTF-8, raw values (not as shown), every sheet to its own file (LibreOffice ≥ 7.2). */
const CSV_ALL_SHEETS = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

/** Converts files with one soffice process; returns the output folder. */
export function convert(files: readonly string[], format: "csv" | "pdf" | "xlsx", folder: string, profile: string): string {
  const out = join(folder, format);
  mkdirSync(out, { recursive: true });
  const target = format === "csv" ? CSV_ALL_SHEETS : format === "xlsx" ? "xlsx:Calc MS Excel 2007 XML" : "pdf";
  const result = spawnSync(SOFFICE, [`-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless", "--norestore", "--convert-to", target, "--outdir", out, ...files], {
    env: { ...process.env, HOME: profile },
    encoding: "utf8",
    timeout: 240_000,
  });
  if (result.status !== 0) throw new Error(`soffice failed (${result.status}): ${result.stderr || result.error?.message || ""}`);
  return out;
}

/** The sheets LibreOffice exported from one file ("<stem>-<sheet>.csv"), by sheet name. */
export function csvSheets(folder: string, stem: string): Map<string, string[][]> {
  const sheets = new Map<string, string[][]>();
  for (const name of readdirSync(folder)) {
    if (!name.startsWith(`${stem}-`) || !name.endsWith(".csv")) continue;
    sheets.set(name.slice(stem.length + 1, -4), parseCsv(readFileSync(join(folder, name), "utf8")));
  }
  return sheets;
}

/** The text of a PDF, page by page as pdftotext lays it out. */
export function pdfText(path: string): string {
  const result = spawnSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`pdftotext failed: ${result.stderr}`);
  return result.stdout;
}

/** RFC 4180 CSV (quoted fields with doubled quotes and line breaks). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (char === '"') quoted = !quoted;
    else if (quoted || (char !== "," && char !== "\n" && char !== "\r")) field += char;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    }
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}
