// The pane's side of the analysis worker. The sheet is posted in slices with a pause between
// them, so copying a large sheet into the worker never blocks the pane for long; analyses come
// back in the order asked. Where no Worker exists (jest), the same protocol runs in-thread.
import type { Day } from "../core/days";
import type { Policy } from "../core/policy";
import type { SheetValues } from "../app/analysis";
import { createAnalysisState, type AnalysisReply, type AnalysisRequest, type SelectionReply } from "./analysisProtocol";
import type { AnalysisHeader, PaneAnalysis } from "./paneAnalysis";

/** Rows per slice: about 10 ms of copying for 8 columns. */
export const SLICE_ROWS = 5_000;

export interface AnalysisClient {
  /** Hands a newly read sheet to the worker; `onProgress(rowsSent, total)` after each slice. */
  load(sheet: SheetValues, onProgress?: (done: number, total: number) => void): Promise<void>;
  analyze(header: AnalysisHeader, policy: Policy, asOf: Day): Promise<PaneAnalysis>;
  /** The invoices on the selected rows (indexes in the values loaded), read as `analyze` reads them. */
  invoices(header: AnalysisHeader, policy: Policy, asOf: Day, rows: readonly number[]): Promise<SelectionReply>;
}

/**
 * An analysis client over a Web Worker, or in-thread when there is none. The bootstrap passes
 * the worker's constructor (it needs webpack's `new URL(…, import.meta.url)`, which only the
 * browser bundle understands).
 *
 * @example
 * const client = createAnalysisClient(() => new Worker(new URL("./analysisWorker.ts", import.meta.url)));
 * await client.load({ values, numberFormats });
 * await client.analyze({ row: 0, mapping }, defaultPolicy, 20484) //=> { ok: true, summary: {…}, … }
 */
export function createAnalysisClient(startWorker: (() => Worker) | null): AnalysisClient {
  const pending = new Map<number, (reply: AnalysisReply | { readonly failed: string }) => void>();
  const receive = (reply: AnalysisReply) => {
    pending.get(reply.id)?.(reply);
    pending.delete(reply.id);
  };
  // A worker that fails (a bug, or a host that refuses workers) answers every pending analysis
  // with the reason, so the pane says what happened instead of waiting forever.
  const fail = (message: string) => {
    for (const resolve of pending.values()) resolve({ failed: message });
    pending.clear();
  };
  const send = channel(startWorker, receive, fail);
  let nextId = 1;
  return {
    async load(sheet, onProgress) {
      send({ kind: "start" });
      const total = sheet.values.length;
      for (let from = 0; from < total; from += SLICE_ROWS) {
        const to = Math.min(total, from + SLICE_ROWS);
        send({ kind: "rows", values: sheet.values.slice(from, to), numberFormats: (sheet.numberFormats ?? []).slice(from, to) });
        onProgress?.(to, total);
        await new Promise((resolve) => setTimeout(resolve, 0)); // let the pane paint and take clicks
      }
    },
    analyze(header, policy, asOf) {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, (reply) => {
          if ("failed" in reply) resolve({ ok: false, message: `The figures could not be computed: ${reply.failed}` });
          else if ("analysis" in reply) resolve(reply.analysis);
        });
        send({ kind: "analyze", id, header, policy, asOf });
      });
    },
    invoices(header, policy, asOf, rows) {
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, (reply) => {
          if ("failed" in reply) resolve({ ok: false, message: `The selected rows could not be read: ${reply.failed}` });
          else if ("selection" in reply) resolve(reply.selection);
        });
        send({ kind: "invoices", id, header, policy, asOf, rows });
      });
    },
  };
}

/** Where requests go: the worker, or the in-thread state (its replies delivered asynchronously, like a worker's). */
function channel(
  startWorker: (() => Worker) | null,
  receive: (reply: AnalysisReply) => void,
  fail: (message: string) => void,
): (request: AnalysisRequest) => void {
  if (startWorker) {
    const worker = startWorker();
    worker.onmessage = (event: MessageEvent<AnalysisReply>) => receive(event.data);
    worker.onerror = (event) => fail(event.message || "the analysis worker stopped");
    return (request) => worker.postMessage(request);
  }
  const state = createAnalysisState();
  return (request) => {
    const reply = state.handle(request);
    if (reply) queueMicrotask(() => receive(reply));
  };
}
