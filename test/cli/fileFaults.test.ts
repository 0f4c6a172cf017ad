/*
 * Issue 13 item 6: a read-only folder, a full disk, a path under a file … are answered with a
 * plain message naming the user's path and the settled exit code, never "a bug" with a stack
 * naming a temporary file; nothing half-written and no temporary file is left behind.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { exitCodes } from "../../src/cli/exitCodes";
import { faultFailure, FileFault } from "../../src/cli/fileFault";
import { nodeFiles } from "../../src/cli/nodeFiles";
import { runCli } from "./cliRun";
import { copyFixture, temporaryFolder } from "./errorCases";
import { faultyFiles } from "./faultyFiles";

const isTemporary = (path: string) => /\.dunning-desk-\d+\.tmp/.test(path);

/** What a fault answer must never look like: a bug report, a stack, a temporary file's name. */
function expectPlainAnswer(stderr: string, path: string): void {
  expect(stderr).toContain(path);
  expect(stderr).not.toMatch(/a bug|please report|\n\s+at |\.tmp\b/);
}

describe("file faults are answered with their exit code and the user's path", () => {
  const remind = ["--from", "ar@example.com", "--as-of", "2026-02-15", "-q"];

  it.each([
    ["EACCES", exitCodes.permissionDenied, /Permission denied/],
    ["EPERM", exitCodes.permissionDenied, /Permission denied/],
    ["EROFS", exitCodes.permissionDenied, /read-only/],
    ["ENOSPC", exitCodes.diskFull, /disk is full/],
    ["EDQUOT", exitCodes.diskFull, /disk is full \(your quota\)/],
    ["EIO", exitCodes.fileSystem, /input\/output error: .*\(EIO\)/],
    ["ENAMETOOLONG", exitCodes.fileSystem, /name is too long/],
  ])("annotate -o, %s while writing the temporary file: exit %i, nothing left", async (code, exit, message) => {
    const folder = temporaryFolder();
    const output = join(folder, "out.xlsx");
    const run = await runCli(["annotate", "plain-table.xlsx", "-o", output, "-q"], undefined, faultyFiles("writeFile", code, isTemporary));
    expect(run.code).toBe(exit);
    expect(run.stderr).toMatch(message);
    expectPlainAnswer(run.stderr, output);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("EEXIST is exit 7, as an existing output", async () => {
    const folder = temporaryFolder();
    const output = join(folder, "out.xlsx");
    const run = await runCli(["annotate", "plain-table.xlsx", "-o", output, "-q", "--json"], undefined, faultyFiles("rename", "EEXIST", (path) => path === output));
    expect(run.code).toBe(exitCodes.outputExists);
    expectPlainAnswer(run.stderr, output);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, exitCode: exitCodes.outputExists });
    expect(readdirSync(folder)).toEqual([]);
  });

  it("an output path under a file (real ENOTDIR): exit 14, naming the file in the way", async () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, "reports"), "a file, not a folder");
    const output = join(folder, "reports", "out.xlsx");
    const run = await runCli(["annotate", "plain-table.xlsx", "-o", output, "-q"]);
    expect(run.code).toBe(exitCodes.notADirectory);
    expect(run.stderr).toContain(`${join(folder, "reports")} is a file, not a folder`);
    expectPlainAnswer(run.stderr, output);
  });

  it("an input path under a file is exit 14 too; an unreadable input is 12", async () => {
    const folder = temporaryFolder();
    writeFileSync(join(folder, "ar"), "x");
    const under = await runCli(["analyze", join(folder, "ar", "ar.xlsx")]);
    expect(under.code).toBe(exitCodes.notADirectory);
    const input = copyFixture(folder, "plain-table.xlsx");
    const denied = await runCli(["analyze", input], folder, faultyFiles("readFile", "EACCES", (path) => path === input));
    expect(denied.code).toBe(exitCodes.permissionDenied);
    expect(denied.stderr).toContain(`Permission denied: ${input} could not be read.`);
    expect(denied.stderr).not.toContain("Nothing was written");
  });

  it("remind: a full disk while writing the drafts leaves no drafts folder and no temporary folder", async () => {
    const folder = temporaryFolder();
    const drafts = join(folder, "drafts");
    const files = faultyFiles("writeFile", "ENOSPC", (path) => path.includes(".drafts.dunning-desk-"), 1); // the second draft fails
    const run = await runCli(["remind", "indonesian-hand-made.xlsx", "--out", drafts, ...remind], undefined, files);
    expect(run.code).toBe(exitCodes.diskFull);
    expectPlainAnswer(run.stderr, drafts);
    expect(readdirSync(folder)).toEqual([]);
  });

  it("remind into an existing folder: a fault while moving the drafts in leaves the _INCOMPLETE_BATCH marker; the next run removes the partial batch and writes a whole one", async () => {
    const folder = temporaryFolder();
    const drafts = join(folder, "drafts");
    mkdirSync(drafts);
    writeFileSync(join(drafts, "notes.txt"), "the user's own file");
    const files = faultyFiles("rename", "EIO", (path) => path.startsWith(`${drafts}/`) && !path.includes("_INCOMPLETE"), 1);
    const broken = await runCli(["remind", "indonesian-hand-made.xlsx", "--out", drafts, ...remind], undefined, files);
    expect(broken.code).toBe(exitCodes.fileSystem);
    expect(readdirSync(drafts).sort()).toEqual(expect.arrayContaining(["_INCOMPLETE_BATCH.dunning-desk", "notes.txt"]));
    expect(readFileSync(join(drafts, "_INCOMPLETE_BATCH.dunning-desk"), "utf8")).toMatch(/INCOMPLETE batch/);
    expect(readdirSync(folder)).toEqual(["drafts"]); // the temporary folder went
    // The marker names this (test) process, which is still running: a run still going is left alone.
    writeFileSync(join(drafts, "_INCOMPLETE_BATCH.dunning-desk"), readFileSync(join(drafts, "_INCOMPLETE_BATCH.dunning-desk"), "utf8").replace(/^pid: \d+$/m, "pid: 2147483646"));
    const again = await runCli(["remind", "indonesian-hand-made.xlsx", "--out", drafts, "--from", "ar@example.com", "--as-of", "2026-02-15", "--json"]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/removed an incomplete batch \(2 drafts\) that an interrupted run left/);
    expect(readdirSync(drafts).sort()).toEqual([...(JSON.parse(again.stdout) as { messages: { file: string }[] }).messages.map((message) => message.file.slice(drafts.length + 1)), "notes.txt"].sort());
  });

  it("a temporary file a killed run left beside the output is removed by the next run (a live run's is kept)", async () => {
    const folder = temporaryFolder();
    const output = join(folder, "out.xlsx");
    const dead = join(folder, ".out.xlsx.dunning-desk-2147483646.tmp");
    const live = join(folder, `.out.xlsx.dunning-desk-${process.ppid}.tmp`);
    const other = join(folder, ".out.xlsx.other.tmp");
    for (const path of [dead, live, other]) writeFileSync(path, "half a workbook");
    const run = await runCli(["annotate", "plain-table.xlsx", "-o", output]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`removed a temporary file left by an interrupted run beside ${output}`);
    expect(readdirSync(folder).sort()).toEqual([".out.xlsx.dunning-desk-" + process.ppid + ".tmp", ".out.xlsx.other.tmp", "out.xlsx"].sort());
  });

  it("--in-place keeps the original beside it (numbered when a backup exists); --no-backup keeps none", async () => {
    const folder = temporaryFolder();
    const input = copyFixture(folder, "plain-table.xlsx");
    const original = readFileSync(input);
    const first = await runCli(["annotate", input, "--in-place", "--json", "-q"]);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ backup: join(folder, "plain-table.backup.xlsx") });
    expect(readFileSync(join(folder, "plain-table.backup.xlsx")).equals(original)).toBe(true);
    const annotated = readFileSync(input);
    expect(annotated.equals(original)).toBe(false);
    const second = await runCli(["annotate", input, "--in-place", "--force", "-q"]);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`(the original kept as ${join(folder, "plain-table.backup-2.xlsx")})`);
    expect(readFileSync(join(folder, "plain-table.backup-2.xlsx")).equals(annotated)).toBe(true);
    await runCli(["annotate", input, "--in-place", "--force", "--no-backup", "-q"]);
    expect(readdirSync(folder).sort()).toEqual(["plain-table.backup-2.xlsx", "plain-table.backup.xlsx", "plain-table.xlsx"]);
  });

  it("a backup that cannot be written stops the run before the input is touched", async () => {
    const folder = temporaryFolder();
    const input = copyFixture(folder, "plain-table.xlsx");
    const original = readFileSync(input);
    const run = await runCli(["annotate", input, "--in-place", "-q"], undefined, faultyFiles("copyToNew", "ENOSPC"));
    expect(run.code).toBe(exitCodes.diskFull);
    expect(run.stderr).toContain(join(folder, "plain-table.backup.xlsx"));
    expect(readFileSync(input).equals(original)).toBe(true);
    expect(existsSync(join(folder, "plain-table.backup.xlsx"))).toBe(false);
  });
});

describe("faultFailure", () => {
  it("names the path, never a stack, with one of the settled exit codes, whatever the code and path", () => {
    const settled = new Set<number>([exitCodes.permissionDenied, exitCodes.diskFull, exitCodes.notADirectory, exitCodes.outputExists, exitCodes.fileSystem, exitCodes.missingFile]);
    const code = fc.oneof(fc.constantFrom("EACCES", "EPERM", "EROFS", "ENOSPC", "EDQUOT", "ENOTDIR", "EEXIST", "ENOENT", "EIO"), fc.stringMatching(/^E[A-Z]{2,10}$/));
    fc.assert(
      fc.property(code, fc.string({ minLength: 1 }), fc.constantFrom("read" as const, "write" as const), (errno, name, action) => {
        const path = `/nowhere/${name}`;
        const answer = faultFailure(new FileFault(errno, path, action), nodeFiles);
        expect(settled.has(answer.exitCode)).toBe(true);
        expect(answer.message).toContain(path);
        expect(answer.message).not.toMatch(/\n\s+at /);
      }),
      { seed: 13, numRuns: 500 },
    );
  });
});
