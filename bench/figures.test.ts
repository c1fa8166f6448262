import { describe, expect, it } from "vitest";
import { figures } from "./figures";

const settings = { turns: 1000, rounds: 1, evalRuns: 1, promptfooRounds: 1, latencyS: 0.2, concurrency: 8 };

describe("figures", () => {
  it("lists only the figures of the sections that ran, with their targets", () => {
    const out = figures({ firstTokenP50Ms: 1.2, firstTokenP90Ms: 9, streamSpreadMs: 600 }, settings);
    expect(out.map((f) => [f.label, f.value, f.target])).toEqual([
      ["first token after the message: p50", 1.2, { max: 50 }],
      ["first token after the message: p90", 9, undefined],
      ["slow model: first to last token (540 ms unbuffered)", 600, { min: 270 }],
    ]);
  });

  it("gives each per-query store figure the list target", () => {
    const out = figures({ storeListP95ByQueryMs: { "by state": 12 } }, settings);
    expect(out).toEqual([expect.objectContaining({ label: "  p95 by state", value: 12, target: { max: 50 } })]);
  });

  it("holds the issue's turn targets", () => {
    const out = figures({ turnMedianMs: 1, turnP99Ms: 5, tracingOverhead: 0.1 }, settings);
    expect(out.map((f) => f.target)).toEqual([{ max: 2.5 }, { max: 10 }, { max: 0.2 }]);
  });
});
