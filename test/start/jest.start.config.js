// `npm start` on a machine without Excel (Linux, no display): builds, serves, prints the pane's
// address, and the page there is browser mode. Run by `npm test` last (scripts/test-all.mjs): it
// rebuilds dist/ for development, which no later step reads. Alone: npx jest --config test/start/jest.start.config.js
const path = require("node:path");
const e2e = require("../../jest.e2e.config.js");

/** @type {import("jest").Config} */
module.exports = {
  ...e2e,
  rootDir: path.join(__dirname, "..", ".."),
  roots: ["<rootDir>/test/start"],
  testTimeout: 240_000,
};
