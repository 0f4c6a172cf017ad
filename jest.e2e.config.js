// Browser smoke test: the built dist/ in Debian's Chromium via playwright-core.
// Run after `npm run build` (scripts/test-all.mjs does this).
/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }] },
  // The pane's tests compare with the command line run in-process, whose .eml writer (mimetext's
  // browser build) requires ESM-only babel helpers; the CJS copies are equivalent (as in jest.config.js).
  moduleNameMapper: { "^@babel/runtime-corejs3/helpers/esm/(.*)$": "@babel/runtime-corejs3/helpers/$1" },
  testTimeout: 60_000,
  maxWorkers: 1,
};
