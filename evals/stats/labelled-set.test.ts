import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { confusion } from "./confusion";
import { HANDWRITTEN_PATH, parseLabelledSet } from "./labelled-set";
import { scoreTranscript } from "../checks/index";

const items = parseLabelledSet(readFileSync(HANDWRITTEN_PATH, "utf8"));

describe("code checks against the hand-labelled set (pass = positive)", () => {
  it("has at least 40 labelled transcripts, passes and failures in every mode, single- and multi-turn", () => {
    expect(items.length).toBeGreaterThanOrEqual(40);
    for (const mode of ["bad_data", "policy_confusion", "over_eager"] as const)
      expect(items.some((i) => i.label.modes.includes(mode))).toBe(true);
    expect(items.some((i) => i.messages.length > 2 && !i.label.pass)).toBe(true);
    expect(items.some((i) => i.label.pass)).toBe(true);
  });

  for (const half of ["tune", "holdout"] as const) {
    it(`reaches TPR ≥ 0.95 and TNR ≥ 0.95 on the ${half} half`, () => {
      const subset = items.filter((i) => i.half === half);
      const c = confusion(subset.map((i) => ({ id: i.id, human: i.label.pass, predicted: scoreTranscript(i).pass })));
      console.log(
        `[labelled ${half}] n=${c.n} TP=${c.tp} FN=${c.fn} TN=${c.tn} FP=${c.fp} TPR=${c.tpr?.toFixed(3)} TNR=${c.tnr?.toFixed(3)} disagree=${c.disagreements.map((d) => d.id).join(",") || "none"}`,
      );
      expect(c.tpr).toBeGreaterThanOrEqual(0.95);
      expect(c.tnr).toBeGreaterThanOrEqual(0.95);
    });
  }

  it("reports the human's first failing turn on failures", () => {
    const failing = items.filter((i) => !i.label.pass && i.label.firstFailTurn);
    const sameTurn = failing.filter((i) => scoreTranscript(i).failures[0]?.turn === i.label.firstFailTurn);
    expect(sameTurn.length / failing.length).toBeGreaterThanOrEqual(0.95);
  });
});
