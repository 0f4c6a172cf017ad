// Bundles TypeScript modules for the browser test host without webpack or esbuild: each file is
// transpiled to CommonJS with TypeScript's transpileModule, relative imports are followed, and
// the modules are wrapped in one script with a tiny `require`. Only relative imports of .ts files
// (test/support/fakeExcel/, src/core/) are allowed: the fake Excel must not need packages.
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";

/**
 * A script that defines the entry module's exports as `globalThis[globalName]`.
 *
 * @example
 * bundleForBrowser("test/support/fakeExcel/index.ts", "__fakeExcel") // "(function(){ … })();"
 */
export function bundleForBrowser(entry: string, globalName: string): string {
  const modules = new Map<string, string>();
  const pending = [path.resolve(entry)];
  while (pending.length > 0) {
    const file = pending.pop() ?? "";
    if (modules.has(file)) continue;
    const { outputText } = ts.transpileModule(fs.readFileSync(file, "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: false, isolatedModules: true },
      fileName: file,
    });
    const code = outputText.replace(/require\("([^"]+)"\)/g, (_match, specifier: string) => {
      const resolved = resolveModule(file, specifier);
      pending.push(resolved);
      return `require(${JSON.stringify(resolved)})`;
    });
    modules.set(file, code);
  }
  const table = [...modules].map(([file, code]) => `${JSON.stringify(file)}: function (exports, require, module) {\n${code}\n}`).join(",\n");
  return `(function () {
  var definitions = {\n${table}\n};
  var cache = {};
  function require(name) {
    if (cache[name]) return cache[name].exports;
    var module = { exports: {} };
    cache[name] = module;
    definitions[name](module.exports, require, module);
    return module.exports;
  }
  globalThis[${JSON.stringify(globalName)}] = require(${JSON.stringify(path.resolve(entry))});
})();`;
}

function resolveModule(from: string, specifier: string): string {
  if (!specifier.startsWith(".")) throw new Error(`${from}: the browser host bundle takes relative imports only, not "${specifier}"`);
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, path.join(base, "index.ts"), base.replace(/\.js$/, ".ts")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${from}: cannot find "${specifier}"`);
}
