/*
 * Every page the add-in serves carries the pane's Content-Security-Policy, word for word (issue 13
 * item 8): the help page Excel's formula help links to had none, and an inline script of its own.
 * A page the build copies (assets/) or generates (src/taskpane/) is found here by its extension,
 * so a new page without the policy fails this test. The Chromium side is
 * test/e2e/contentSecurityPolicy.test.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = join(__dirname, "..", "..");
const pane = join(root, "src", "taskpane", "taskpane.html");

/** The .html files under a folder, recursively. */
function htmlFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith(".html") ? [path] : [];
  });
}

/** The content of a page's `<meta http-equiv="Content-Security-Policy">`, or null. */
function policyOf(html: string): string | null {
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i.exec(html);
  return meta?.[1] ?? null;
}

const pages = [...htmlFiles(join(root, "src")), ...htmlFiles(join(root, "assets"))];

describe("the Content-Security-Policy of every page served", () => {
  const panePolicy = policyOf(readFileSync(pane, "utf8"));

  it("the pane's is there and allows no other site's scripts or connections", () => {
    expect(panePolicy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(panePolicy).toContain("connect-src 'self';");
    expect(panePolicy).not.toMatch(/\*|'unsafe-eval'/);
  });

  it("finds the help page among the pages", () => {
    expect(pages.map((page) => relative(root, page))).toEqual(expect.arrayContaining(["assets/help.html", "src/taskpane/taskpane.html"]));
  });

  it.each(pages.map((page) => [relative(root, page), page]))("%s carries the pane's policy and no inline script it would refuse", (_name, page) => {
    const html = readFileSync(page, "utf8");
    expect(policyOf(html)).toBe(panePolicy);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i); // script-src has no 'unsafe-inline'
    expect(html).not.toMatch(/\son[a-z]+="/i); // nor inline event handlers
  });
});
