// Saving a file from the pane, where the host allows it (hostAbilities.download): Excel on the
// web and plain browsers. The data never leaves the machine: a blob URL, revoked after use.

/**
 * Offers bytes or text as a download named `name`.
 *
 * @example
 * downloadFile("reminders-2026-02-15.zip", zipBytes, "application/zip")
 */
export function downloadFile(name: string, data: Uint8Array | string, type: string): void {
  const part: BlobPart = typeof data === "string" ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000); // the download must have started by then
}
