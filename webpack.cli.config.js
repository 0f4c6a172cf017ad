// Build of the command line (`npx dunning-desk`, src/cli): one CommonJS file for Node 20 in
// dist-cli/, apart from the add-in's dist/ (whose build cleans dist/). bin/dunning-desk.js builds
// it on first use, or when a source is newer; `npm run build:cli` builds it on purpose.
const path = require("node:path");

module.exports = (_env, argv) => ({
  name: "cli",
  mode: argv.mode ?? "production",
  target: "node20",
  entry: { "dunning-desk": "./src/cli/nodeMain.ts" },
  output: {
    path: path.resolve(__dirname, "dist-cli"),
    filename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  resolve: { extensions: [".ts", ".js"] },
  // exceljs is a runtime dependency with its own CommonJS build: required from node_modules, not
  // bundled. mimetext/browser (src/mail/eml.ts) is bundled from its ES build, which sidesteps
  // Node reading its CommonJS build as an ES module (see /work/shared/docs/toolchain.md).
  externals: { exceljs: "commonjs exceljs" },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        loader: "ts-loader",
        // `npm run typecheck` checks the types; the CLI build only transpiles (seconds, not tens).
        options: { onlyCompileBundledFiles: true, transpileOnly: true, compilerOptions: { types: ["node"] } },
      },
    ],
  },
  // Readable stack traces in bug reports; the file is loaded once per run, size does not matter.
  optimization: { minimize: false },
  devtool: false,
  performance: { hints: false },
  stats: "errors-warnings",
});
