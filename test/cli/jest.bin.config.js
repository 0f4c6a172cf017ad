// The spawn tests of the built command line (bin/dunning-desk.js → dist-cli/): run by `npm test`
// after "Command-line build" (scripts/test-all.mjs); alone: npx jest --config test/cli/jest.bin.config.js
// (bin/ builds dist-cli/ first when it is missing or stale).
const path = require("node:path");
const e2e = require("../../jest.e2e.config.js");

/** @type {import("jest").Config} */
module.exports = {
  ...e2e,
  rootDir: path.join(__dirname, "..", ".."),
  roots: ["<rootDir>/test/cli"],
  testMatch: ["**/*.bin.ts"],
};
