// Smoke test of the production build in Debian's Chromium (playwright-core; never
// `npx playwright install`). There is no Excel here: office.js is routed to a local stub and a
// stand-in Office host is injected. The test checks that the pane loads without errors, that
// every function in functions.json is registered, that each shared formula case gives the
// expected value in the real bundle, and that nothing but office.js is fetched from outside.
// Needs `npm run build` first (scripts/test-all.mjs does it).
import * as fs from "node:fs";
import * as path from "node:path";
import type { Page } from "playwright-core";
import { formulaCases } from "../formulaCases";
import { openPaneBrowser, rootDir, type PaneBrowser } from "../support/paneBrowser";
import type { Associated } from "./officeStandIn";

const distDir = path.join(rootDir, "dist");

type Expected = (typeof formulaCases)[number]["expected"];
type Outcome =
  | { kind: "value"; value: unknown }
  | { kind: "error"; code: string; message: string }
  | { kind: "thrown"; message: string }
  | { kind: "missing" };

let browser: PaneBrowser;
let page: Page;

beforeAll(async () => {
  browser = await openPaneBrowser({ viewport: { width: 360, height: 640 } }); // about the width of a task pane
  page = browser.page;
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

describe("task pane in Chromium", () => {
  it("loads, runs Office.onReady and shows the pane", async () => {
    expect(await page.locator("h1").textContent()).toBe("Dunning Desk");
    await page.waitForFunction(() => !document.getElementById("status")?.textContent?.includes("Loading"));
    expect(await page.locator("#status").textContent()).toContain("Excel");
    fs.mkdirSync(path.join(rootDir, "test-results"), { recursive: true });
    await page.screenshot({ path: path.join(rootDir, "test-results", "taskpane.png"), fullPage: true });
  });

  it("registers every function listed in functions.json", async () => {
    const metadata = JSON.parse(fs.readFileSync(path.join(distDir, "functions.json"), "utf8")) as { functions: { id: string }[] };
    const ids = metadata.functions.map((fn) => fn.id).sort();
    const associated = await page.evaluate(() => Object.keys((globalThis as unknown as { __associated: Associated }).__associated));
    expect(ids.length).toBeGreaterThan(0);
    expect(associated.sort()).toEqual(ids);
    expect(formulaCases.map((formula) => formula.id).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it.each(formulaCases.map((formula) => [`${formula.id}(${JSON.stringify(formula.args).slice(1, -1)})`, formula] as const))(
    "=AR.%s",
    async (_name, formula) => {
      const outcome = await page.evaluate(callInPage, { id: formula.id, args: [...formula.args] });
      expectOutcome(outcome, formula.expected);
    },
  );

  it("raised no page errors and fetched nothing from outside but office.js", async () => {
    expect(await page.evaluate(() => (globalThis as unknown as { __officeJsStub?: boolean }).__officeJsStub)).toBe(true);
    expect(browser.pageErrors).toEqual([]);
    expect(browser.outsideRequests).toEqual([]);
  });
});

/** Runs in the page: calls the registered function like Excel would and reports the outcome. */
async function callInPage({ id, args }: { id: string; args: unknown[] }): Promise<Outcome> {
  const fn = (globalThis as unknown as { __associated: Associated }).__associated[id];
  if (!fn) return { kind: "missing" };
  const asError = (value: unknown): Outcome | undefined =>
    value instanceof Error && "code" in value ? { kind: "error", code: String(value.code), message: value.message } : undefined;
  try {
    const value: unknown = await fn(...args);
    return asError(value) ?? { kind: "value", value }; // a returned CustomFunctions.Error counts too
  } catch (error) {
    return asError(error) ?? { kind: "thrown", message: String(error) };
  }
}

function expectOutcome(outcome: Outcome, expected: Expected): void {
  if (typeof expected === "object" && !Array.isArray(expected)) {
    expect(outcome).toMatchObject({ kind: "error", code: expected.error });
    expect(outcome.kind === "error" ? outcome.message : "").toContain(expected.messageIncludes);
  } else {
    expect(outcome).toEqual({ kind: "value", value: closeTo(expected) });
  }
}

/** Numbers (also inside a spilled 2-D array) compare with toBeCloseTo's 1e-9 tolerance. */
function closeTo(expected: unknown): unknown {
  if (typeof expected === "number") return expect.closeTo(expected, 9);
  return Array.isArray(expected) ? expected.map(closeTo) : expected;
}
