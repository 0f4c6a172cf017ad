// The built task pane (dist/) in Debian's Chromium (playwright-core; never a downloaded browser),
// with office.js routed to a stub and every other request that would leave the machine aborted
// and recorded. Shared by the smoke test and the test host with the fake Excel.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { installOfficeStandIn } from "../e2e/officeStandIn";
import { serveDirectory } from "../e2e/staticServer";
import { customFunctionErrorCodes } from "./customFunctionErrorCodes";

export const rootDir = path.resolve(__dirname, "../..");
const distDir = path.join(rootDir, "dist");
/** The only CDN the add-in loads (Microsoft's office.js); unreachable here, so stubbed. */
export const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
// Without the background-networking flags Chromium keeps calling home, refused by this network.
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync"];

export interface PaneBrowserOptions {
  readonly viewport: { readonly width: number; readonly height: number };
  readonly colorScheme?: "light" | "dark";
  /** A fixed "now" for Date in the page (timers keep running). */
  readonly now?: Date;
  /** Scripts run in the page before the pane, after the Office stand-in. */
  readonly initScripts?: readonly { readonly content: string }[];
  /**
   * "standIn" (default): the Office stand-in says the page runs in Excel on the web. "none": an
   * ordinary browser, as office.js behaves outside Office (Office.onReady reports no host), for
   * browser mode.
   */
  readonly office?: "standIn" | "none";
  /** The page of dist/ to open (default "taskpane.html"), e.g. "assets/help.html". */
  readonly path?: string;
}

/** office.js opened outside Office: it boots, and Office.onReady resolves with no host and no platform. */
const OFFICE_JS_WITHOUT_HOST = `window.__officeJsStub = true;
window.Office = { context: {}, onReady: function (callback) {
  var info = { host: null, platform: null };
  if (callback) setTimeout(function () { callback(info); }, 0);
  return Promise.resolve(info);
} };`;

export interface PaneBrowser {
  readonly page: Page;
  readonly pageErrors: string[];
  /** Requests the page tried to send off the machine (all aborted). */
  readonly outsideRequests: string[];
  close(): Promise<void>;
}

/** Serves dist/, opens taskpane.html with the Office stand-in, and returns the page. */
export async function openPaneBrowser(options: PaneBrowserOptions): Promise<PaneBrowser> {
  if (!fs.existsSync(path.join(distDir, "taskpane.html"))) throw new Error("dist/ is missing: run `npm run build` first.");
  const server = await serveDirectory(distDir);
  const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "dunning-desk-chromium-"));
  const pageErrors: string[] = [];
  const outsideRequests: string[] = [];
  let context: BrowserContext | null = null;
  const withoutHost = options.office === "none";
  const close = async () => {
    await context?.close();
    await server.close();
    fs.rmSync(profileDir, { recursive: true, force: true });
  };
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: CHROMIUM, headless: true, viewport: options.viewport, colorScheme: options.colorScheme ?? "light", args: CHROMIUM_ARGS,
    });
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (url === OFFICE_JS) return route.fulfill({ contentType: "text/javascript", body: withoutHost ? OFFICE_JS_WITHOUT_HOST : "window.__officeJsStub = true;" });
      if (url.startsWith(server.origin + "/")) return route.continue();
      outsideRequests.push(url);
      return route.abort();
    });
    if (options.now) await context.clock.setFixedTime(options.now);
    if (!withoutHost) await context.addInitScript(installOfficeStandIn, customFunctionErrorCodes);
    for (const script of options.initScripts ?? []) await context.addInitScript(script);
    const page = context.pages()[0] ?? (await context.newPage());
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${server.origin}/${options.path ?? "taskpane.html"}`, { waitUntil: "load" });
    return { page, pageErrors, outsideRequests, close };
  } catch (error) {
    await close();
    throw error;
  }
}
