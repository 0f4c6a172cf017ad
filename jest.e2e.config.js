// Browser smoke test: the built dist/ in Debian's Chromium via playwright-core.
// Run after `npm run build` (scripts/test-all.mjs does this).
/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }] },
  testTimeout: 60_000,
  maxWorkers: 1,
};
