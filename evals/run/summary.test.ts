import { describe, expect, it } from "vitest";
import type { Pair } from "../stats/index";
import { type ConversationResult, type SummaryInput, summarize } from "./summary";
import { aResult } from "./summary-fixture";

const result = aResult;
const perfect: Pair[] = [
  { id: "p", human: true, predicted: true },
  { id: "f", human: false, predicted: false },
];
const base = (results: ConversationResult[], over: Partial<SummaryInput> = {}): SummaryInput => ({
  runId: "r",
  dataset: "default",
  startedAt: "2026-06-01T00:00:00Z",
  finishedAt: "2026-06-01T00:00:01Z",
  results,
  alignment: { bad_data: perfect },
  baseline: {
    dataset: "default",
    bot: "machine",
    runId: "b",
    conversations: 4,
    rates: { bad_data: 0, policy_confusion: 0, over_eager: 0, any: 0 },
  },
  thresholds: {
    maxRate: { bad_data: 0.3, policy_confusion: 0.1, over_eager: 0.5, any: 0.5 },
    regressionTolerance: 0.2,
  },
  evaluators: [],
  bot: { variant: "machine", provider: "offline", model: "offline-rules-v1" },
  judgesModel: null,
  seed: 1,
  draws: 200,
  ...over,
});

describe("summarize", () => {
  it("computes per-mode rates, corrected rates, deltas and the gate", () => {
    const s = summarize(
      base([result("a", ["bad_data"]), result("b", []), result("c", []), result("d", ["over_eager"])]),
    );
    const bad = s.modes.find((m) => m.mode === "bad_data")!;
    expect(bad).toMatchObject({
      failures: 1,
      n: 4,
      rate: 0.25,
      delta: 0.25,
      status: "regressed",
      corrected: { ok: true, rate: 0.25 },
    });
    expect(s.modes.find((m) => m.mode === "any")).toMatchObject({ failures: 2, rate: 0.5, status: "regressed" });
    expect(s.modes.find((m) => m.mode === "policy_confusion")).toMatchObject({
      rate: 0,
      status: "ok",
      corrected: null,
    });
    expect(s.exitCode).toBe(1);
    expect(s.reasons.join("\n")).toMatch(/bad_data: failure rate rose 25.0 points/);
    expect(s.worst.map((w) => w.conversationId)).toEqual(["a", "d"]);
  });

  it("passes the gate within threshold and tolerance, and flags a threshold breach", () => {
    const ok = summarize(base([result("a", []), result("b", [])]));
    expect(ok.exitCode).toBe(0);
    const over = summarize(base([result("a", ["bad_data"]), result("b", ["bad_data"])], { baseline: null }));
    expect(over.modes[0]).toMatchObject({ status: "over_threshold", delta: null });
  });

  it("builds the first-failure-state matrix from the turn states", () => {
    const s = summarize(base([result("a", ["bad_data"], ["booking.date"]), result("b", [], ["booking.date"])]));
    expect(s.matrix.counts["booking.date"]!.bad_data).toBe(1);
    expect(s.matrix.rates["booking.date"]!.bad_data).toBe(0.5);
  });
});
