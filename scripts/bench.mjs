// npm run bench: compiles bench/ with tsc (CommonJS, for Node) and runs every *.bench.js.
import { execFileSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
execFileSync(process.execPath, [tsc, "-p", join(root, "bench", "tsconfig.json")], { stdio: "inherit" });
const out = join(root, ".tmp", "bench", "bench");
for (const file of readdirSync(out).filter((name) => name.endsWith(".bench.js")).sort()) {
  console.log(`\n=== ${file}`);
  execFileSync(process.execPath, [join(out, file)], { stdio: "inherit" });
}
