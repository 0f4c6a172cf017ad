// Which origins the dev server answers cross-origin requests from: itself and the hosts of
// Office on the web (the pages that load the add-in and fetch functions.json), never "*" — a
// page on any other site must not read what the dev server serves.

/** Office on the web and its Microsoft 365 hosts, https only. */
const officeOrigins = [
  /^https:\/\/([a-z0-9-]+\.)*officeapps\.live\.com$/,
  /^https:\/\/([a-z0-9-]+\.)*office\.com$/,
  /^https:\/\/([a-z0-9-]+\.)*office365\.com$/,
  /^https:\/\/([a-z0-9-]+\.)*microsoft365\.com$/,
  /^https:\/\/([a-z0-9-]+\.)*sharepoint\.com$/,
];

/**
 * Whether a request's Origin may read the dev server's answers.
 *
 * @example
 * allowedOrigin("https://excel.officeapps.live.com", 3000) //=> true
 * allowedOrigin("https://evil.example", 3000)            //=> false
 */
function allowedOrigin(origin, port) {
  if (typeof origin !== "string") return false;
  if (origin === `https://localhost:${port}` || origin === `http://localhost:${port}`) return true;
  return officeOrigins.some((pattern) => pattern.test(origin));
}

/**
 * The CORS headers for one request (webpack-dev-server's `headers` may be this function): the
 * request's own origin echoed when it is allowed, nothing otherwise; `Vary: Origin` always, so
 * a cache never hands one origin's answer to another.
 *
 * @example
 * corsHeaders({ headers: { origin: "https://excel.officeapps.live.com" } }, 3000)
 * //=> { Vary: "Origin", "Access-Control-Allow-Origin": "https://excel.officeapps.live.com" }
 */
function corsHeaders(request, port) {
  const origin = request?.headers?.origin;
  return allowedOrigin(origin, port) ? { Vary: "Origin", "Access-Control-Allow-Origin": origin } : { Vary: "Origin" };
}

module.exports = { allowedOrigin, corsHeaders, officeOrigins };
