// `npm start` where there is no desktop Excel and no display (this Linux machine, CI): it must
// build, serve, say where the pane is, and the pane there must be browser mode — open the sample
// workbook and read its aging list — with no request leaving the machine.
import { spawnSync } from "node:child_process";
import { chromium, type Browser } from "playwright-core";
import { rootDir } from "../support/paneBrowser";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let browser: Browser | null = null;

afterAll(async () => {
  await browser?.close();
  spawnSync(process.execPath, ["scripts/stop.mjs"], { cwd: rootDir, stdio: "ignore" });
});

it("builds, serves and points at browser mode, which opens the sample workbook", async () => {
  const { DISPLAY: _display, WAYLAND_DISPLAY: _wayland, ...env } = process.env;
  const started = spawnSync(process.execPath, ["scripts/start.mjs"], { cwd: rootDir, env: { ...env, CI: "true" }, encoding: "utf8", timeout: 200_000 });
  expect(started.status).toBe(0);
  const url = /No display here: open (https?:\/\/localhost:\d+\/taskpane\.html)/.exec(started.stdout)?.[1];
  expect(url).toBeDefined();
  expect(started.stdout).toContain("Upload My Add-in"); // the sideloading steps are still there

  browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  const context = await browser.newContext({ ignoreHTTPSErrors: true }); // the dev certificate is this machine's own
  const origin = new URL(url ?? "").origin;
  const outside: string[] = [];
  await context.route("**/*", (route) => {
    if (route.request().url().startsWith(`${origin}/`)) return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url ?? "");
  await page.getByText("Try the sample workbook", { exact: true }).click();
  await page.getByText("Opened sample-aging.xlsx", { exact: false }).waitFor({ timeout: 30_000 });
  await page.locator("#read-sheet").click();
  await page.getByText("Read 81 rows", { exact: false }).waitFor({ timeout: 30_000 });
  expect(errors).toEqual([]);
  // office.js is the one address outside (Microsoft's CDN, unreachable here and aborted).
  expect(outside.filter((address) => !address.startsWith("https://appsforoffice.microsoft.com/"))).toEqual([]);
});
