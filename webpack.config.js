// Build for the shared-runtime add-in, modelled on Microsoft's "Excel Custom Functions using a
// Shared Runtime" template: one taskpane.html hosts the task pane and the custom functions, and
// functions.json is generated from the JSDoc in src/functions/functions.ts.
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { devCertificates } = require("./scripts/devCertificates.cjs");
const { corsHeaders } = require("./scripts/devServerOrigins.cjs");
// webpack's own minimizer (its dependency, not ours): resolved from webpack's folder.
const MinimizerPlugin = require(require.resolve("minimizer-webpack-plugin", { paths: [path.dirname(require.resolve("webpack/package.json"))] }));

const port = Number(process.env.npm_package_config_dev_server_port ?? 3000);

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  return {
    devtool: "source-map",
    // functions first, so CustomFunctions.associate runs before the pane's code.
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js", // fixed names: the manifest points at functions.js
      chunkFilename: "[name].js", // the lazy chunks by name too: browser-mode.js, xlsx.js, exceljs.js
      clean: true,
    },
    optimization: {
      // Browser mode loads the .xlsx adapter lazily; exceljs gets a chunk of its own so the
      // minimizer can skip it: its browser build is minified already, and minifying it again
      // costs ~15 s on 2 cores.
      splitChunks: {
        cacheGroups: {
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", enforce: true },
        },
      },
      minimizer: [
        new MinimizerPlugin({
          test: /\.[cm]?js(\?.*)?$/i,
          exclude: /^exceljs\.js$/,
          minify: MinimizerPlugin.terserMinify,
          minimizerOptions: { compress: { passes: 2 } }, // webpack's default for JS
        }),
      ],
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: "ts-loader",
          options: {
            // `npm run typecheck` checks everything; the build checks only what it bundles, and
            // without jest/node types so a stray `process` in browser code fails here.
            onlyCompileBundledFiles: true,
            transpileOnly: dev, // the dev server rebuilds fast; production builds type-check
            compilerOptions: { types: ["office-js", "custom-functions-runtime"] },
          },
        },
      ],
    },
    plugins: [
      // Also appends the CustomFunctions.associate(...) calls to functions.ts while bundling.
      new CustomFunctionsMetadataPlugin({ input: "./src/functions/functions.ts", output: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"], // shared runtime: one page runs both
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets", to: "assets" }, // icons (and help pages) served as-is
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          // By name, not "manifest*.xml": a glob at the project root makes webpack watch the
          // whole root and rebuild endlessly in the dev server.
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    performance: { hints: dev ? false : "warning" },
    devServer: env.WEBPACK_SERVE ? await devServer() : undefined,
  };
};

async function devServer() {
  const https = await httpsOptions();
  return {
    port,
    // Only the origins Office needs (scripts/devServerOrigins.cjs), never "*".
    headers: (request) => corsHeaders(request, port),
    server: https ? { type: "https", options: https } : { type: "http" },
    static: false, // everything is served from the build; no public/ folder
    client: { overlay: { warnings: false } },
  };
}

/**
 * Office only loads add-ins over https. Use the office-addin-dev-certs certificates; a missing
 * one is generated without deleting anything (scripts/devCertificates.cjs; no sudo: trusting
 * the CA is a separate, one-time `npx office-addin-dev-certs install`). If that fails too,
 * serve http rather than crash.
 */
async function httpsOptions() {
  try {
    const { https, notes } = await devCertificates();
    for (const note of notes) console.warn(`[dev-server] ${note}`);
    return https;
  } catch (error) {
    console.warn(`[dev-server] No usable https certificate (${error.message}); serving http instead.`);
    console.warn("[dev-server] Office requires https: run \"npx office-addin-dev-certs install\" and restart.");
    return undefined;
  }
}
