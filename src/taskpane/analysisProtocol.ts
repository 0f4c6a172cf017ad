// The messages between the pane and its analysis worker, and the worker's side of them, as a
// pure state machine (tested in jest; the worker file only wires it to `self`). The sheet
// arrives in slices once; every analysis after that sends only the mapping and the policy.
import type { Day } from "../core/days";
import type { Policy } from "../core/policy";
import { analyzeSheet, type Analysis } from "../app/analysis";
import { paneOf, type AnalysisHeader, type PaneAnalysis } from "./paneAnalysis";
import { selectedInvoices, type SelectedInvoices } from "../app/selectedInvoices";

export type AnalysisRequest =
  | { readonly kind: "start" }
  | { readonly kind: "rows"; readonly values: readonly (readonly unknown[])[]; readonly numberFormats: readonly (readonly unknown[])[] }
  | { readonly kind: "analyze"; readonly id: number; readonly header: AnalysisHeader; readonly policy: Policy; readonly asOf: Day }
  | { readonly kind: "invoices"; readonly id: number; readonly header: AnalysisHeader; readonly policy: Policy; readonly asOf: Day; readonly rows: readonly number[] };

/** The invoices of a selection, or why there are none. */
export type SelectionReply = ({ readonly ok: true } & SelectedInvoices) | { readonly ok: false; readonly message: string };

export type AnalysisReply = { readonly id: number; readonly analysis: PaneAnalysis } | { readonly id: number; readonly selection: SelectionReply };

/**
 * The worker's state: the sheet received so far. `handle` answers an "analyze" request and
 * returns null for the others.
 *
 * @example
 * const state = createAnalysisState();
 * state.handle({ kind: "start" });
 * state.handle({ kind: "rows", values, numberFormats });
 * state.handle({ kind: "analyze", id: 1, header, policy: defaultPolicy, asOf: 20484 }) //=> { id: 1, analysis: { ok: true, … } }
 */
export function createAnalysisState(): { handle(request: AnalysisRequest): AnalysisReply | null } {
  let values: (readonly unknown[])[] = [];
  let numberFormats: (readonly unknown[])[] = [];
  // The last analysis: drafting from a selection right after Analyze need not read the ledger again.
  let last: { key: string; analysis: Analysis } | null = null;
  const analysisFor = (header: AnalysisHeader, policy: Policy, asOf: Day): Analysis => {
    const key = JSON.stringify([header, policy, asOf]);
    if (last?.key !== key) last = { key, analysis: analyzeSheet({ values, numberFormats }, header, policy, asOf) };
    return last.analysis;
  };
  return {
    handle(request) {
      switch (request.kind) {
        case "start":
          values = [];
          numberFormats = [];
          last = null;
          return null;
        case "rows":
          values.push(...request.values);
          numberFormats.push(...request.numberFormats);
          last = null;
          return null;
        case "analyze":
          return { id: request.id, analysis: paneOf(analysisFor(request.header, request.policy, request.asOf), request.header.mapping) };
        case "invoices": {
          const analysis = analysisFor(request.header, request.policy, request.asOf);
          return { id: request.id, selection: analysis.ok ? { ok: true, ...selectedInvoices(analysis.ledger, request.rows) } : analysis };
        }
      }
    },
  };
}
