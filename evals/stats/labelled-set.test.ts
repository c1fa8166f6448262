import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CODE_EVALUATORS, scoreTranscript } from "../checks/index";
import { fired } from "../checks/test-support";
import { confusion } from "./confusion";
import { HANDWRITTEN_PATH, parseLabelledSet } from "./labelled-set";

const text = readFileSync(HANDWRITTEN_PATH, "utf8");
const items = parseLabelledSet(text);
/** What each failing item expects to fire ("mode:evaluator@turn"), kept on the line beside the human label. */
const fires = new Map(
  text
    .split("\n")
    .filter(Boolean)
    .map((l) => z.object({ id: z.string(), fires: z.array(z.string()).optional() }).parse(JSON.parse(l)))
    .map((r) => [r.id, r.fires] as const),
);

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

  it.each(items.map((i) => [i.id, i] as const))(
    "%s: the expected evaluators fire, first at the human's turn and mode",
    (_, i) => {
      const r = scoreTranscript(i);
      expect(fired(r.failures)).toEqual(i.label.pass ? [] : fires.get(i.id));
      if (i.label.pass) return;
      const first = r.failures[0]!;
      if (i.label.firstFailTurn) expect(first.turn).toBe(i.label.firstFailTurn);
      expect(r.failures.filter((f) => f.turn === first.turn).some((f) => i.label.modes.includes(f.mode))).toBe(true);
    },
  );

  it("every mode is exercised by some failing item", () => {
    const modes = new Set(items.flatMap((i) => (fires.get(i.id) ?? []).map((k) => k.split(":")[0])));
    expect([...new Set(CODE_EVALUATORS.map((e) => e.mode))].filter((m) => !modes.has(m))).toEqual([]);
  });
});
