// The analysis worker: reading a ledger of 100,000 rows takes over a second, which must not
// freeze the pane. Only wiring here; the work is in analysisProtocol.ts.
import { createAnalysisState, type AnalysisReply, type AnalysisRequest } from "./analysisProtocol";

const state = createAnalysisState();
// A worker's global scope: typed here by hand, as the project's lib is the DOM's (Window).
const scope = self as unknown as { onmessage: ((event: MessageEvent<AnalysisRequest>) => void) | null; postMessage(reply: AnalysisReply): void };
scope.onmessage = (event) => {
  const reply = state.handle(event.data);
  if (reply) scope.postMessage(reply);
};
