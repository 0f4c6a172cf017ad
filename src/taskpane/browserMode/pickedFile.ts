// A workbook file the user handed to the page (picker, drop or the sample): its name and bytes.

/** A file to open: its name (for notices and the saved copy's name) and its bytes. */
export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * Reads a File from the picker or a drop.
 *
 * @example
 * await pickedFile(input.files[0]) //=> { name: "aging.xlsx", bytes: Uint8Array(48213) }
 */
export async function pickedFile(file: File): Promise<PickedFile> {
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

/**
 * Fetches the sample workbook shipped with the page (same origin: assets/sample-aging.xlsx).
 *
 * @example
 * await sampleFile() //=> { name: "sample-aging.xlsx", bytes: Uint8Array(…) }
 */
export async function sampleFile(): Promise<PickedFile> {
  const response = await fetch("assets/sample-aging.xlsx");
  if (!response.ok) throw new Error(`the sample workbook could not be loaded (HTTP ${response.status})`);
  return { name: "sample-aging.xlsx", bytes: new Uint8Array(await response.arrayBuffer()) };
}
