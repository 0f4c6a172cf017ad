/**
 * How a long operation tells the pane how far it got, and learns that the user cancelled.
 * `report(done, total)` is called after every chunk; `cancelled` is read before the next one.
 */
export interface Progress {
  report(done: number, total: number): void;
  readonly cancelled: boolean;
}

/**
 * The progress of an operation nobody watches.
 *
 * @example
 * await readAgingData("auto", silentProgress)
 */
export const silentProgress: Progress = { report: () => undefined, cancelled: false };
