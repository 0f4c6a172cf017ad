// Unit tests (Node): core, functions, manifest, later excel/ with office-addin-mock.
// The browser smoke test has its own config (jest.e2e.config.js) because it needs a build.
/** @type {import("jest").Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  // LibreOffice's reader tests have their own step in `npm test` (test/libreoffice/jest.libreoffice.config.js).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/", "<rootDir>/test/start/", "<rootDir>/test/libreoffice/"],
  // ts-jest transpiles file by file (tsconfig has isolatedModules); `npm run typecheck` checks types.
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/tsconfig.json" }] },
  moduleNameMapper: {
    // office-addin-mock → office-addin-manifest → an ESM-only package jest cannot require.
    "^office-addin-manifest$": "<rootDir>/test/support/officeAddinManifestStub.ts",
    // mimetext's browser build requires ESM-only babel helpers; the CJS copies are equivalent.
    "^@babel/runtime-corejs3/helpers/esm/(.*)$": "@babel/runtime-corejs3/helpers/$1",
  },
  // A global CustomFunctions stand-in (Error, ErrorCode, associate) for the function wrappers.
  setupFiles: ["<rootDir>/test/support/customFunctionsGlobal.ts"],
};
