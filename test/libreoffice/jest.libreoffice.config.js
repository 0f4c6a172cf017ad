// LibreOffice as an outside reader (`npm test` runs it after the unit tests, once LibreOffice Calc
// is installed): npx jest --config test/libreoffice/jest.libreoffice.config.js
const path = require("node:path");
const unit = require("../../jest.config.js");

/** @type {import("jest").Config} */
module.exports = {
  ...unit,
  rootDir: path.join(__dirname, "..", ".."),
  roots: ["<rootDir>/test/libreoffice"],
  testPathIgnorePatterns: ["/node_modules/"],
};
