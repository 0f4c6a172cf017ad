// Task pane bootstrap. For now it only confirms that the shared runtime loaded; the real pane
// (src/excel/ adapter + panels) comes later. It must not throw outside Office (plain browser,
// tests), where office.js may be missing or Office.onReady may never settle.

const statusLine = document.getElementById("status");

/** Shows where the pane runs: "Excel (PC)" inside Office, a hint in a plain browser. */
function showHost(info: { host: Office.HostType | null; platform: Office.PlatformType | null }): void {
  if (!statusLine) return;
  statusLine.textContent = info.host
    ? `Running in ${String(info.host)} (${String(info.platform)}).`
    : "Open this page from Excel (Home > Dunning Desk) to use it with a workbook.";
}

// `typeof` guard: office.js comes from a CDN and may be blocked or offline.
if (typeof Office !== "undefined" && typeof Office.onReady === "function") {
  Office.onReady()
    .then(showHost)
    .catch(() => showHost({ host: null, platform: null }));
} else {
  showHost({ host: null, platform: null });
}
