// The manifest cannot be validated offline (Microsoft's validator is a web service), so these
// tests check its structure: schema order, resids, the shared-runtime wiring, https URLs,
// string limits, the version, and that the build serves every file it names.
import * as fs from "node:fs";
import * as path from "node:path";
import { checkManifestFiles, checkManifestXml } from "../scripts/manifestCheck.cjs";
import { distDir, ensureProductionBuild, rootDir } from "./support/build";

const manifestPath = path.join(rootDir, "manifest.xml");
const packageJsonPath = path.join(rootDir, "package.json");
const xml = fs.readFileSync(manifestPath, "utf8");
const version = (JSON.parse(fs.readFileSync(packageJsonPath, "utf8")) as { version: string }).version;

beforeAll(ensureProductionBuild, 300_000);

describe("manifest.xml", () => {
  it("passes every structural check, and the build emits every file it names", () => {
    expect(checkManifestFiles({ manifestPath, packageJsonPath, distDir }).problems).toEqual([]);
  });

  it("declares namespace AR and serves everything from the dev server over https", () => {
    const { summary } = checkManifestXml(xml, version);
    expect(summary.namespace).toBe("AR");
    expect(summary.sharedRuntimeUrl).toBe("https://localhost:3000/taskpane.html");
    for (const url of summary.urls) expect(url).toMatch(/^https:\/\/localhost:3000\//);
  });

  it("asks for CustomFunctionsRuntime 1.2, the first set whose CustomFunctions.Error carries a message", () => {
    expect(xml).toMatch(/<Set Name="CustomFunctionsRuntime" MinVersion="1\.2"\/>/);
  });

  it("ties <Version> to package.json", () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(checkManifestXml(xml, version).summary.version).toBe(`${version}.0`);
  });

  it("is copied unchanged into dist/", () => {
    expect(fs.readFileSync(path.join(distDir, "manifest.xml"), "utf8")).toBe(xml);
  });
});

// Each row breaks the real manifest in one way and names the problem the check must report,
// so a check that silently stops working fails here.
const broken: [string, (text: string) => string, RegExp][] = [
  ["elements out of schema order", (t) => t.replace(/(<Version>.*<\/Version>)(\s*)(<ProviderName>.*<\/ProviderName>)/, "$3$2$1"), /<Version> is out of order inside <OfficeApp>/],
  ["an element the schema does not allow", (t) => t.replace("<Permissions>", "<Permission>x</Permission><Permissions>"), /<Permission> is not expected/],
  ["<Runtimes> not first in <Host>", (t) => t.replace(/(<Runtimes>[\s\S]*<\/Runtimes>)(\s*)(<AllFormFactors>[\s\S]*<\/AllFormFactors>)/, "$3$2$1"), /must be the first child/],
  ["a resid with no resource", (t) => t.replace('resid="Functions.Metadata.Url"', 'resid="Functions.Meta.Url"'), /"Functions.Meta.Url" .* not defined in bt:Urls/],
  ["a resid pointing at the wrong table", (t) => t.replace('<Label resid="Group.Label"/>', '<Label resid="ShowPane.Tooltip"/>'), /"ShowPane.Tooltip" used by <Label> is not defined in bt:ShortStrings/],
  ["FunctionFile not on the shared runtime", (t) => t.replace('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'), /<FunctionFile> must use resid "Taskpane.Url"/],
  ["a short-lived runtime", (t) => t.replace('lifetime="long"', 'lifetime="short"'), /lifetime="long"/],
  ["no SharedRuntime requirement", (t) => t.replace(/<Set Name="SharedRuntime"[^>]*>/, ""), /SharedRuntime/],
  ["a plain-http URL", (t) => t.replace("https://localhost:3000/functions.json", "http://localhost:3000/functions.json"), /must use https: http:\/\/localhost:3000\/functions.json/],
  ["a namespace over 32 characters", (t) => t.replace('DefaultValue="AR"', `DefaultValue="${"A".repeat(33)}"`), /Namespace/],
  ["a DisplayName over 125 characters", (t) => t.replace('<DisplayName DefaultValue="Dunning Desk"', `<DisplayName DefaultValue="${"D".repeat(126)}"`), /DisplayName is 126 characters; the limit is 125/],
  ["a Description over 250 characters", (t) => t.replace(/<Description DefaultValue="[^"]*"/, `<Description DefaultValue="${"d".repeat(251)}"`), /Description is 251 characters; the limit is 250/],
  ["a ShortString over 125 characters", (t) => t.replace('DefaultValue="Dunning Desk is ready"', `DefaultValue="${"s".repeat(126)}"`), /ShortString GetStarted.Title is 126/],
  ["a version that does not match package.json", (t) => t.replace(`<Version>${version}.0</Version>`, "<Version>9.9.9.9</Version>"), /<Version> must be/],
  ["an Id that is not a GUID", (t) => t.replace(/<Id>[^<]*<\/Id>/, "<Id>dunning-desk</Id>"), /GUID/],
  ["malformed XML", (t) => t.replace("</Resources>", ""), /not well-formed/],
];

describe("the manifest check", () => {
  it.each(broken)("reports %s", (_what, breakIt, problem) => {
    const text = breakIt(xml);
    expect(text).not.toBe(xml); // the mutation must apply, or the row proves nothing
    expect(checkManifestXml(text, version).problems).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
  });

  it("reports a file the build does not emit", () => {
    const { summary } = checkManifestXml(xml, version);
    const problems = checkManifestFiles({ manifestPath, packageJsonPath, distDir: path.join(rootDir, "no-such-dir") }).problems;
    expect(problems).toHaveLength(summary.urls.length);
  });
});
