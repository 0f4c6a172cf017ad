// Drag and drop of a workbook onto the page: the target shows it accepts the drop while a file
// is dragged over it, and hands the first file dropped to `onFile`.

/**
 * Makes `target` accept dropped files.
 *
 * @example
 * acceptFileDrops(workbookView, (file) => void openFile(file))
 */
export function acceptFileDrops(target: HTMLElement, onFile: (file: File) => void): void {
  let depth = 0; // dragenter/dragleave fire for every child crossed
  const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes("Files") ?? false;
  target.addEventListener("dragenter", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    depth += 1;
    target.classList.add("dragging");
  });
  target.addEventListener("dragover", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault(); // without it the browser opens the file itself
    if (event.dataTransfer) event.dataTransfer.dropEffect = "copy";
  });
  target.addEventListener("dragleave", () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) target.classList.remove("dragging");
  });
  target.addEventListener("drop", (event) => {
    event.preventDefault();
    depth = 0;
    target.classList.remove("dragging");
    const file = event.dataTransfer?.files[0];
    if (file) onFile(file);
  });
}
