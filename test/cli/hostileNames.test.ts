/*
 * The hostile-names corpus (scripts/make-hostile-names.mjs → test/fixtures/hostile/) through the
 * command line: 32,767-character names no longer pad every table line or fill a To: header,
 * bidi controls and terminal escapes reach neither file names, headers nor the terminal.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { runCli } from "./cliRun";
import { temporaryFolder } from "./errorCases";
import { fixturesDir } from "./fixturesDir";
import { utf8Length } from "../../src/mail/utf8Length";

const hostile = join(fixturesDir, "hostile");
const corpus = ["long-names.xlsx", "bidi-and-control-names.xlsx"];
// eslint-disable-next-line no-control-regex
const unsafe = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u001b]/;

describe.each(corpus)("%s", (file) => {
  it("analyze: table lines stay short and hold no bidi or escape characters", async () => {
    const run = await runCli(["analyze", file, "--as-of", "2026-02-15"], hostile);
    expect(run.code).toBe(0);
    for (const line of run.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(250);
    expect(run.stdout).not.toMatch(unsafe);
  });

  it("remind: drafts with folded headers and safe, short file names; the table stays narrow", async () => {
    const drafts = join(temporaryFolder(), "drafts");
    const run = await runCli(["remind", file, "--out", drafts, "--from", "ar@example.com", "--as-of", "2026-02-15"], hostile);
    expect(run.code).toBe(0);
    for (const line of run.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(250);
    expect(run.stdout).not.toMatch(unsafe);
    const names = readdirSync(drafts);
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) {
      expect(name).not.toMatch(unsafe);
      expect(utf8Length(name)).toBeLessThanOrEqual(200);
      expect(name).toMatch(/ \(USD\)\.eml$/); // the currency survives the cut
      const eml = readFileSync(join(drafts, name), "utf8");
      const headers = eml.slice(0, eml.indexOf("\r\n\r\n"));
      expect(headers).not.toMatch(unsafe);
      expect(headers).not.toMatch(/^Bcc:/im);
      for (const line of headers.split("\r\n")) {
        expect(line.length).toBeLessThanOrEqual(998);
        if (line.length > 78) expect(line.trim().split(" ").length).toBeLessThanOrEqual(2);
      }
    }
  });

  // It printed each customer whole: a 32,767-character line, U+202E and terminal escapes on the terminal.
  it("mark-sent: the list of messages marked stays narrow and holds no bidi or escape characters", async () => {
    const folder = temporaryFolder();
    const drafted = join(folder, "drafted.xlsx");
    expect((await runCli(["remind", file, "-o", drafted, "--as-of", "2026-02-15", "-q"], hostile)).code).toBe(0);
    const run = await runCli(["mark-sent", drafted, "--all", "-o", join(folder, "marked.xlsx"), "--as-of", "2026-02-16", "--by", "Dana"], hostile);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Logged [4-9] messages in the Contact Log/);
    for (const line of run.stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(250);
    expect(run.stdout).not.toMatch(unsafe);
  });
});
