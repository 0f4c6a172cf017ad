import { defaultPolicy } from "../../src/core/policy";
import { analyzeSheet } from "../../src/app/analysis";
import { createAnalysisClient, SLICE_ROWS } from "../../src/taskpane/analysisClient";
import { createAnalysisState, type AnalysisReply } from "../../src/taskpane/analysisProtocol";

const AS_OF = Date.UTC(2026, 1, 15) / 86_400_000;

/** The analysis of a reply, or null when it is not one. */
function analysisOf(reply: AnalysisReply | null) {
  return reply && "analysis" in reply ? reply.analysis : null;
}
const header = { row: 0, mapping: { customer: { column: 0 }, dueDate: { column: 1 }, balance: { column: 2 } } };

function sheet(rows: number) {
  const values: unknown[][] = [["Customer", "Due date", "Balance"]];
  for (let i = 1; i <= rows; i += 1) values.push([`C${i % 7}`, 46000 + (i % 90), 10 + (i % 13)]);
  return { values, numberFormats: values.map((row) => row.map(() => "General")) };
}

describe("the analysis worker's protocol", () => {
  it("answers from the rows received, in slices, as analyzeSheet would", () => {
    const state = createAnalysisState();
    const { values, numberFormats } = sheet(12);
    expect(state.handle({ kind: "start" })).toBeNull();
    expect(state.handle({ kind: "rows", values: values.slice(0, 5), numberFormats: numberFormats.slice(0, 5) })).toBeNull();
    state.handle({ kind: "rows", values: values.slice(5), numberFormats: numberFormats.slice(5) });
    const reply = state.handle({ kind: "analyze", id: 7, header, policy: defaultPolicy, asOf: AS_OF });
    const analysis = analysisOf(reply);
    const direct = analyzeSheet({ values, numberFormats }, header, defaultPolicy, AS_OF);
    if (!direct.ok || !analysis?.ok) throw new Error("not analysed");
    expect(reply?.id).toBe(7);
    expect(analysis.summary).toEqual(direct.summary);
    expect(analysis.invoiceRows).toEqual(direct.ledger.invoices.map((invoice) => invoice.row));
    expect(analysis.dateOrder).toEqual(direct.ledger.dateOrder);
  });

  it("forgets the previous sheet on start", () => {
    const state = createAnalysisState();
    const { values, numberFormats } = sheet(3);
    state.handle({ kind: "rows", values, numberFormats });
    state.handle({ kind: "start" });
    state.handle({ kind: "rows", values: values.slice(0, 2), numberFormats: numberFormats.slice(0, 2) });
    const analysis = analysisOf(state.handle({ kind: "analyze", id: 1, header, policy: defaultPolicy, asOf: AS_OF }));
    expect(analysis?.ok && analysis.invoiceRows).toEqual([1]);
  });

  it("gives the invoices of the selected rows, and why the other selected rows hold none", () => {
    const state = createAnalysisState();
    const values = [["Customer", "Due date", "Balance"], ["Acme", 46000, 100], ["Beta", "soon", 50], ["", "", ""], ["Total", "", 150], ["Gamma", 46010, 70]];
    state.handle({ kind: "rows", values, numberFormats: values.map((row) => row.map(() => "General")) });
    const reply = state.handle({ kind: "invoices", id: 2, header, policy: defaultPolicy, asOf: AS_OF, rows: [1, 2, 3, 4, 5] });
    const selection = reply && "selection" in reply ? reply.selection : null;
    if (!selection?.ok) throw new Error("no selection");
    expect(selection.invoices.map((invoice) => invoice.customer)).toEqual(["Acme", "Gamma"]);
    expect(selection.leftOut).toEqual([{ row: 2, customer: "Beta", column: 1, reason: "Due date must be a date, not \"soon\"" }, { row: 4, customer: null, column: null, reason: "a total row" }]);
  });
});

describe("the analysis client (in-thread where there is no Worker, as in Node)", () => {
  it("loads a sheet in slices with progress, then answers each analysis in order", async () => {
    const client = createAnalysisClient(null);
    const data = sheet(SLICE_ROWS * 2 + 10);
    const progress: number[] = [];
    await client.load(data, (done) => progress.push(done));
    expect(progress).toEqual([SLICE_ROWS, SLICE_ROWS * 2, SLICE_ROWS * 2 + 11]);
    const [first, second] = await Promise.all([
      client.analyze(header, defaultPolicy, AS_OF),
      client.analyze(header, { ...defaultPolicy, graceDays: 0, settlementDays: 0 }, AS_OF),
    ]);
    expect(first?.ok && first.summary.invoices).toBe(SLICE_ROWS * 2 + 10);
    expect(second?.ok && second.invoiceRows.length).toBe(SLICE_ROWS * 2 + 10);
    const selection = await client.invoices(header, defaultPolicy, AS_OF, [1, 2, SLICE_ROWS * 2 + 10]);
    expect(selection.ok && selection.invoices.map((invoice) => invoice.row)).toEqual([1, 2, SLICE_ROWS * 2 + 10]);
  });
});
