// @ts-check
// Offline structural check of the XML add-in manifest. Microsoft's validator
// (`office-addin-manifest validate`) is an online service and no public XSD covers <Runtimes>,
// so this encodes the rules that break a shared-runtime add-in in practice.
// Used by test/manifest.test.ts and scripts/validate.mjs. CommonJS so that both jest (CJS) and
// the ESM scripts can load it without a build step.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const xmldom = require("@xmldom/xmldom");

/** @typedef {import("@xmldom/xmldom").Element} XmlElement */
/**
 * @typedef {object} ManifestSummary
 * @property {string} id
 * @property {string} version
 * @property {string | undefined} namespace custom-functions namespace (resolved from its resid)
 * @property {string | undefined} sharedRuntimeUrl
 * @property {string[]} urls every URL the manifest names
 */
/** @typedef {{ problems: string[], summary: ManifestSummary }} ManifestReport */

const XSI = "http://www.w3.org/2001/XMLSchema-instance";

// Schema sequences (xs:sequence) for the parts we use. Children must appear in this order;
// an element not listed here is reported, so a typo cannot hide.
/** @type {Record<string, string[]>} */
const ORDER = {
  OfficeApp: ["Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
    "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings",
    "Permissions", "AllowSnapshot", "VersionOverrides"],
  VersionOverrides: ["Description", "Requirements", "Hosts", "Resources", "WebApplicationInfo", "EquivalentAddins"],
  "Host:Workbook": ["Runtimes", "AllFormFactors", "DesktopFormFactor"],
  "ExtensionPoint:CustomFunctions": ["Script", "Page", "Metadata", "Namespace"],
  DesktopFormFactor: ["GetStarted", "FunctionFile", "ExtensionPoint"],
  GetStarted: ["Title", "Description", "LearnMoreUrl"],
  Group: ["Label", "Icon", "Control"],
  "Control:Button": ["Label", "Supertip", "Icon", "Action"],
  Supertip: ["Title", "Description"],
  "Action:ShowTaskpane": ["TaskpaneId", "SourceLocation", "Title"],
  Resources: ["Images", "Urls", "ShortStrings", "LongStrings"],
};
/** @type {Record<string, string[]>} */
const REQUIRED = {
  OfficeApp: ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings",
    "Permissions"],
  "ExtensionPoint:CustomFunctions": ["Script", "Page", "Metadata", "Namespace"],
};
// Which resource table each resid-bearing element must point into.
/** @type {Record<string, string>} */
const RESID_TABLE = {
  Image: "Images", SourceLocation: "Urls", Runtime: "Urls", FunctionFile: "Urls", LearnMoreUrl: "Urls",
  Namespace: "ShortStrings", Label: "ShortStrings", Title: "ShortStrings", Description: "LongStrings",
};
const LIMITS = { short: 125, long: 250, namespace: 32, resid: 32, url: 2048 };

/**
 * Checks manifest.xml (and, when `distDir` is given, that the build emits every file it names).
 * @param {{ manifestPath: string, packageJsonPath: string, distDir?: string }} files
 * @returns {ManifestReport}
 */
function checkManifestFiles({ manifestPath, packageJsonPath, distDir }) {
  const pkg = /** @type {{ version: string }} */ (JSON.parse(fs.readFileSync(packageJsonPath, "utf8")));
  const report = checkManifestXml(fs.readFileSync(manifestPath, "utf8"), pkg.version);
  if (distDir !== undefined) report.problems.push(...checkServedFiles(report.summary, distDir));
  return report;
}

/**
 * Checks the manifest text alone: order, resids, shared runtime, URLs, lengths, version.
 * @param {string} xml
 * @param {string} packageVersion e.g. "0.1.0"; the manifest's <Version> must be "0.1.0.0"
 * @returns {ManifestReport}
 */
function checkManifestXml(xml, packageVersion) {
  /** @type {string[]} */
  const problems = [];
  /** @type {ManifestSummary} */
  const summary = { id: "", version: "", namespace: undefined, sharedRuntimeUrl: undefined, urls: [] };
  let root;
  try {
    root = new xmldom.DOMParser({ onError: xmldom.onWarningStopParsing }).parseFromString(xml, "text/xml").documentElement;
  } catch (error) {
    return { problems: [`manifest is not well-formed XML: ${String(error)}`], summary };
  }
  if (!root || root.localName !== "OfficeApp" || root.getAttributeNS(XSI, "type") !== "TaskPaneApp") {
    return { problems: ['root element must be <OfficeApp xsi:type="TaskPaneApp">'], summary };
  }
  const all = descendants(root);
  for (const element of [root, ...all]) problems.push(...checkOrder(element));

  summary.id = text(first(root, "Id"));
  summary.version = text(first(root, "Version"));
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(summary.id)) {
    problems.push(`<Id> must be a GUID, found "${summary.id}"`);
  }
  if (summary.version !== `${packageVersion}.0`) {
    problems.push(`<Version> must be package.json's version + ".0" (${packageVersion}.0), found "${summary.version}"`);
  }

  const resources = readResources(all, problems);
  problems.push(...checkResids(all, resources));
  problems.push(...checkLengths(root, resources));
  summary.namespace = resolve(all, "Namespace", resources);
  if (summary.namespace !== undefined && !/^[A-Za-z0-9.]{1,32}$/.test(summary.namespace)) {
    problems.push(`custom functions Namespace "${summary.namespace}" must be 1-32 letters, digits or dots`);
  }
  summary.sharedRuntimeUrl = checkSharedRuntime(root, all, resources, problems);

  summary.urls = collectUrls(all, resources);
  for (const url of summary.urls) {
    if (!url.startsWith("https://")) problems.push(`URL must use https: ${url}`);
    if (url.length > LIMITS.url) problems.push(`URL longer than ${LIMITS.url} characters: ${url.slice(0, 60)}…`);
  }
  return { problems, summary };
}

/**
 * Every URL on the pane's origin must be a file the build writes to dist/.
 * @param {ManifestSummary} summary
 * @param {string} distDir
 */
function checkServedFiles(summary, distDir) {
  if (summary.sharedRuntimeUrl === undefined) return [];
  const origin = new URL(summary.sharedRuntimeUrl).origin;
  return summary.urls
    .filter((url) => url.startsWith(origin + "/"))
    .map((url) => decodeURIComponent(new URL(url).pathname).replace(/^\/+/, ""))
    .filter((file) => !fs.existsSync(path.join(distDir, file)))
    .map((file) => `the manifest names ${origin}/${file} but the build does not emit ${path.join(distDir, file)}`);
}

/** @param {XmlElement} element */
function checkOrder(element) {
  const key = orderKey(element);
  const expected = ORDER[key];
  if (!expected) return [];
  const problems = [];
  const names = children(element).map((child) => child.localName ?? "");
  let previous = -1;
  for (const name of names) {
    const index = expected.indexOf(name);
    if (index < 0) problems.push(`<${name}> is not expected inside <${key}>`);
    else if (index < previous) problems.push(`<${name}> is out of order inside <${key}>: expected ${expected.join(", ")}`);
    else previous = index;
  }
  for (const name of REQUIRED[key] ?? []) {
    if (!names.includes(name)) problems.push(`<${key}> is missing <${name}>`);
  }
  return problems;
}

/**
 * Reads bt:Images / bt:Urls / bt:ShortStrings / bt:LongStrings into table → id → value.
 * @param {XmlElement[]} all
 * @param {string[]} problems
 */
function readResources(all, problems) {
  /** @type {Record<string, Map<string, string>>} */
  const tables = { Images: new Map(), Urls: new Map(), ShortStrings: new Map(), LongStrings: new Map() };
  for (const element of all) {
    const table = element.parentNode ? /** @type {XmlElement} */ (element.parentNode).localName ?? "" : "";
    const map = table && element.getAttribute("id") !== null ? tables[table] : undefined;
    if (!map) continue;
    const id = element.getAttribute("id") ?? "";
    if (map.has(id)) problems.push(`resource id "${id}" is defined twice in ${table}`);
    if (id.length > LIMITS.resid) problems.push(`resource id "${id}" is longer than ${LIMITS.resid} characters`);
    map.set(id, element.getAttribute("DefaultValue") ?? "");
  }
  return tables;
}

/**
 * @param {XmlElement[]} all
 * @param {Record<string, Map<string, string>>} resources
 */
function checkResids(all, resources) {
  const problems = [];
  for (const element of all) {
    const resid = element.getAttribute("resid");
    if (resid === null) continue;
    const table = RESID_TABLE[element.localName ?? ""];
    if (!table) problems.push(`<${element.localName} resid="${resid}"> is not an element that takes a resid here`);
    else if (!resources[table]?.has(resid)) {
      problems.push(`resid "${resid}" used by <${element.localName}> is not defined in bt:${table}`);
    }
  }
  return problems;
}

/**
 * @param {XmlElement} root
 * @param {Record<string, Map<string, string>>} resources
 */
function checkLengths(root, resources) {
  const problems = [];
  /** @type {[string, string, number][]} */
  const checks = [
    ["DisplayName", first(root, "DisplayName")?.getAttribute("DefaultValue") ?? "", LIMITS.short],
    ["Description", first(root, "Description")?.getAttribute("DefaultValue") ?? "", LIMITS.long],
    ["ProviderName", text(first(root, "ProviderName")), LIMITS.short],
  ];
  for (const [id, value] of resources.ShortStrings ?? []) checks.push([`ShortString ${id}`, value, LIMITS.short]);
  for (const [id, value] of resources.LongStrings ?? []) checks.push([`LongString ${id}`, value, LIMITS.long]);
  for (const [what, value, limit] of checks) {
    if (value.trim() === "") problems.push(`${what} is empty`);
    if (value.length > limit) problems.push(`${what} is ${value.length} characters; the limit is ${limit}`);
  }
  return problems;
}

/**
 * The shared runtime only loads when <Runtime>, the CustomFunctions <Page>, <FunctionFile> and
 * every ShowTaskpane action use one and the same resid (Office docs: "Configure your Office
 * Add-in to use a shared runtime").
 * @param {XmlElement} root
 * @param {XmlElement[]} all
 * @param {Record<string, Map<string, string>>} resources
 * @param {string[]} problems
 * @returns {string | undefined} the shared runtime's URL
 */
function checkSharedRuntime(root, all, resources, problems) {
  const host = all.find((element) => orderKey(element) === "Host:Workbook");
  const runtimes = host && first(host, "Runtimes");
  const runtime = runtimes && first(runtimes, "Runtime");
  if (!host || children(host)[0]?.localName !== "Runtimes" || !runtime) {
    problems.push("<Runtimes><Runtime/></Runtimes> must be the first child of the VersionOverrides <Host>");
    return undefined;
  }
  if (runtime.getAttribute("lifetime") !== "long") problems.push('<Runtime> needs lifetime="long"');
  const resid = runtime.getAttribute("resid") ?? "";
  const page = all.find((element) => element.localName === "Page");
  /** @type {[string, XmlElement | undefined][]} */
  const users = [
    ["CustomFunctions <Page><SourceLocation>", page && first(page, "SourceLocation")],
    ["<FunctionFile>", descendants(host).find((element) => element.localName === "FunctionFile")],
    ...all.filter((element) => orderKey(element) === "Action:ShowTaskpane").map(
      (action) => /** @type {[string, XmlElement | undefined]} */ (["ShowTaskpane <SourceLocation>", first(action, "SourceLocation")]),
    ),
  ];
  for (const [what, element] of users) {
    const used = element?.getAttribute("resid");
    if (used !== resid) problems.push(`${what} must use resid "${resid}" like <Runtime> (found "${used ?? "nothing"}")`);
  }
  const sets = descendants(root).filter((element) => element.localName === "Set").map((set) => set.getAttribute("Name"));
  if (!sets.includes("SharedRuntime")) problems.push('<Requirements> must include <Set Name="SharedRuntime">');
  const url = resources.Urls?.get(resid);
  const defaultPage = first(root, "DefaultSettings");
  const defaultUrl = defaultPage && first(defaultPage, "SourceLocation")?.getAttribute("DefaultValue");
  if (url !== undefined && defaultUrl !== url) {
    problems.push(`<DefaultSettings><SourceLocation> (${defaultUrl ?? "none"}) should be the shared runtime page ${url}`);
  }
  return url;
}

/**
 * @param {XmlElement[]} all
 * @param {Record<string, Map<string, string>>} resources
 */
function collectUrls(all, resources) {
  const urls = [...(resources.Urls?.values() ?? []), ...(resources.Images?.values() ?? [])];
  for (const element of all) {
    const value = element.getAttribute("DefaultValue");
    if (value !== null && /^(IconUrl|HighResolutionIconUrl|SupportUrl|SourceLocation)$/.test(element.localName ?? "")) {
      urls.push(value);
    }
    if (element.localName === "AppDomain") urls.push(text(element));
  }
  return [...new Set(urls)];
}

/**
 * @param {XmlElement[]} all
 * @param {string} name
 * @param {Record<string, Map<string, string>>} resources
 */
function resolve(all, name, resources) {
  const resid = all.find((element) => element.localName === name)?.getAttribute("resid");
  const table = RESID_TABLE[name];
  return resid && table ? resources[table]?.get(resid) : undefined;
}

/**
 * "Host:Workbook", "ExtensionPoint:CustomFunctions" … where xsi:type selects the content model.
 * @param {XmlElement} element
 */
function orderKey(element) {
  const type = element.getAttributeNS(XSI, "type");
  return type && element.localName !== "OfficeApp" && element.localName !== "VersionOverrides"
    ? `${element.localName}:${type}`
    : element.localName ?? "";
}

/** @param {XmlElement} element @returns {XmlElement[]} */
function children(element) {
  return /** @type {XmlElement[]} */ (Array.from(element.childNodes).filter((node) => node.nodeType === 1));
}

/** @param {XmlElement} element @returns {XmlElement[]} */
function descendants(element) {
  return children(element).flatMap((child) => [child, ...descendants(child)]);
}

/** First direct child with this local name. @param {XmlElement} element @param {string} name */
function first(element, name) {
  return children(element).find((child) => child.localName === name);
}

/** @param {XmlElement | undefined} element */
function text(element) {
  return (element?.textContent ?? "").trim();
}

module.exports = { checkManifestFiles, checkManifestXml };
