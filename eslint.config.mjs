// ESLint flat config: typescript-eslint's type-checked rules for TS, plus import zones that keep
// dependencies pointing inward (taskpane → excel → core, functions → core; see docs/design.md).
import js from "@eslint/js";
import { defineConfig } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

const OFFICE_PACKAGES = ["@microsoft/office-js", "office-*", "@types/office-js", "custom-functions-*", "office-addin-*"];
const outer = (...folders) => folders.flatMap((folder) => [`**/${folder}`, `**/${folder}/**`]);

export default defineConfig(
  { ignores: ["dist/", "dist-cli/", "coverage/", "test-results/", "node_modules/", ".tmp/"] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // Each file is checked against its nearest tsconfig (src/core has its own, without DOM).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Office's documented way to show a message in the cell is `throw new CustomFunctions.Error(…)`,
      // whose type (@types/custom-functions-runtime) does not extend Error.
      "@typescript-eslint/only-throw-error": ["error", {
        allow: [{ from: "package", package: "@types/custom-functions-runtime", name: "Error" }],
      }],
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", {
        patterns: [
          { group: outer("functions", "excel", "taskpane", "mail", "workbook", "xlsx", "cli"), message: "src/core is the pure domain: nothing outer may be imported." },
          { group: OFFICE_PACKAGES, message: "src/core must not depend on Office: it runs in Node and the browser alike." },
        ],
      }],
    },
  },
  {
    files: ["src/mail/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", {
        patterns: [
          { group: outer("functions", "excel", "taskpane", "workbook", "xlsx", "cli"), message: "src/mail is pure: it builds on src/core only." },
          { group: OFFICE_PACKAGES, message: "src/mail must not depend on Office: drafts are built the same in Excel and in Node." },
        ],
      }],
    },
  },
  {
    // The workbook port and the plans both adapters follow: pure, so the Office adapter, the
    // .xlsx adapter and the pane share them.
    files: ["src/workbook/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", {
        patterns: [
          { group: outer("functions", "excel", "taskpane", "xlsx", "cli"), message: "src/workbook is the port: adapters depend on it, never the reverse." },
          { group: OFFICE_PACKAGES, message: "src/workbook must not depend on Office: the .xlsx adapter and the command line use it too." },
        ],
      }],
    },
  },
  {
    // Workbook-level flows (analyse, annotate, draft) over the port: shared by the pane and the CLI.
    files: ["src/app/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", {
        patterns: [
          { group: outer("excel", "xlsx", "taskpane", "cli"), message: "src/app works on the port (src/workbook), whatever adapter is behind it." },
          { group: OFFICE_PACKAGES, message: "src/app must not depend on Office: the command line runs it in Node." },
        ],
      }],
    },
  },
  {
    // The .xlsx adapter: ExcelJS, never Office or the UI.
    files: ["src/xlsx/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", {
        patterns: [
          { group: outer("excel", "taskpane", "cli", "app"), message: "src/xlsx is an adapter of the port: it depends on src/workbook and the domain only." },
          { group: OFFICE_PACKAGES, message: "src/xlsx runs where Office is not: Node and a plain browser." },
        ],
      }],
    },
  },
  {
    files: ["src/cli/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", {
        patterns: [
          { group: outer("excel", "taskpane"), message: "The command line uses src/app over the .xlsx adapter, not the pane or Office." },
          { group: OFFICE_PACKAGES, message: "The command line runs in Node, without Office." },
        ],
      }],
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", {
        patterns: [{ group: outer("excel", "taskpane"), message: "Custom functions wrap src/core only (no Excel API calls)." }],
      }],
    },
  },
  {
    // The pane reaches Office only through src/excel (the one Office.js adapter), and the
    // workbook only through the port: only the bootstraps choose an adapter.
    files: ["src/taskpane/**/*.ts"],
    ignores: ["src/taskpane/taskpane.ts", "src/taskpane/browserMode/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", {
        patterns: [{ group: outer("excel", "xlsx"), allowTypeImports: true, message: "Panels talk to the workbook through src/workbook/port.ts; taskpane.ts picks the adapter." }],
      }],
    },
  },
  {
    files: ["src/taskpane/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error",
        { name: "Office", message: "Call Office through src/excel (e.g. whenOfficeReady, officeTheme)." },
        { name: "Excel", message: "Excel API calls live in src/excel." }],
    },
  },
  {
    // Build scripts and configs are plain Node JavaScript outside the TS projects.
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { ...tseslint.configs.disableTypeChecked.languageOptions, globals: globals.node, sourceType: "module" },
    rules: { ...tseslint.configs.disableTypeChecked.rules, "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    // The help page's script runs in the browser, as a classic script (no modules).
    files: ["assets/**/*.js"],
    languageOptions: { globals: globals.browser, sourceType: "script" },
  },
);
