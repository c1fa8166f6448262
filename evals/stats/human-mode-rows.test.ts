import { describe, expect, it } from "vitest";
import type { CurrentLabel } from "../annotation/index";
import { humanLabels, SEED_TAXONOMY } from "../annotation/index";
import type { JudgeDefinition } from "../judges/judge-definition";
import { codeAlignment } from "./alignment";
import { codeModeEvaluators, humanModeRows, withJudgeEvaluators } from "./human-mode-rows";
import { readLabelledSet } from "./read-labelled-set";

const label = (traceId: string, verdict: "pass" | "fail" | "defer"): CurrentLabel => ({
  traceId,
  verdict,
  note: "",
  firstFailTurn: verdict === "fail" ? 1 : null,
  factIds: [],
  annotator: "ann",
  at: "2026-06-03T10:00:00.000Z",
  seq: 1,
});

const taxonomy = {
  modes: [
    ...SEED_TAXONOMY.modes,
    { id: "ignores_size", name: "Ignores size", definition: "No height asked.", factIds: [] },
  ],
  assignments: { t1: ["ignores_size"], t2: ["ignores_size", "bad_data"], t3: ["over_eager"] },
};
// 10 labelled (5 fail), 1 deferred (not ground truth).
const labels = humanLabels(
  [
    ...["t1", "t2", "t3", "t4", "t5"].map((id) => label(id, "fail")),
    ...["p1", "p2", "p3", "p4", "p5"].map((id) => label(id, "pass")),
    label("d1", "defer"),
  ],
  taxonomy,
  4,
);

const judgeDef = (tpr: number, tnr: number): JudgeDefinition => ({
  id: "judge-ignores_size-0123abcd",
  modeId: "ignores_size",
  modeName: "Ignores size",
  definition: "d",
  factIds: [],
  shotIds: [],
  system: "s",
  promptHash: "h",
  provider: "openai",
  model: "judge-test",
  createdAt: "2026-06-03T10:00:00.000Z",
  createdBy: "ann",
  measurement: { split: "dev", seed: 1, n: 8, tp: 6, fn: 0, tn: 2, fp: 0, tpr, tnr, errors: 0, disagreements: [] },
});

describe("humanModeRows", () => {
  it("gives every taxonomy mode its human rate with a Wilson interval; axial modes without a judge have no evaluator", () => {
    const r = humanModeRows(labels, codeModeEvaluators(codeAlignment(readLabelledSet())));
    expect(r.overall).toMatchObject({ labelled: 10, failures: 5, rate: 0.5 });
    expect(r.overall.ci!.lo).toBeCloseTo(0.2366, 4);
    const byId = Object.fromEntries(r.modes.map((m) => [m.id, m]));
    expect(Object.keys(byId)).toEqual(["bad_data", "policy_confusion", "over_eager", "ignores_size"]);
    expect(byId.ignores_size).toMatchObject({ seed: false, failures: 2, labelled: 10, rate: 0.2, evaluators: [] });
    expect(byId.ignores_size!.validated).toBe(false);
    expect(byId.bad_data).toMatchObject({ seed: true, failures: 1 });
    expect(byId.policy_confusion).toMatchObject({ failures: 0, rate: 0 });
    expect(byId.policy_confusion!.ci!.hi).toBeCloseTo(0.2775, 4);
    expect(byId.bad_data!.evaluators.map((e) => e.id)).toEqual(["code:bad_data"]);
    expect(byId.bad_data!.evaluators[0]!.label).toMatch(/^\d+ code checks$/);
  });

  it("a stored judge covers its mode; it validates only when TPR and TNR both clear the bar", () => {
    const code = codeModeEvaluators(codeAlignment(readLabelledSet()));
    const good = humanModeRows(labels, withJudgeEvaluators(code, [judgeDef(1, 1)]));
    const mode = good.modes.find((m) => m.id === "ignores_size")!;
    expect(mode.evaluators).toMatchObject([{ kind: "llm", label: "LLM judge (judge-test)", humanFailures: 2 }]);
    expect(mode.validated).toBe(true);
    const weak = humanModeRows(labels, withJudgeEvaluators(code, [judgeDef(1, 0.5)]));
    expect(weak.modes.find((m) => m.id === "ignores_size")!.validated).toBe(false);
  });

  it("with no labels the rates are unknown, not zero", () => {
    const r = humanModeRows(humanLabels([], taxonomy, 0), new Map());
    expect(r.overall).toEqual({ labelled: 0, failures: 0, rate: null, ci: null });
    expect(r.modes.every((m) => m.rate === null)).toBe(true);
  });
});
