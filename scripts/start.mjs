// `npm start`.
// Windows/macOS: office-addin-debugging starts the dev server and sideloads manifest.xml into
// desktop Excel. Linux has no desktop Excel (office-addin-debugging only says "Platform not
// supported" and exits 0), so there we build, start the dev server in its own process group
// (pid in .tmp/ for `npm run stop`), open the pane in the browser — outside Excel it works on an
// .xlsx file (browser mode) — or print its URL when there is no display, and explain how to
// sideload into Excel on the web.
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as https from "node:https";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { logFile, pidFile, port, root, stateDir } from "./devServerState.mjs";
import { ensureInstalled } from "./ensureInstalled.mjs";

const manifest = path.join(root, "manifest.xml");

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));

async function main() {
  ensureInstalled(); // a fresh clone: npm ci from the lockfile first
  if (process.platform === "win32" || process.platform === "darwin") {
    const result = spawnSync("npx", ["office-addin-debugging", "start", "manifest.xml"], {
      cwd: root, stdio: "inherit", shell: process.platform === "win32",
    });
    process.exit(result.status ?? 1);
  }
  if (runningPid() !== undefined) {
    console.log(`The dev server is already running (pid ${runningPid()}); "npm run stop" ends it.`);
    const scheme = (await probe()) ?? "https";
    explain(scheme);
    openBrowserMode(scheme);
    return;
  }
  if (await probe()) fail(`Port ${port} is already in use by another program. Free it, then run "npm start" again.`);

  console.log("Building (development)…");
  const build = spawnSync("npm", ["run", "--silent", "build:dev"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) fail("The development build failed (see above).");

  const server = startDevServer();
  const scheme = await waitUntilServing(server);
  explain(scheme);
  openBrowserMode(scheme);
  if (!process.stdout.isTTY) {
    console.log(`No terminal: the dev server keeps running in the background; "npm run stop" ends it.`);
    server.unref();
    process.exit(0);
  }
  console.log("Serving until Ctrl+C…");
  const stop = () => {
    killGroup(server.pid);
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  server.on("exit", (code) => fail(`The dev server stopped (exit code ${code}); see ${logFile}.`));
}

/** webpack serve in its own process group, output to .tmp/dev-server.log (and the terminal). */
function startDevServer() {
  fs.mkdirSync(stateDir, { recursive: true });
  const log = fs.openSync(logFile, "w");
  const tty = Boolean(process.stdout.isTTY);
  const webpackCli = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const child = spawn(process.execPath, [webpackCli, "serve", "--mode", "development"], {
    cwd: root,
    detached: true, // its own process group: stop.mjs can end webpack and all its children
    stdio: ["ignore", tty ? "pipe" : log, tty ? "pipe" : log],
  });
  if (tty) {
    for (const stream of [child.stdout, child.stderr]) {
      stream.on("data", (chunk) => {
        process.stdout.write(chunk);
        fs.appendFileSync(logFile, chunk);
      });
    }
  }
  fs.writeFileSync(pidFile, String(child.pid));
  return child;
}

async function waitUntilServing(server) {
  let exited = false;
  server.once("exit", () => (exited = true));
  for (const deadline = Date.now() + 180_000; Date.now() < deadline; ) {
    const scheme = await probe();
    if (scheme) return scheme;
    if (exited) {
      fs.rmSync(pidFile, { force: true });
      fail(`The dev server did not start. Last lines of ${logFile}:\n${tail(logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  killGroup(server.pid);
  return fail(`The dev server did not answer on port ${port} within 3 minutes; see ${logFile}.`);
}

function explain(scheme) {
  const base = `${scheme}://localhost:${port}`;
  console.log(`
Dunning Desk is being served at ${base}/ (log: ${path.relative(root, logFile)}).

Without Excel: open ${base}/taskpane.html in a browser. It offers "Open an aging workbook" and
"Try the sample workbook", and "Save workbook" downloads the .xlsx with everything it wrote.
${scheme === "https" ? "(The certificate is this machine's own: accept it once, or install it as in step 3 below.)\n" : ""}
There is no desktop Excel on Linux; to use the add-in inside Excel, sideload it into Excel on the web:
  1. Open a workbook in Excel on the web.
  2. Insert > Add-ins > Upload My Add-in (newer versions: Home > Add-ins > More Add-ins >
     Upload My Add-in), and choose the manifest:
       ${pathToFileURL(manifest).href}
     (the same file is served at ${base}/manifest.xml).
  3. Excel on the web loads the add-in from https://localhost:${port}, so the browser you use
     must be able to reach this machine's port ${port} and trust its certificate: run
     "npx office-addin-dev-certs install" once (it needs sudo), or open
     ${base}/taskpane.html in that browser and accept the certificate.
  4. Home > Dunning Desk opens the pane; type =AR. in a cell to see the functions.
`);
  if (scheme === "http") {
    console.log('Warning: no certificate could be set up, so this is plain http, which Office refuses.\n' +
      'Run "npx office-addin-dev-certs install", then "npm run stop" and "npm start".\n');
  }
}

/**
 * Opens the pane (browser mode) in the desktop's browser when there is a display; without one
 * (a server, CI, ssh) the URL printed above is all there is.
 */
function openBrowserMode(scheme) {
  const url = `${scheme}://localhost:${port}/taskpane.html`;
  const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;
  if (!display || process.env.CI) {
    console.log(`No display here: open ${url} in a browser on this machine.`);
    return;
  }
  const opener = spawn("xdg-open", [url], { detached: true, stdio: "ignore" });
  opener.on("error", () => console.log(`Could not start a browser (xdg-open): open ${url} yourself.`));
  opener.unref();
  console.log(`Opening ${url} in your browser…`);
}

/** "https" or "http" when something answers on the port, else undefined. */
async function probe() {
  for (const [scheme, client] of [["https", https], ["http", http]]) {
    const answered = await new Promise((resolve) => {
      const request = client.get(`${scheme}://localhost:${port}/taskpane.html`, { rejectUnauthorized: false, timeout: 2000 }, (response) => {
        response.resume();
        resolve(true);
      });
      request.on("timeout", () => request.destroy());
      request.on("error", () => resolve(false));
    });
    if (answered) return scheme;
  }
  return undefined;
}

function runningPid() {
  const pid = Number(fs.existsSync(pidFile) ? fs.readFileSync(pidFile, "utf8") : NaN);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0); // signal 0: only checks that the process exists
    return pid;
  } catch {
    return undefined;
  }
}

function killGroup(pid) {
  try {
    process.kill(-pid, "SIGTERM");
  } catch {
    // already gone
  }
  fs.rmSync(pidFile, { force: true });
}

function tail(file) {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split("\n").slice(-25).join("\n") : "(no log)";
}

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}
