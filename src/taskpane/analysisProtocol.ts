// The messages between the pane and its analysis worker, and the worker's side of them, as a
// pure state machine (tested in jest; the worker file only wires it to `self`). The sheet
// arrives in slices once; every analysis after that sends only the mapping and the policy.
import type { Day } from "../core/days";
import type { Policy } from "../core/policy";
import { paneAnalysis, type AnalysisHeader, type PaneAnalysis } from "./paneAnalysis";

export type AnalysisRequest =
  | { readonly kind: "start" }
  | { readonly kind: "rows"; readonly values: readonly (readonly unknown[])[]; readonly numberFormats: readonly (readonly unknown[])[] }
  | { readonly kind: "analyze"; readonly id: number; readonly header: AnalysisHeader; readonly policy: Policy; readonly asOf: Day };

export interface AnalysisReply {
  readonly id: number;
  readonly analysis: PaneAnalysis;
}

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
  return {
    handle(request) {
      switch (request.kind) {
        case "start":
          values = [];
          numberFormats = [];
          return null;
        case "rows":
          values.push(...request.values);
          numberFormats.push(...request.numberFormats);
          return null;
        case "analyze":
          return { id: request.id, analysis: paneAnalysis({ values, numberFormats }, request.header, request.policy, request.asOf) };
      }
    },
  };
}
