// `npm run screenshots`: refreshes the README's pictures in docs/screenshots/ on purpose. The
// browser tests that take them write to the ignored .tmp/screenshots/ during `npm test` (a test
// run leaves `git status` clean); here they run with DUNNING_SCREENSHOTS=docs after a production
// build. Review the pictures with `git diff --stat docs/screenshots` before committing them.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const takers = ["test/e2e/paneFlow.test.ts", "test/e2e/remindFlow.test.ts", "test/e2e/browserMode.test.ts"];
const environment = { ...process.env, DUNNING_SCREENSHOTS: "docs" };

const steps = [
  ["npm", ["run", "--silent", "build"]],
  ["npx", ["jest", "--config", "jest.e2e.config.js", ...takers]],
];
for (const [command, args] of steps) {
  // npm and npx are .cmd scripts on Windows, which only a shell can start.
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: environment, shell: process.platform === "win32" });
  if (result.status !== 0) {
    console.error(`npm run screenshots stopped: ${command} ${args.join(" ")} failed; docs/screenshots/ may be partly refreshed.`);
    process.exit(result.status ?? 1);
  }
}
console.log("docs/screenshots/ refreshed: see `git status docs/screenshots`.");
