// A workbook file the user handed to the page (picker, drop or the sample): its name and bytes.
import { dayFromIsoText, type Day } from "../../core/days";

/** A file to open: its name (for notices and the saved copy's name) and its bytes. */
export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** Whole days to move its dates by when it is opened (the sample, moved to today). */
  readonly shiftDates?: number;
}

/** The day the sample workbook is dated as of (scripts/make-sample.mjs, AS_OF). */
const SAMPLE_AS_OF = dayFromIsoText("2026-02-15") as Day;

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
 * Fetches the sample workbook shipped with the page (same origin: assets/sample-aging.xlsx), to
 * be opened with its dates moved to `today`: a sample that aged with the calendar would show a
 * desk where everything is months overdue.
 *
 * @example
 * await sampleFile(20_780) //=> { name: "sample-aging.xlsx", bytes: Uint8Array(…), shiftDates: 281 } (2026-11-23)
 */
export async function sampleFile(today: Day): Promise<PickedFile> {
  const response = await fetch("assets/sample-aging.xlsx");
  if (!response.ok) throw new Error(`the sample workbook could not be loaded (HTTP ${response.status})`);
  return { name: "sample-aging.xlsx", bytes: new Uint8Array(await response.arrayBuffer()), shiftDates: sampleShift(today) };
}

/**
 * The days between the sample's own date and `today`.
 *
 * @example
 * sampleShift(dayFromIsoText("2026-02-25")) //=> 10
 */
export function sampleShift(today: Day): number {
  return today - SAMPLE_AS_OF;
}
