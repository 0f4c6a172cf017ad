// The dev server's https certificates (~/.office-addin-dev-certs, as office-addin-dev-certs
// keeps them). Never deletes anything: a missing certificate is generated with
// office-addin-dev-certs into a folder of its own and moved in; files it replaces are kept
// beside them, renamed, and nothing else in the folder is touched.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { X509Certificate } = require("node:crypto");

const names = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };

/**
 * The https options for the dev server: the certificate and key (and the CA when it is there),
 * generating a fresh set when the certificate or the key is missing. Returns what happened in
 * `notes` (for the console), the options, and the files kept aside.
 *
 * @param {{ home?: string, generate?: (ca: string, cert: string, key: string) => Promise<void>, now?: number }} [options]
 * @example
 * await devCertificates({ home: "/home/me" })
 * //=> { https: { ca, cert, key }, generated: false, keptAside: [], notes: [] }
 */
async function devCertificates(options = {}) {
  // HOME first, as os.homedir() reads it on POSIX (and so a test or a sandbox can point it elsewhere).
  const home = options.home ?? process.env.HOME ?? os.homedir();
  const generate = options.generate ?? require("office-addin-dev-certs").generateCertificates;
  const now = options.now ?? Date.now();
  const folder = path.join(home, ".office-addin-dev-certs");
  const at = (name) => path.join(folder, name);
  const notes = [];
  const keptAside = [];
  let generated = false;
  if (!fs.existsSync(at(names.cert)) || !fs.existsSync(at(names.key))) {
    // generateCertificates writes nothing when ca.crt exists, and a localhost certificate must
    // come with the CA that signed it (whose key it does not keep): a whole new set, made apart.
    fs.mkdirSync(folder, { recursive: true });
    const fresh = fs.mkdtempSync(path.join(folder, ".new-"));
    try {
      await generate(path.join(fresh, names.ca), path.join(fresh, names.cert), path.join(fresh, names.key));
      const stamp = new Date(now).toISOString().replace(/[:.]/g, "-");
      for (const name of Object.values(names)) {
        if (fs.existsSync(at(name))) {
          const aside = at(`${name}.replaced-${stamp}`);
          fs.renameSync(at(name), aside);
          keptAside.push(aside);
        }
        fs.renameSync(path.join(fresh, name), at(name));
      }
    } finally {
      // Only what we made: our three files if they did not move (a failed generation), then our folder.
      for (const name of Object.values(names)) fs.rmSync(path.join(fresh, name), { force: true });
      fs.rmdirSync(fresh);
    }
    generated = true;
    notes.push(`generated new development certificates in ${folder}${keptAside.length > 0 ? ` (kept the old ones as ${keptAside.map((file) => path.basename(file)).join(", ")})` : ""}; trust the new CA once with "npx office-addin-dev-certs install".`);
  }
  const https = { cert: fs.readFileSync(at(names.cert)), key: fs.readFileSync(at(names.key)) };
  if (fs.existsSync(at(names.ca))) https.ca = fs.readFileSync(at(names.ca));
  if (Date.parse(new X509Certificate(https.cert).validTo) < now) notes.push(`${at(names.cert)} has expired: run "npx office-addin-dev-certs install".`);
  return { https, generated, keptAside, notes };
}

module.exports = { devCertificates, certificateNames: names };
