import { FakeOfficeError } from "./fakeOfficeError";
import type { FakeBook } from "./fakeBook";

/** What the counting double measured: round trips, queued requests, cells moved, the largest batch. */
export interface FakeStats {
  syncs: number;
  requests: number;
  payloadCells: number;
  runs: number;
  /** The largest request or response of one sync, in estimated JSON bytes. */
  maxSyncBytes: number;
}

/** Runs at sync time; may return a commit that runs only if the whole batch succeeded. */
export type Operation = () => (() => void) | void;

/** Excel on the web's limit on one request and one response. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * The request context of one `Excel.run`: proxies queue operations here and `sync()` runs them
 * in order, counting round trips and payload, and failing like Excel when a batch is too large
 * or Excel is in cell-edit mode.
 */
export class FakeContext {
  private queue: Operation[] = [];
  private requestBytes = 0;
  private responseBytes = 0;

  constructor(
    readonly book: FakeBook,
    readonly stats: FakeStats,
    private readonly payloadLimit: number,
    private inCellEditMode: boolean,
  ) {}

  enqueue(operation: Operation, bytes = 0, cells = 0): void {
    this.queue.push(operation);
    this.stats.requests += 1;
    this.stats.payloadCells += cells;
    this.requestBytes += bytes;
  }

  /** Called by load operations as they read: the response grows. */
  respond(bytes: number, cells: number): void {
    this.responseBytes += bytes;
    this.stats.payloadCells += cells;
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    this.stats.syncs += 1;
    const operations = this.queue;
    const requestBytes = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    if (this.inCellEditMode) {
      this.inCellEditMode = false;
      throw new FakeOfficeError("InvalidOperationInCellEditMode", "The operation isn't available because Excel is in cell-editing mode.");
    }
    if (requestBytes > this.payloadLimit) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    const commits: (() => void)[] = [];
    for (const operation of operations) {
      const commit = operation();
      if (commit) commits.push(commit);
    }
    if (this.responseBytes > this.payloadLimit) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    this.stats.maxSyncBytes = Math.max(this.stats.maxSyncBytes, requestBytes, this.responseBytes);
    for (const commit of commits) commit();
  }
}
