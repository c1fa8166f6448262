import { describe, expect, it } from "vitest";
import type { Judge, JudgeVerdict } from "../judges/judge";
import type { LabelledTranscript } from "../schema";
import { alignSplit, formatAlignReport } from "./align";
import { humanPasses } from "./labelled-set";
import { readLabelledSet } from "./read-labelled-set";

const items = readLabelledSet();

/** A judge for bad_data answering with `decide` (no model). */
function judge(id: string, decide: (t: LabelledTranscript) => "pass" | "fail"): Judge {
  return {
    id,
    mode: "bad_data",
    provider: "test",
    model: "m",
    promptHash: "h",
    version: "test-v1",
    judge: async (t): Promise<JudgeVerdict> => ({
      verdict: decide(t as LabelledTranscript),
      critique: "",
      turn: null,
      cached: false,
      promptHash: "h",
      traceHash: t.id,
    }),
  };
}

describe("alignSplit: judge strength", () => {
  it("says which judges are too weak (TPR + TNR − 1 < 0.2) to correct a rate", async () => {
    const report = await alignSplit(items, {
      split: "dev",
      seed: 1,
      testUses: null,
      judges: [
        judge("judge-oracle", (t) => (humanPasses(t, "bad_data") ? "pass" : "fail")),
        judge("judge-always-fail", () => "fail"),
      ],
    });
    expect(report.judgeStrength).toEqual({
      "judge-oracle": { youden: 1, canCorrect: true },
      "judge-always-fail": { youden: 0, canCorrect: false },
    });
    const text = formatAlignReport(report);
    expect(text).toMatch(/judge-always-fail: TPR \+ TNR − 1 = 0\.000 < 0\.2: too weak a judge/);
    expect(text).toMatch(/judge-oracle: TPR \+ TNR − 1 = 1\.000, usable/);
  });
});
