// `npm run stop`: undo `npm start`. On Windows/macOS office-addin-debugging unloads the add-in
// and stops its dev server; on every platform, end the dev server process group that
// scripts/start.mjs recorded (office-addin-debugging stop leaves webpack running on Linux).
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { pidFile, root } from "./devServerState.mjs";

if (process.platform === "win32" || process.platform === "darwin") {
  spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
}

const pid = Number(fs.existsSync(pidFile) ? fs.readFileSync(pidFile, "utf8") : NaN);
if (!Number.isInteger(pid) || pid <= 0) {
  console.log("No dev server started by `npm start` is recorded; nothing to stop.");
} else {
  try {
    if (process.platform === "win32") spawnSync("taskkill", ["/pid", String(pid), "/T", "/F"], { stdio: "ignore" });
    else process.kill(-pid, "SIGTERM"); // the whole group: webpack and anything it started
    console.log(`Stopped the dev server (process group ${pid}).`);
  } catch {
    console.log(`The dev server (pid ${pid}) had already stopped.`);
  }
  fs.rmSync(pidFile, { force: true });
}
